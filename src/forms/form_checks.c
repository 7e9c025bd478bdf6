/* form_checks.c: the checks of a form file that need the whole file read:
 * the steps, the columns, the links to other tables, the list and its
 * order, the fields that name other fields (not_before, when_given,
 * one_of), and computed fields' formulas. Each reports its mistakes as "file:line: what is wrong". */
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "form_reader.h"
#include "formula.h"

/* Checks that need the whole file: the steps and the columns. */
void form_check_steps(struct reader *r)
{
	const struct form *form = r->form;
	int count = form_step_count(form);

	for (size_t i = 0; i < form->nfields; i++) {
		const struct form_field *f = &form->fields[i];
		char *section = xasprintf("field %s", f->name);

		if (f->step > count && form->nsteps)
			complain(r, section, "step", "field \"%s\": step %d, but the form has %d steps",
			         f->name, f->step, count);
		else if (f->step > count)
			complain(r, section, "step", "field \"%s\": step %d, but the form has no steps "
			         "(steps = in [form])", f->name, f->step);
		free(section);
	}
	for (int s = 1; s <= (int)form->nsteps; s++) {
		size_t i = 0;
		while (i < form->nfields && form->fields[i].step != s)
			i++;
		if (i == form->nfields && form->nfields)
			complain(r, "form", "steps", "[form]: step %d (%s) has no fields", s,
			         form->steps[s - 1]);
	}
}

void form_check_columns(struct reader *r)
{
	const struct form *form = r->form;

	for (size_t i = 0; i < form->nfields; i++)
		for (size_t j = 0; j < i; j++)
			if (!strcmp(form->fields[i].column, form->fields[j].column)
			    && form_table_lead(form, i) == form_table_lead(form, j)) {
				char *section = xasprintf("field %s", form->fields[i].name);
				complain(r, section, "column", "field \"%s\": column \"%s\" is also "
				         "the column of field \"%s\"", form->fields[i].name,
				         form->fields[i].column, form->fields[j].name);
				free(section);
				break;
			}
}

/* The list's columns and its order name fields of the form. */
void form_check_list(struct reader *r)
{
	struct form *form = r->form;
	size_t len;

	for (size_t i = 0; i < form->nlist; i++)
		if (form_field_find(form, form->list[i]) < 0)
			complain(r, "form", "list", "[form]: list names \"%s\", which is no field of "
			         "the form", form->list[i]);
	if (!form->order)
		return;
	len = strcspn(form->order, " ");
	if (!strcmp(form->order + len, " desc"))
		form->order_desc = true;
	else if (form->order[len])
		complain(r, "form", "order", "[form]: order is a field, optionally followed by "
		         "desc (\"%s\")", form->order);
	form->order[len] = 0;
	if (form_field_find(form, form->order) < 0)
		complain(r, "form", "order", "[form]: order names \"%s\", which is no field of "
		         "the form", form->order);
}

/* Fields of other tables need the column that links their rows to the new
 * record, and that column is not also one of theirs. */
void form_check_links(struct reader *r)
{
	const struct form *form = r->form;
	bool others = false;

	for (size_t i = 0; i < form->nfields; i++) {
		char *section;

		if (form_field_own(form, i) || form->fields[i].list_only)
			continue;
		others = true;
		section = xasprintf("field %s", form->fields[i].name);
		if (!form->link)
			complain(r, section, "table", "field \"%s\": a field of another table needs "
			         "link = in [form] (the column that takes the new record's id)",
			         form->fields[i].name);
		else if (!strcmp(form->fields[i].column, form->link))
			complain(r, section, "column", "field \"%s\": column \"%s\" is the link, which "
			         "takes the new record's id", form->fields[i].name, form->link);
		free(section);
	}
	if (form->link && !others)
		complain(r, "form", "link", "[form]: link is only for a form with fields of "
		         "another table (table = in a field)");
}

/* The field another one names (in not_before or when_given), which must be
 * a field of the form other than itself; -1 after complaining. */
