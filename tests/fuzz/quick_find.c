/* quick_find.c: fuzz the quick search parser (src/quick_find.c): what a
 * person types into the quick search box. Either a search with something
 * to search for, or a sentence saying what is wrong. */
#include <string.h>

#include "fuzz.h"
#include "quick_find.h"

static bool terminated(const char *s, size_t size)
{
	return memchr(s, 0, size) != NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size);
	struct quick_find q;
	const char *problem = "unset";
	bool ok = quick_find_parse(s, &q, &problem);

	FUZZ_CHECK(ok == (problem == NULL));
	FUZZ_CHECK(terminated(q.first, sizeof q.first) && terminated(q.last, sizeof q.last)
	           && terminated(q.birth_date, sizeof q.birth_date)
	           && terminated(q.ssn, sizeof q.ssn) && terminated(q.id, sizeof q.id));
	if (ok)
		FUZZ_CHECK(q.first[0] || q.last[0] || q.birth_date[0] || q.ssn[0] || q.id[0]);
	free(s);
	return 0;
}
