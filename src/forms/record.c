/* record.c: the records a form saves, in the database (see record.h). */
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../lookup.h"
#include "../util/xalloc.h"
#include "changes.h"
#include "field.h"
#include "record.h"

#define CONNECTION_LOST "08006"

/* Why a statement failed: the connection, or the database. */
static enum record_outcome failure(struct db *db)
{
	return strcmp(db_error_code(db), CONNECTION_LOST) ? RECORD_FAILED : RECORD_LOST;
}

void record_values_free(const struct form *form, char **values)
{
	for (size_t i = 0; values && i < form->nfields; i++)
		free(values[i]);
	free(values);
}

struct db_rows *record_list(struct db *db, const struct form *form, const int *fields, int n,
                            const char *key, const char *owner, int sort, bool desc,
                            int limit, int offset)
{
	const char **cols = xcalloc((size_t)n + 1, sizeof *cols);
	struct db_rows *rows;

	for (int i = 0; i < n; i++)
		cols[i] = form->fields[fields[i]].column;
	rows = db_select_where(db, form->view ? form->view : form->table, cols, n, key, owner,
	                       sort >= 0 && sort < n ? cols[sort] : NULL, desc, limit, offset);
	free(cols);
	return rows;
}

enum record_outcome record_read(struct db *db, const struct form *form, const char *id,
                                const struct field_context *ctx, char ***values, char **stamp)
{
	const char **cols = xcalloc(form->nfields + 1, sizeof *cols);
	int *at = xcalloc(form->nfields + 1, sizeof *at);
	struct db_rows *rows;
	int n = 0;

	for (size_t i = 0; i < form->nfields; i++) {    /* the form's own table only */
		at[i] = form_field_own(form, i) ? n : -1;
		if (at[i] >= 0)
			cols[n++] = form->fields[i].column;
	}
	rows = db_select_row(db, form->table, cols, n, id);
	free(cols);
	if (!rows || db_rows_count(rows) == 0) {
		free(at);
		db_rows_free(rows);
		return rows ? RECORD_GONE : failure(db);
	}
	*values = xcalloc(form->nfields + 1, sizeof **values);
	for (size_t i = 0; i < form->nfields; i++)
		if (at[i] >= 0)
			(*values)[i] = field_canonical(&form->fields[i], db_rows_get(rows, 0, at[i]), ctx);
	*stamp = xstrdup(db_rows_get(rows, 0, n));
	free(at);
	db_rows_free(rows);
	return RECORD_DONE;
}

/* ---- inserting ---- */

/* The columns and values of the fields that save to the table of field
 * `lead` (see form_table_lead), those with a value; returns how many. */
static int row_of(const struct form *form, size_t lead, char *const *values,
                  const char **cols, const char **vals)
{
	int n = 0;

	for (size_t i = 0; i < form->nfields; i++)
		if (form_table_lead(form, i) == lead && values[i]) {
			cols[n] = form->fields[i].column;
			vals[n++] = values[i];
		}
	return n;
}

/* A record of field f's kind with the columns of its add_with: the form's
 * values and constants. Returns its id, or NULL. */
static char *insert_add_with(struct db *db, const struct form_field *f, char *const *values)
{
	const char **cols = xcalloc(f->nadd_with + 1, sizeof *cols);
	const char **vals = xcalloc(f->nadd_with + 1, sizeof *vals);
	int n = 0;
	char *id;

	for (size_t k = 0; k < f->nadd_with; k++) {
		const char *v = f->add_with[k].constant ? f->add_with[k].constant
		                : values[f->add_with[k].field];
		if (v) {
			cols[n] = f->add_with[k].column;
			vals[n++] = v;
		}
	}
	id = db_insert(db, field_lookup_table(f->lookup), cols, vals, n);
	free(cols);
	free(vals);
	return id;
}

/* The record a field with `add` stands for, made now (in the form's
 * transaction) from `text`, what was typed there, or from its add_with;
 * its id becomes the field's value. */
static bool make_new_record(struct db *db, const struct form *form, char **values, int at,
                            const char *text)
{
	const struct form_field *f = &form->fields[at];
	char *err = NULL;
	char *id = f->nadd_with ? insert_add_with(db, f, values) : lookup_create(db, f->lookup, text, &err);

	free(err);                   /* db_error says why */
	if (!id)
		return false;
	free(values[at]);
	values[at] = id;
	return true;
}

/* The rows of the form's other tables, each linked to record `id`. */
static bool insert_linked(struct db *db, const struct form *form, char *const *values,
                          const char *id, const char **cols, const char **vals)
{
	for (size_t i = 0; i < form->nfields; i++) {
		char *row;
		int n;

		if (form_field_own(form, i) || form_table_lead(form, i) != i || !values[i])
			continue;
		cols[0] = form->link;
		vals[0] = id;
		n = 1 + row_of(form, i, values, cols + 1, vals + 1);
		row = db_insert(db, form->fields[i].table, cols, vals, n);
		if (!row)
			return false;
		free(row);
	}
	return true;
}

