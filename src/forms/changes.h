/* changes.h: editing a record that someone else may change at the same
 * time. Pure functions over stored values (see field.h): what the person
 * changed, and whether a change saved meanwhile collides with it.
 *
 * Offers: enum change, change_of, field_canonical, same_value.
 */
#ifndef HEARTH_CHANGES_H
#define HEARTH_CHANGES_H

#include <stdbool.h>

#include "field.h"

enum change {
	CHANGE_NONE,       /* nobody changed it */
	CHANGE_MINE,       /* only the person editing: save it */
	CHANGE_THEIRS,     /* only someone else, meanwhile: keep theirs */
	CHANGE_SAME,       /* both, to the same value */
	CHANGE_CONFLICT,   /* both, differently: the person chooses */
};

/* Values are stored values; NULL is SQL null. `theirs` is the value saved
 * meanwhile, or `orig` when nothing was saved meanwhile. */
enum change change_of(const char *orig, const char *mine, const char *theirs);
/* Whether two stored values are the same (NULL only equals NULL). */
bool same_value(const char *a, const char *b);
/* A value as the database returns it ("t", "21:30:00") in the stored form
 * field_parse makes ("yes", "21:30"), so that it compares with what was
 * typed; a new string, or NULL for NULL. A value that does not parse stays
 * as it is. */
char *field_canonical(const struct form_field *f, const char *db_value,
                      const struct field_context *ctx);

#endif
