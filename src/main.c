/* hearth: the terminal client. The screens arrive with the next issue; until
 * then this checks the connection and says how to reach the data. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/db.h"

#ifndef HEARTH_VERSION
#define HEARTH_VERSION "0.1"
#endif

int main(int argc, char **argv)
{
	struct db *db;
	char *err = NULL;

	if (argc > 1 && (!strcmp(argv[1], "--version"))) {
		printf("hearth %s\n", HEARTH_VERSION);
		return 0;
	}
	if (argc > 1 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
		printf("usage: hearth [-d CONNINFO]\n\n"
		       "The terminal screens are not built yet. Until then, connect with psql\n"
		       "as your own user and call hearth.set_active_org(ID); see hearth(1).\n");
		return 0;
	}
	db = db_connect(argc > 2 && !strcmp(argv[1], "-d") ? argv[2] : NULL, &err);
	if (!db) {
		fprintf(stderr, "hearth: %s\n", err);
		free(err);
		return 1;
	}
	db_close(db);
	printf("hearth: connected. The terminal screens are not built yet; use psql for now.\n");
	return 0;
}
