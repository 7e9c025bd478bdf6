/* compare.c: an enrollment's entry and exit side by side (compare.h). */
#include "compare.h"

#include <stdlib.h>
#include <string.h>

#include "choice_lists.h"
#include "db/db.h"
#include "forms/field.h"
#include "forms/form.h"
#include "forms/record.h"
#include "util/date.h"
#include "util/xalloc.h"

#define MAX_RECORDS 200          /* an enrollment's records of one element */
#define STAGE_ENTRY "1"
#define STAGE_EXIT "3"

struct db_rows *compare_enrollments(struct db *db, const char *client)
{
	return db_query(db, "SELECT id::text, program, entry_date::text, coalesce(exit_date::text, '')"
	                " FROM hearth.enrollment_list WHERE client_id = $1::bigint"
	                " ORDER BY entry_date DESC, id DESC", 1, (const char *const[]){ client });
}

/* Whether field i is compared: the element's own answers, not its keys. */
static bool compared(const struct form *form, size_t i)
{
	const struct form_field *f = &form->fields[i];

	return form_field_own(form, i) && f->type != FIELD_LOOKUP
	       && strcmp(f->column, "data_collection_stage") && strcmp(f->column, "information_date")
	       && strcmp(f->column, "assessment_id");
}

static void add_line(struct comparison *c, char *label, char *entry, char *exit, bool changed)
{
	c->lines = xrealloc(c->lines, (size_t)(c->n + 1) * sizeof *c->lines);
	c->lines[c->n++] = (struct compare_line){ label, entry, exit, changed };
}

/* The newest row (they come newest first) taken at `stage`, or -1. */
static int newest_at(const struct db_rows *rows, int stage_col, const char *stage)
{
	for (int r = 0; r < db_rows_count(rows); r++)
		if (!strcmp(db_rows_get(rows, r, stage_col + 1), stage))
			return r;
	return -1;
}

static char *shown(const struct form_field *f, const struct db_rows *rows, int row, int col,
                   const struct field_context *ctx)
{
	char *v = row >= 0 ? field_display(f, db_rows_get(rows, row, col + 1), ctx) : NULL;

	return v ? v : xstrdup("");
}

/* One element form: its heading, then a line a compared field. */
static bool compare_form(struct db *db, const struct form *form, const char *id,
                         struct comparison *out, char **err)
{
	int *cols = xcalloc(form->nfields + 1, sizeof *cols), n = 0, stage = -1, date = -1;
	struct choice_lists lists = { 0 };
	struct field_context ctx;
	struct db_rows *rows;
	int entry, exit;

	for (size_t i = 0; i < form->nfields; i++)
		if (form_field_own(form, i)) {
			if (!strcmp(form->fields[i].column, "data_collection_stage"))
				stage = n;
			if (!strcmp(form->fields[i].column, "information_date"))
				date = n;
			cols[n++] = (int)i;
		}
	rows = record_list(db, form, cols, n, "enrollment_id", id, date, true, MAX_RECORDS, 0);
	if (!rows) {
		*err = xstrdup(db_error(db));
		free(cols);
		return false;
	}
	choice_lists_load(db, form, &lists);
	ctx = (struct field_context){ .today = date_today(), .lists = lists.lists, .nlists = lists.n };
	entry = newest_at(rows, stage, STAGE_ENTRY);
	exit = newest_at(rows, stage, STAGE_EXIT);
	add_line(out, xasprintf("%s: entry %s, exit %s", form->title,
	                        entry >= 0 ? db_rows_get(rows, entry, date + 1) : "not taken",
	                        exit >= 0 ? db_rows_get(rows, exit, date + 1) : "not taken"),
	         NULL, NULL, false);
	for (int c = 0; c < n; c++) {
		const struct form_field *f = &form->fields[cols[c]];
		char *a, *b;
		if (!compared(form, (size_t)cols[c]))
			continue;
		a = shown(f, rows, entry, c, &ctx);
		b = shown(f, rows, exit, c, &ctx);
		add_line(out, xstrdup(f->label), a, b, entry >= 0 && exit >= 0 && strcmp(a, b));
	}
	choice_lists_free(&lists);
	db_rows_free(rows);
	free(cols);
	return true;
}

static bool is_element(const struct form *form)
{
	return form_column_field(form, "enrollment_id") >= 0
	       && form_column_field(form, "data_collection_stage") >= 0
	       && form_column_field(form, "information_date") >= 0;
}

/* Elements in the order of their menu entries. */
static int by_rank(const void *a, const void *b)
{
	const struct form *x = *(const struct form *const *)a, *y = *(const struct form *const *)b;

	return x->place.rank != y->place.rank ? (x->place.rank > y->place.rank ? 1 : -1)
	       : strcmp(x->name, y->name);
}

bool compare_enrollment(struct db *db, const struct form *const *forms, size_t n,
                        const char *id, struct comparison *out, char **err)
{
	const struct form **elements = xcalloc(n + 1, sizeof *elements);
	size_t m = 0;
	bool ok = true;

	*out = (struct comparison){ 0 };
	*err = NULL;
	for (size_t i = 0; i < n; i++)
		if (is_element(forms[i]))
			elements[m++] = forms[i];
	qsort(elements, m, sizeof *elements, by_rank);
	for (size_t i = 0; i < m && ok; i++)
		ok = compare_form(db, elements[i], id, out, err);
	free(elements);
	return ok;
}

void comparison_free(struct comparison *c)
{
	for (int i = 0; i < c->n; i++) {
		free(c->lines[i].label);
		free(c->lines[i].entry);
		free(c->lines[i].exit);
	}
	free(c->lines);
	*c = (struct comparison){ 0 };
}
