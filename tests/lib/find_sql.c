/* tests/lib/find_sql.c: prints a statement client_find (src/client.c)
 * sends: find_sql [any] [SORT [desc]], SORT one of id, last (the default),
 * first, birth, ssn4, org; with "any" the one without names typed. The
 * pgTAP suite and bench/run use the real queries this way.
 * Build: cc -Isrc find_sql.c src/db/db.c src/db/db_records.c src/util/xalloc.c -lpq */
#include <stdio.h>
#include <string.h>

#include "../../src/client.c"

static const char *const sort_names[CC_COUNT] = {
	[CC_ID] = "id", [CC_LAST] = "last", [CC_FIRST] = "first",
	[CC_BIRTH] = "birth", [CC_SSN4] = "ssn4", [CC_ORG] = "org",
};

int main(int argc, char **argv)
{
	int i = 1, sort = CC_LAST;
	bool any = false, desc = false;

	if (i < argc && !strcmp(argv[i], "any"))
		any = true, i++;
	if (i < argc) {
		for (sort = 0; sort < CC_COUNT && strcmp(argv[i], sort_names[sort]); sort++)
			;
		if (sort == CC_COUNT) {
			fprintf(stderr, "find_sql: no sort %s\n", argv[i]);
			return 2;
		}
		i++;
	}
	if (i < argc)
		desc = !strcmp(argv[i++], "desc");
	puts(find_sql[!any][sort][desc]);
	return 0;
}
