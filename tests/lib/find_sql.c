/* tests/lib/find_sql.c: prints the statement client_find (src/client.c)
 * sends, sorted by last name: the one with names typed, or with "any" the
 * one without. The pgTAP suite and bench/run use the real query this way.
 * Build: cc -Isrc find_sql.c src/db/db.c src/util/xalloc.c -lpq */
#include <stdio.h>
#include <string.h>

#include "../../src/client.c"

int main(int argc, char **argv)
{
	bool any = argc > 1 && !strcmp(argv[1], "any");

	puts(find_sql[!any][CC_LAST][0]);
	return 0;
}
