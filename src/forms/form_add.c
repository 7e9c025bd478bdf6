/* form_add.c: what a lookup field's Insert makes (its `add`), read from the
 * form file: family and employer records are made by their kind alone; the
 * others take their columns from add_with, values of the form's fields or
 * constants:
 *
 *   add_with = client_id: client, assessment_date: entry_date,
 *              assessment_type: 'entry'
 */
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "form_reader.h"

const char *field_lookup_table(enum field_lookup lookup)
{
	return lookup == FIELD_LOOKUP_ASSESSMENT ? "assessment" : NULL;
}

void form_add_free(struct form_field *f)
{
	for (size_t i = 0; i < f->nadd_with; i++) {
		free(f->add_with[i].column);
		free(f->add_with[i].constant);
	}
	free(f->add_with);
	f->add_with = NULL;
	f->nadd_with = 0;
}

/* One "column: source" of field i's add_with; false after complaining. */
static bool read_value(struct reader *r, size_t i, const char *section, const char *item)
{
	struct form_field *f = &r->form->fields[i];
	const char *colon = strchr(item, ':');
	char *column, *source;
	struct form_add_value v = { NULL, -1, NULL };
	size_t len;

	if (!colon) {
		complain(r, section, "add_with", "field \"%s\": add_with \"%s\" is not COLUMN: FIELD "
		         "or COLUMN: 'constant'", f->name, item);
		return false;
	}
	column = xstrndup_trimmed(item, (size_t)(colon - item));
	source = xstrndup_trimmed(colon + 1, strlen(colon + 1));
	len = strlen(source);
	if (!form_ini_is_name(column))
		complain(r, section, "add_with", "field \"%s\": add_with: \"%s\" is not a column name",
		         f->name, column);
	else if (len >= 3 && source[0] == '\'' && source[len - 1] == '\'')
		v.constant = xstrndup_trimmed(source + 1, len - 2);
	else if ((v.field = form_field_find(r->form, source)) < 0 || (size_t)v.field == i)
		complain(r, section, "add_with", "field \"%s\": add_with: \"%s\" is no other field of "
		         "the form (a constant is written in quotes: 'entry')", f->name, source);
	free(source);
	if (!v.constant && v.field < 0) {
		free(column);
		return false;
	}
	v.column = column;
	f->add_with = xrealloc(f->add_with, (f->nadd_with + 1) * sizeof *f->add_with);
	f->add_with[f->nadd_with++] = v;
	return true;
}

static void read_list(struct reader *r, size_t i, const char *section, const char *list)
{
	char *copy = xstrdup(list), *item, *save = NULL;

	for (item = strtok_r(copy, ",", &save); item; item = strtok_r(NULL, ",", &save))
		read_value(r, i, section, item);
	free(copy);
}

/* Whether field f, with add, can make a record: complains when not. */
static void check_add(struct reader *r, const struct form_field *f, const char *section)
{
	bool by_kind = f->lookup == FIELD_LOOKUP_FAMILY || f->lookup == FIELD_LOOKUP_EMPLOYER;

	if (f->add && !by_kind && !field_lookup_table(f->lookup))
		complain(r, section, "add", "field \"%s\": add is only for lookup = family, employer "
		         "or assessment (a new one is made with the record)", f->name);
	else if (f->add && !by_kind && !f->nadd_with)
		complain(r, section, "add", "field \"%s\": a new %s needs add_with (its columns from "
		         "the form: client_id: client, ...)", f->name, field_lookup_name(f->lookup));
	else if (f->nadd_with && (by_kind || !f->add))
		complain(r, section, "add_with", "field \"%s\": add_with is for a lookup field with "
		         "add = yes whose kind is made from the form (assessment)", f->name);
}

void form_read_add_with(struct reader *r)
{
	for (size_t i = 0; i < r->form->nfields; i++) {
		struct form_field *f = &r->form->fields[i];
		char *section = xasprintf("field %s", f->name);
		const char *list = form_ini_get(r->ini, section, "add_with");

		if (list && f->type != FIELD_LOOKUP)
			complain(r, section, "add_with", "field \"%s\": add_with is only for lookup fields",
			         f->name);
		else if (list)
			read_list(r, i, section, list);
		if (f->type == FIELD_LOOKUP)
			check_add(r, f, section);
		free(section);
	}
}
