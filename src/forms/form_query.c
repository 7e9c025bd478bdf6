/* form_query.c: questions about a loaded form: how many steps it has,
 * which fields are of its own table, which field leads a table's, and
 * finding a field by name. */
#include "form.h"

#include <string.h>

int form_step_count(const struct form *form)
{
	return form->nsteps ? (int)form->nsteps : 1;
}

bool form_field_own(const struct form *form, size_t i)
{
	if (form->fields[i].list_only)
		return false;
	return !form->fields[i].table || (form->table && !strcmp(form->fields[i].table, form->table));
}

size_t form_table_lead(const struct form *form, size_t i)
{
	if (form->fields[i].list_only)
		return i;
	for (size_t j = 0; j < i; j++)
		if (form->fields[j].list_only)
			continue;
		else if (form_field_own(form, j) ? form_field_own(form, i)
		    : !form_field_own(form, i) && !strcmp(form->fields[j].table, form->fields[i].table))
			return j;
	return i;
}

int form_field_find(const struct form *form, const char *name)
{
	for (size_t i = 0; i < form->nfields; i++)
		if (!strcmp(form->fields[i].name, name))
			return (int)i;
	return -1;
}

int form_column_field(const struct form *form, const char *column)
{
	for (size_t i = 0; i < form->nfields; i++)
		if (form_field_own(form, i) && !strcmp(form->fields[i].column, column))
			return (int)i;
	return -1;
}
