/* form_checks.c: the checks of a form file that need the whole file read:
 * the steps, the columns, the links to other tables, the list and its
 * order, and the fields that name other fields (not_before, when_given,
 * one_of). Each reports its mistakes as "file:line: what is wrong". */
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "form_reader.h"

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
