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

/* The records of that kind a person may mean by `text` (for a client: what
 * the quick search takes, a name, an SSN, a birth date; for the others the
 * start of a name), at most `max`: their ids and names into new strings of
 * ids[] and names[] (the caller frees them). `client` is the form's client,
 * whose enrollments an enrollment lookup offers (NULL: none). Returns how
 * many, or -1 with *err (a sentence; the caller frees). */
int lookup_search(struct db *db, enum field_lookup kind, const char *text, const char *client,
                  int max, char **ids, char **names, char **err);

/* A new record of that kind (a field's `add`), made as the caller's
 * organization's: a family with the default name, the head's; an employer
 * named `text`, what was typed into the field (lookup_create_named). Its id,
 * a new string, or NULL with *err (a sentence; the caller frees). Runs in
 * the caller's transaction. */
char *lookup_create(struct db *db, enum field_lookup kind, const char *text, char **err);

/* Whether a new record of that kind is named by the text typed into the
 * field (rather than standing as NEW_WORD). */
bool lookup_create_named(enum field_lookup kind);

#endif
