/* enrollment.h: what an enrollment does beyond its form: the exit of every
 * open enrollment of its case at once (hearth.exit_case), and a household's
 * enrollment in one new case (hearth.enroll_members), each one statement. */
#ifndef HEARTH_ENROLLMENT_H
#define HEARTH_ENROLLMENT_H

struct db;
struct db_rows;
struct form;

/* Exit the open enrollments of enrollment `id`'s case that the caller may
 * change, with the exit date, destination and subsidy type the exit's form
 * holds (`values`, a value a field of `form`, by column). Returns how many
 * were exited, or -1 with *err (a sentence; the caller frees). */
int enrollment_exit_case(struct db *db, const char *id, const struct form *form,
                         char *const *values, char **err);

/* The members of enrollment `id`'s case that the caller sees, the head
 * first: enrollment id, client, relationship to the head (its label), entry
 * and exit dates. NULL on error. */
struct db_rows *enrollment_case_members(struct db *db, const char *id);

/* Enroll the current members of the family the form's `family_id` field
 * holds that the caller sees, each with their relationship to the family's
 * head, in one new case, with the form's entry date, program, grant, case
 * manager and follow-up. Returns the case's id (a new string), or NULL with
 * *err (a sentence; the caller frees). */
char *enrollment_enroll_household(struct db *db, const struct form *form, char *const *values,
                                  char **err);

#endif
