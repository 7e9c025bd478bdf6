/* validate.h: checking what was typed into a whole form (or one step of
 * it) before it is saved. Pure: no terminal, no database.
 *
 * Offers: struct validate_problem, struct validate_result, validate_form,
 * validate_result_free.
 *
 * The problems come in field order, so the screen can list them at the top
 * in red, mark their fields, and jump to the first.
 */
#ifndef HEARTH_VALIDATE_H
#define HEARTH_VALIDATE_H

#include <stdbool.h>
#include <stddef.h>

#include "field.h"
#include "form.h"

struct validate_problem {
	size_t field;               /* index into form->fields */
	char *message;              /* "Last name is required." */
};

struct validate_result {
	char **values;              /* form->nfields stored values; NULL: no value
	                               (empty, wrong, or not in the step checked) */
	size_t nvalues;
	struct validate_problem *problems;  /* in field order, at most one a field */
	size_t nproblems;
};

/* Check `inputs` (form->nfields strings as typed, NULL for empty) against
 * the form: every field of `step` (1..form_step_count), or of the whole
 * form when step is 0, is parsed with field_parse, and a required field
 * without a value is a problem. A required field of another table (table =)
 * is required only when the first field of that table is filled in. A
 * computed field's input is ignored: its value is computed (computed.h),
 * and a problem when outside its range. Fills *out, which the caller frees with
 * validate_result_free, and returns true when there is no problem. */
bool validate_form(const struct form *form, int step, const char *const *inputs,
                   const struct field_context *ctx, struct validate_result *out);
void validate_result_free(struct validate_result *r);

#endif
