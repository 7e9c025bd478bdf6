/* computed.c: computed fields' values, their formulas evaluated on the
 * stored values of the fields they use, in the order the formulas need
 * (the loader refuses circles, so that order always exists). */
#include "computed.h"

#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "field.h"
#include "formula.h"

/* Beyond this the field parsers read no number; a result there is "too
 * large" rather than a number they could not take back. */
#define NUMBER_CAP 1000000000000000LL

enum progress { TODO, BUSY, DONE };

/* A stored value of an integer or money field as a formula's operand. */
static struct formula_operand operand_of(const struct form_field *f, const char *value)
{
	struct formula_operand o = { false, 0, f->type == FIELD_MONEY ? 2 : 0 };
	char *end;

	if (!value)
		return o;
	if (f->type == FIELD_MONEY)
		o.given = field_money_cents(value, &o.units);
	else {
		o.units = strtoll(value, &end, 10);
		o.given = *value && !*end;
	}
	return o;
}

/* "1234.50" or "-12": the stored value of `units` for field f. */
static char *stored(const struct form_field *f, long long units)
{
	unsigned long long a = units < 0 ? 0ULL - (unsigned long long)units : (unsigned long long)units;

	if (f->type != FIELD_MONEY)
		return xasprintf("%lld", units);
	return xasprintf("%s%llu.%02llu", units < 0 ? "-" : "", a / 100, a % 100);
}

/* The field's value out of range (or too large) says so, as typing it would. */
static char *range_problem(const struct form_field *f, const char *value, bool too_large)
{
	char *again = NULL, *problem = NULL;

	if (too_large)
		return xasprintf("%s: the result of its formula is too large.", f->label);
	if (value && !field_parse(f, value, NULL, &again, &problem))
		return problem;
	free(again);
	return NULL;
}

static void compute_field(const struct form *form, size_t i, char **values, char **problems,
                          enum progress *state)
{
	const struct form_field *f = &form->fields[i];
	size_t n = formula_nnames(f->formula);
	struct formula_operand *ops = xcalloc(n + 1, sizeof *ops);
	enum formula_outcome outcome;
	long long units = 0;

	state[i] = BUSY;
	for (size_t k = 0; k < n; k++) {
		int u = f->uses[k];

		if (u < 0 || state[u] == BUSY)
			continue;     /* not a field, or a circle (refused by the loader): empty */
		if (form->fields[u].formula && state[u] == TODO)
			compute_field(form, (size_t)u, values, problems, state);
		ops[k] = operand_of(&form->fields[u], values[u]);
	}
	outcome = formula_eval(f->formula, ops, f->type == FIELD_MONEY ? 2 : 0, &units);
	if (outcome == FORMULA_VALUE && (units >= NUMBER_CAP || units <= -NUMBER_CAP))
		outcome = FORMULA_TOO_LARGE;
	free(values[i]);
	values[i] = outcome == FORMULA_VALUE ? stored(f, units) : NULL;
	if (problems) {
		free(problems[i]);
		problems[i] = range_problem(f, values[i], outcome == FORMULA_TOO_LARGE);
	}
	free(ops);
	state[i] = DONE;
}

void form_compute(const struct form *form, char **values, char **problems)
{
	enum progress *state = xcalloc(form->nfields + 1, sizeof *state);

	for (size_t i = 0; i < form->nfields; i++)
		if (form->fields[i].formula && state[i] == TODO)
			compute_field(form, i, values, problems, state);
	free(state);
}

char *form_computed_from(const struct form *form, size_t i)
{
	const struct form_field *f = &form->fields[i];
	size_t n = formula_nnames(f->formula), said = 0, last = n;
	char *list = xstrdup(""), *more;

	while (last > 0 && f->uses[last - 1] < 0)
		last--;
	for (size_t k = 0; k < n; k++) {
		if (f->uses[k] < 0)
			continue;
		more = xasprintf("%s%s%s", list, !said ? "" : k + 1 == last ? " and " : ", ",
		                 form->fields[f->uses[k]].label);
		free(list);
		list = more;
		said++;
	}
	more = xasprintf("%s is computed from %s.", f->label, said ? list : "numbers alone");
	free(list);
	return more;
}