static int named_field(struct reader *r, const struct form_field *f, const char *key,
                       const char *name)
{
	int j = form_field_find(r->form, name);
	char *section = xasprintf("field %s", f->name);

	if (j < 0)
		complain(r, section, key, "field \"%s\": %s names \"%s\", which is no field of the form",
		         f->name, key, name);
	else if (&r->form->fields[j] == f)
		complain(r, section, key, "field \"%s\": %s names the field itself", f->name, key);
	free(section);
	return j >= 0 && &r->form->fields[j] != f ? j : -1;
}

void form_check_relations(struct reader *r)
{
	struct form *form = r->form;

	for (size_t i = 0; i < form->nfields; i++) {
		const struct form_field *f = &form->fields[i];
		int j;

		if (f->not_before && (j = named_field(r, f, "not_before", f->not_before)) >= 0
		    && form->fields[j].type != f->type) {
			char *section = xasprintf("field %s", f->name);
			complain(r, section, "not_before", "field \"%s\": not_before names \"%s\", a %s "
			         "field; it must be a %s field too", f->name, f->not_before,
			         field_type_name(form->fields[j].type), field_type_name(f->type));
			free(section);
		}
		if (f->when_given)
			named_field(r, f, "when_given", f->when_given);
	}
	if (form->none_of == 1)
		complain(r, "form", "one_of", "[form]: one_of names two fields or more");
	for (size_t k = 0; k < form->none_of; k++)
		if (form_field_find(form, form->one_of[k]) < 0)
			complain(r, "form", "one_of", "[form]: one_of names \"%s\", which is no field of "
			         "the form", form->one_of[k]);
}

/* ---- formulas ------------------------------------------------------- */

static bool is_number_field(const struct form_field *f)
{
	return f->type == FIELD_INTEGER || f->type == FIELD_MONEY;
}

/* The field formula name k of field i names, or -1 after complaining: one
 * of the form, integer or money, not itself, of its step or an earlier one
 * (a later step is not typed yet when this one is checked). */
static int formula_operand(struct reader *r, size_t i, const char *section, const char *name)
{
	const struct form_field *f = &r->form->fields[i], *g;
	int j = form_field_find(r->form, name);

	g = j >= 0 ? &r->form->fields[j] : NULL;
	if (!g)
		complain(r, section, "formula", "field \"%s\": formula names \"%s\", which is no "
		         "field of the form", f->name, name);
	else if (g == f)
		complain(r, section, "formula", "field \"%s\": formula names the field itself",
		         f->name);
	else if (!is_number_field(g))
		complain(r, section, "formula", "field \"%s\": formula names \"%s\", a %s field; "
		         "it must be an integer or money field", f->name, name, field_type_name(g->type));
	else if (g->step > f->step)
		complain(r, section, "formula", "field \"%s\": formula names \"%s\" of step %d, "
		         "after the field's own step %d", f->name, name, g->step, f->step);
	else
		return j;
	return -1;
}

/* What does not go with a formula: a type other than integer or money, a
 * default, required. Returns whether the formula is to be read at all. */
static bool formula_fits(struct reader *r, const struct form_field *f, const char *section)
{
	const char *def = form_ini_get(r->ini, section, "default");

	if (!is_number_field(f)) {
		complain(r, section, "formula", "field \"%s\": formula is only for integer and money "
		         "fields, not %s", f->name, field_type_name(f->type));
		return false;
	}
	if (def && *def)
		complain(r, section, "formula", "field \"%s\": formula and default do not go "
		         "together (a computed field's value is its formula's)", f->name);
	if (f->required)
		complain(r, section, "formula", "field \"%s\": formula and required do not go "
		         "together (a computed field is never typed)", f->name);
	return true;
}

static void read_formula(struct reader *r, size_t i)
{
	struct form_field *f = &r->form->fields[i];
	char *section = xasprintf("field %s", f->name), *error;
	const char *text = form_ini_get(r->ini, section, "formula");

	if (text && *text && formula_fits(r, f, section)) {
		f->formula = formula_parse(text, &error);
		if (error)
			complain(r, section, "formula", "field \"%s\": formula: %s", f->name, error);
		free(error);
	}
	if (f->formula) {
		f->uses = xcalloc(formula_nnames(f->formula) + 1, sizeof *f->uses);
		for (size_t k = 0; k < formula_nnames(f->formula); k++)
			f->uses[k] = formula_operand(r, i, section, formula_name(f->formula, k));
	}
	free(section);
}

