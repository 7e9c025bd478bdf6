/* validate.c: every field of a form (or a step) through field_parse, and
 * the required ones checked for a value. */
#include "validate.h"

#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"

static void add_problem(struct validate_result *out, size_t field, char *message)
{
	out->problems = xrealloc(out->problems, (out->nproblems + 1) * sizeof *out->problems);
	out->problems[out->nproblems++] = (struct validate_problem){ field, message };
}

static bool blank(const char *s)
{
	return !s || !s[strspn(s, " \t")];
}

/* A field of another table is required only when its table's row is made:
 * when the first field of that table is filled in. */
static bool required(const struct form *form, size_t i, const char *const *inputs)
{
	return form->fields[i].required
	       && (form_field_own(form, i) || !blank(inputs[form_table_lead(form, i)]));
}

bool validate_form(const struct form *form, int step, const char *const *inputs,
                   const struct field_context *ctx, struct validate_result *out)
{
	*out = (struct validate_result){ xcalloc(form->nfields, sizeof *out->values),
	                                 form->nfields, NULL, 0 };
	for (size_t i = 0; i < form->nfields; i++) {
		const struct form_field *f = &form->fields[i];
		char *problem;

		if (step && f->step != step)
			continue;
		if (!field_parse(f, inputs[i], ctx, &out->values[i], &problem))
			add_problem(out, i, problem);
		else if (required(form, i, inputs) && !out->values[i])
			add_problem(out, i, xasprintf("%s is required.", f->label));
	}
	return out->nproblems == 0;
}

void validate_result_free(struct validate_result *r)
{
	for (size_t i = 0; i < r->nvalues; i++)
		free(r->values[i]);
	free(r->values);
	for (size_t i = 0; i < r->nproblems; i++)
		free(r->problems[i].message);
	free(r->problems);
	*r = (struct validate_result){ 0 };
}
