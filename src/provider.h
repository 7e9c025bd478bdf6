/* provider.h: a provider's dashboard: an organization's programs, grants,
 * the open enrollments in its programs that the caller may see, and its
 * staff. The directory is public; the enrollments are read through the
 * sharing rules like any list. No curses. */
#ifndef HEARTH_PROVIDER_H
#define HEARTH_PROVIDER_H

#include <stdbool.h>

struct db;

struct provider_summary {
	char *id, *name;
	char **programs;             /* "Name (HUD type, from ... to ...)" */
	char **grants;               /* "Grant for Program (funder), from ..." */
	char **enrollments;          /* "Program: N open" */
	char **staff;                /* "Full Name" (", administrator") */
};

/* The organizations, by name: ids into a new NULL-terminated list (the
 * caller frees each and the list); NULL on error. */
char **provider_ids(struct db *db);
/* Read organization `id` (NULL: the active one) into *p. False with *err
 * (a sentence, the caller frees) when it cannot be read. */
bool provider_open(struct db *db, const char *id, struct provider_summary *p, char **err);
void provider_summary_free(struct provider_summary *p);

#endif