enum record_outcome record_insert(struct db *db, const struct form *form, char **values,
                                  int new_at, const char *new_text, char **id)
{
	const char **cols = xcalloc(form->nfields + 2, sizeof *cols);
	const char **vals = xcalloc(form->nfields + 2, sizeof *vals);
	bool linked = form->link != NULL || new_at >= 0;
	size_t own = 0;
	bool ok;

	*id = NULL;
	while (own + 1 < form->nfields && !form_field_own(form, own))
		own++;
	ok = !linked || db_begin(db);
	if (ok && new_at >= 0)
		ok = make_new_record(db, form, values, new_at, new_text);
	if (ok)
		ok = (*id = db_insert(db, form->table, cols, vals,
		                      row_of(form, own, values, cols, vals))) != NULL;
	if (ok && form->link)
		ok = insert_linked(db, form, values, *id, cols, vals);
	if (linked && !db_finish(db, ok))
		ok = false;
	free(cols);
	free(vals);
	if (ok)
		return RECORD_DONE;
	free(*id);
	*id = NULL;
	return failure(db);
}

/* ---- updating ---- */

void record_edit_free(struct record_edit *e)
{
	record_values_free(e->form, e->orig);
	record_values_free(e->form, e->theirs);
	free(e->stamp);
	free(e->their_stamp);
	e->orig = e->theirs = NULL;
	e->stamp = e->their_stamp = NULL;
}

/* It changed since it was read: read it again; RECORD_DONE (the stamp moved
 * on) when nothing collides with what the person changed. */
static enum record_outcome changed_meanwhile(struct db *db, struct record_edit *e,
                                             char *const *mine, const struct field_context *ctx)
{
	char **theirs, *stamp;
	enum record_outcome r = record_read(db, e->form, e->id, ctx, &theirs, &stamp);
	bool collide = false;

	if (r != RECORD_DONE)
		return r;
	for (size_t i = 0; i < e->form->nfields; i++)
		collide = collide || change_of(e->orig[i], mine[i], theirs[i]) == CHANGE_CONFLICT;
	record_values_free(e->form, e->theirs);
	free(e->their_stamp);
	e->theirs = theirs;
	e->their_stamp = stamp;
	if (collide)
		return RECORD_CONFLICT;
	free(e->stamp);
	e->stamp = xstrdup(stamp);
	return RECORD_DONE;
}

enum record_outcome record_update(struct db *db, struct record_edit *e, char *const *mine,
                                  const struct field_context *ctx)
{
	const struct form *form = e->form;
	const char **cols = xcalloc(form->nfields + 1, sizeof *cols);
	const char **vals = xcalloc(form->nfields + 1, sizeof *vals);
	enum record_outcome r = RECORD_READ_ONLY;

	/* a second try after taking in a change saved meanwhile; one that still
	 * finds the stamp it read refused by the sharing rules is read-only */
	for (int tries = 0; tries < 2; tries++) {
		char *stamp;
		bool found = false;
		int n = 0;

		for (size_t i = 0; i < form->nfields; i++)
			if (form_field_own(form, i) && !same_value(e->orig[i], mine[i])) {
				cols[n] = form->fields[i].column;
				vals[n++] = mine[i];
			}
		if (n == 0) {
			r = RECORD_DONE;
			break;
		}
		stamp = db_update(db, form->table, e->id, e->stamp, cols, vals, n, &found);
		if (!stamp) {
			r = failure(db);
			break;
		}
		if (found) {
			free(e->stamp);
			e->stamp = stamp;
			r = RECORD_DONE;
			break;
		}
		free(stamp);
		if ((r = changed_meanwhile(db, e, mine, ctx)) != RECORD_DONE)
			break;
		r = RECORD_READ_ONLY;
	}
	free(cols);
	free(vals);
	return r;
}

enum record_outcome record_update_new(struct db *db, struct record_edit *e, char **mine,
                                      const struct field_context *ctx, int new_at,
                                      const char *new_text)
{
	enum record_outcome r = RECORD_FAILED;

	if (new_at < 0)
		return record_update(db, e, mine, ctx);
	if (!db_begin(db))
		return failure(db);
	if (make_new_record(db, e->form, mine, new_at, new_text))
		r = record_update(db, e, mine, ctx);
	else
		r = failure(db);
	if (!db_finish(db, r == RECORD_DONE) && r == RECORD_DONE)
		r = failure(db);
	return r;
}

/* ---- deleting ---- */

enum record_outcome record_mark_deleted(struct db *db, const char *table, const char *column,
                                        const char *id)
{
	bool found;

	if (!db_mark_deleted(db, table, column, id, &found))
		return failure(db);
	return found ? RECORD_DONE : RECORD_GONE;
}

enum record_outcome record_delete(struct db *db, const char *table, const char *id)
{
	bool found;

	if (!db_delete(db, table, id, &found))
		return failure(db);
	return found ? RECORD_DONE : RECORD_GONE;
}
