/* lookup.h: the names of the records a lookup field points at (a client, a
 * user, a provider program, an organization), read as the logged-in user,
 * so a client the user may not see has no name here. */
#ifndef HEARTH_LOOKUP_H
#define HEARTH_LOOKUP_H

#include "forms/form.h"

struct db;

/* The names of `ids` (record ids as text; n of them) of that kind: a new
 * array of n new strings (the caller frees each and the array), NULL where
 * the record is unknown or hidden. NULL on error. */
char **lookup_names(struct db *db, enum field_lookup kind, const char *const *ids, int n);
void lookup_names_free(char **names, int n);

#endif
