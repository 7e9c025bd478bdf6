/* test_db_values.c: values the db layer encodes without a server. */
#include <stdlib.h>

#include "db/db.h"
#include "check.h"
#include "util/xalloc.h"

static void array_is(const char *const *items, int n, const char *want)
{
	char *got = db_text_array(items, n);

	CHECK_STR(got, want);
	free(got);
}

int main(void)
{
	const char *plain[] = { "Harbor House", "Northside" };
	const char *quotes[] = { "say \"hi\"", "back\\slash", "{braces},comma" };
	const char *utf8[] = { "José Núñez", "王秀英" };
	char *s;

	array_is(plain, 0, "{}");
	array_is(plain, 2, "{\"Harbor House\",\"Northside\"}");
	array_is(quotes, 3, "{\"say \\\"hi\\\"\",\"back\\\\slash\",\"{braces},comma\"}");
	array_is(utf8, 2, "{\"José Núñez\",\"王秀英\"}");
	s = xasprintf("%s-%d", "a", 7);
	CHECK_STR(s, "a-7");
	free(s);
	return check_done();
}
