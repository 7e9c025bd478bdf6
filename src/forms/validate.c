/* validate.c: every field of a form (or a step) through field_parse, and
 * the required ones checked for a value. */
#include "validate.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/xalloc.h"
#include "computed.h"

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

/* <0, 0 or >0 as value a comes before, with or after b (both of f's type). */
static int compare(const struct form_field *f, const char *a, const char *b)
{
	long long x, y;

	if (f->type == FIELD_MONEY && field_money_cents(a, &x) && field_money_cents(b, &y))
		return x < y ? -1 : x > y;
	if (f->type == FIELD_INTEGER)
		return (x = strtoll(a, NULL, 10)) < (y = strtoll(b, NULL, 10)) ? -1 : x > y;
	return strcmp(a, b);          /* YYYY-MM-DD, HH:MM */
}

/* not_before: "Until: 2023-01-01 is before From (2024-01-01); ..." */
static char *too_early(const struct form *form, size_t i, char *const *all,
                       const struct field_context *ctx)
{
	const struct form_field *f = &form->fields[i];
	int j = f->not_before ? form_field_find(form, f->not_before) : -1;
	bool when = f->type == FIELD_DATE || f->type == FIELD_TIME;
	char *mine, *theirs, *msg;

	if (j < 0 || !all[i] || !all[j] || compare(f, all[i], all[j]) >= 0)
		return NULL;
	mine = field_display(f, all[i], ctx);
	theirs = field_display(&form->fields[j], all[j], ctx);
	msg = xasprintf("%s: %s is %s %s (%s); make it the same or %s.", f->label, mine,
	                when ? "before" : "less than", form->fields[j].label, theirs,
	                when ? "later" : "more");
	free(mine);
	free(theirs);
	return msg;
}

static bool given_code(const struct form_field *f, const char *value)
{
	for (size_t k = 0; value && k < f->ngiven_codes; k++)
		if (!strcmp(value, f->given_codes[k]))
			return true;
	return false;
}

/* "Full DOB reported or Approximate or partial DOB reported": the labels
 * of the codes when_given asks for. */
static char *given_labels(const struct form_field *f, const struct field_context *ctx)
{
	char *list = xstrdup(""), *label, *more;

	for (size_t k = 0; k < f->ngiven_codes; k++) {
		label = field_display(f, f->given_codes[k], ctx);
		more = xasprintf("%s%s%s", list, !k ? "" : k + 1 < f->ngiven_codes ? ", " : " or ",
		                 label);
		free(label);
		free(list);
		list = more;
	}
	return list;
}

/* when_given: the field named is given exactly when this one is one of its
 * codes. A missing value is the other field's problem (*target), when that
 * field is checked too, so that ^E goes to it. */
static char *not_as_given(const struct form *form, int step, size_t i, char *const *all,
                          const char *const *inputs, const struct field_context *ctx,
                          size_t *target)
{
	const struct form_field *f = &form->fields[i];
	int j = f->when_given ? form_field_find(form, f->when_given) : -1;
	char *labels, *mine, *msg = NULL;

	if (j < 0 || (all[j] != NULL) == given_code(f, all[i]) || (!all[j] && !blank(inputs[j])))
		return NULL;              /* agreed, or the other is wrong: its own problem says so */
	if (all[j]) {
		labels = given_labels(f, ctx);
		msg = xasprintf("%s: with a %s, it must be %s.", f->label, form->fields[j].label, labels);
		free(labels);
	} else if (all[i]) {
		if (!step || form->fields[j].step == step)
			*target = (size_t)j;
		mine = field_display(f, all[i], ctx);
		msg = xasprintf("%s: %s needs a %s; type it, or choose another.", f->label, mine,
		                form->fields[j].label);
		free(mine);
	}
	return msg;
}

/* one_of: the first of its fields, when none of them is given; with the
 * sentence into *msg. -1 when at least one is, or the step is another. */
static int none_given(const struct form *form, int step, const char *const *inputs, char **msg)
{
	char *labels = xstrdup(""), *more;
	int first = -1, j;

	for (size_t k = 0; k < form->none_of; k++) {
		if ((j = form_field_find(form, form->one_of[k])) < 0)
			continue;
		if (!blank(inputs[j]))
			first = -2;
		if (first == -1)
			first = j;
		more = xasprintf("%s%s%s", labels, !k ? "" : k + 1 < form->none_of ? ", " : " or ",
		                 form->fields[j].label);
		free(labels);
		labels = more;
	}
	if (first >= 0 && (!step || form->fields[first].step == step))
		*msg = xasprintf("Give %s: at least one of them.", labels);
	else
		first = -1;
	free(labels);
	return first;
}

bool validate_form(const struct form *form, int step, const char *const *inputs,
                   const struct field_context *ctx, struct validate_result *out)
{
	char **all = xcalloc(form->nfields + 1, sizeof *all);    /* every field's value */
	char **problem = xcalloc(form->nfields + 1, sizeof *problem);
	char *msg = NULL;
	size_t i;
	int first;

	*out = (struct validate_result){ xcalloc(form->nfields, sizeof *out->values),
	                                 form->nfields, NULL, 0 };
	for (i = 0; i < form->nfields; i++)
		if (!field_parse(&form->fields[i], inputs[i], ctx, &all[i], &problem[i]))
			all[i] = NULL;
	/* what a computed field shows is not taken: its value is its formula's,
	 * so that the record always holds what the formula makes of the others */
	form_compute(form, all, problem);
	for (i = 0; i < form->nfields; i++) {
		if (step && form->fields[i].step != step) {
			free(problem[i]);
			problem[i] = NULL;
			continue;
		}
		if (!problem[i] && required(form, i, inputs) && !all[i])
			problem[i] = xasprintf("%s is required.", form->fields[i].label);
		if (!problem[i])
			problem[i] = too_early(form, i, all, ctx);
	}
	for (i = 0; i < form->nfields; i++) {       /* after: it may mark another field */
		size_t target = i;

		if (problem[i] || (step && form->fields[i].step != step)
		    || !(msg = not_as_given(form, step, i, all, inputs, ctx, &target)))
			continue;
		if (problem[target])
			free(msg);
		else
			problem[target] = msg;
	}
	msg = NULL;
	if ((first = none_given(form, step, inputs, &msg)) >= 0 && !problem[first])
		problem[first] = msg;
	else
		free(msg);
	for (i = 0; i < form->nfields; i++) {
		if (problem[i])
			add_problem(out, i, problem[i]);
		if (!step || form->fields[i].step == step)
			out->values[i] = all[i];
		else
			free(all[i]);
	}
	free(all);
	free(problem);
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
