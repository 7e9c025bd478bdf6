/* enrollment.h: what an enrollment does beyond its form: the exit of every
 * open enrollment of its case at once (hearth.exit_case, one statement). */
#ifndef HEARTH_ENROLLMENT_H
#define HEARTH_ENROLLMENT_H

struct db;
struct form;

/* Exit the open enrollments of enrollment `id`'s case that the caller may
 * change, with the exit date, destination and subsidy type the exit's form
 * holds (`values`, a value a field of `form`, by column). Returns how many
 * were exited, or -1 with *err (a sentence; the caller frees). */
int enrollment_exit_case(struct db *db, const char *id, const struct form *form,
                         char *const *values, char **err);

#endif