/* Whether field `target` is reached from the formula of field `from`
 * through computed fields (other than a field naming itself, said apart);
 * the fields on the way are added to path. */
static bool leads_back(const struct form *form, int from, int target, bool *seen,
                       int *path, size_t *len)
{
	const struct form_field *f = &form->fields[from];

	for (size_t k = 0; k < formula_nnames(f->formula); k++) {
		int u = f->uses[k];

		if (u < 0 || (u == target && from == target) || (u != target && seen[u]))
			continue;
		path[(*len)++] = u;
		if (u == target)
			return true;
		seen[u] = true;
		if (form->fields[u].formula && leads_back(form, u, target, seen, path, len))
			return true;
		(*len)--;
	}
	return false;
}

/* "a uses b, which uses a" */
static char *circle_words(const struct form *form, int first, const int *path, size_t len)
{
	char *words = xasprintf("%s uses %s", form->fields[first].name,
	                        form->fields[path[0]].name), *more;

	for (size_t k = 1; k < len; k++) {
		more = xasprintf("%s, which uses %s", words, form->fields[path[k]].name);
		free(words);
		words = more;
	}
	return words;
}

/* A formula that uses its own field through other computed fields: said
 * once, at the first field of the circle in the file. */
static void check_circle(struct reader *r, int i)
{
	const struct form *form = r->form;
	bool *seen = xcalloc(form->nfields, sizeof *seen);
	int *path = xcalloc(form->nfields + 1, sizeof *path);
	size_t len = 0, k;

	if (leads_back(form, i, i, seen, path, &len)) {
		for (k = 0; k < len && path[k] >= i; k++)
			;
		if (k == len) {
			char *section = xasprintf("field %s", form->fields[i].name);
			char *words = circle_words(form, i, path, len);
			complain(r, section, "formula", "field \"%s\": formula goes round in a circle "
			         "(%s)", form->fields[i].name, words);
			free(words);
			free(section);
		}
	}
	free(seen);
	free(path);
}

void form_check_formulas(struct reader *r)
{
	for (size_t i = 0; i < r->form->nfields; i++)
		read_formula(r, i);
	for (size_t i = 0; i < r->form->nfields; i++)
		if (r->form->fields[i].formula)
			check_circle(r, (int)i);
}

/* A yes/no key of a field into *out; a mistake when it is neither. */
static void read_yes_no(struct reader *r, const char *section, const struct form_field *f,
                        const char *key, bool *out)
{
	const char *v = form_ini_get(r->ini, section, key);

	if (v && *v && !form_ini_yes_no(v, out))
		complain(r, section, key, "field \"%s\": %s \"%s\" is not yes or no", f->name, key, v);
}

/* `list_only`: a column of the form's view that only its list shows (days
 * enrolled): on no step, never read for editing nor saved. `fresh`: not
 * carried from the last record. */
void form_read_list_keys(struct reader *r)
{
	static const char *const clash[] = { "step", "table", "required", "default", NULL };

	for (size_t i = 0; i < r->form->nfields; i++) {
		struct form_field *f = &r->form->fields[i];
		char *section = xasprintf("field %s", f->name);

		read_yes_no(r, section, f, "fresh", &f->fresh);
		read_yes_no(r, section, f, "list_only", &f->list_only);
		if (f->list_only) {
			f->step = 0;
			f->required = false;
			for (int k = 0; clash[k]; k++)
				if (form_ini_get(r->ini, section, clash[k])
				    && *form_ini_get(r->ini, section, clash[k]))
					complain(r, section, clash[k], "field \"%s\": %s is not for a list_only "
					         "field (the list shows it; the form has no place for it)", f->name,
					         clash[k]);
		}
		free(section);
	}
}
