/* related_page.c: View Related Assessments, opened from Assessments (F5) on
 * a master assessment: the kinds of record taken with it, each done (its
 * record opens) or not started (Enter starts it, filled in from the master:
 * client, enrollment, date, stage and the master itself). */
#define _XOPEN_SOURCE_EXTENDED 1
#include "records_page.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../forms/field.h"
#include "../forms/form.h"
#include "../forms/record.h"
#include "../related.h"
#include "../util/date.h"
#include "../util/xalloc.h"
#include "draw.h"
#include "form_page.h"
#include "list.h"
#include "pages.h"
#include "theme.h"

#define MASTER "assessment"      /* the master assessment's form */

/* The master's columns a related record starts from, and theirs. */
static const char *const master_columns[] = { "client_id", "enrollment_id", "assessment_date",
                                              "data_collection_stage", "id" };
static const char *const element_columns[] = { "client_id", "enrollment_id", "information_date",
                                               "data_collection_stage", "assessment_id" };
#define NCOLUMNS 5

static struct {
	char *values[NCOLUMNS];      /* the master's, by master_columns */
	char *type;                  /* its assessment type */
	struct related *kinds;
	int n;
	struct list list;
} rl;

static const struct list_column columns[] = { { "Assessment", 32 }, { "Status", 0 } };

static const char *cell(void *ctx, int row, int col)
{
	(void)ctx;
	if (col == 0)
		return rl.kinds[row].form->title;
	return rl.kinds[row].record ? "done" : "not started";
}

static void forget(void)
{
	for (int i = 0; i < NCOLUMNS; i++) {
		free(rl.values[i]);
		rl.values[i] = NULL;
	}
	free(rl.type);
	rl.type = NULL;
	related_free(rl.kinds, rl.n);
	rl.kinds = NULL;
	rl.n = 0;
	rl.list.nrows = 0;
}

/* The value of the master's `column` (read with its form), a new string. */
static char *value_of(const struct form *form, char **values, const char *column)
{
	int f = form_column_field(form, column);

	return f >= 0 && values[f] ? xstrdup(values[f]) : NULL;
}

/* Read the master the list opened this page on, and its related kinds. */
static void load(struct app *app)
{
	const struct form *master = form_set_find(app->forms, MASTER);
	struct field_context ctx = { .today = date_today() };
	char **values = NULL, *stamp = NULL, *err = NULL;

	forget();
	if (!master || !app->opened_record[0]
	    || record_read(app->s.db, master, app->opened_record, &ctx, &values, &stamp) != RECORD_DONE) {
		app_status(app, true, "Choose an assessment in Assessments, then F5, View Related "
		           "Assessments.");
		return;
	}
	for (int i = 0; i < NCOLUMNS - 1; i++)
		rl.values[i] = value_of(master, values, master_columns[i]);
	rl.values[NCOLUMNS - 1] = xstrdup(app->opened_record);
	rl.type = value_of(master, values, "assessment_type");
	record_values_free(master, values);
	free(stamp);
	rl.n = related_list(app->s.db, (const struct form *const *)app->forms->forms,
	                    app->forms->n, app->opened_record, rl.type, &rl.kinds, &err);
	if (rl.n < 0) {
		app_status(app, true, "%s", err);
		free(err);
		rl.n = 0;
	}
	rl.list = (struct list){ .cols = columns, .ncols = 2, .cell = cell, .nrows = rl.n,
	                         .sel = rl.list.sel < rl.n ? rl.list.sel : 0, .sort_first = 2,
	                         .sort_end = 2, .sort = -1 };
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	char line[256];

	(void)app;
	draw_text(top, left, width, "Related Assessments", theme_attr(ROLE_TITLE), 0);
	if (!rl.values[NCOLUMNS - 1])
		return;
	snprintf(line, sizeof line, "Taken with assessment %s (%s, %s)", rl.values[NCOLUMNS - 1],
	         rl.type ? rl.type : "no type", rl.values[2] ? rl.values[2] : "no date");
	draw_text(top + 1, left, width, line, theme_attr(ROLE_LABEL), 0);
	if (rl.n == 0)
		draw_text(top + 3, left, width, "No kind of record is taken with this assessment.",
		          theme_attr(ROLE_LABEL), 0);
	else
		list_draw(&rl.list, top + 3, left, height - 3, width, true);
}

/* A related kind not started: its form, filled in from the master. */
static void start(struct app *app, const struct form *form)
{
	const char *names[NCOLUMNS], *values[NCOLUMNS];
	const struct form_hooks none = { 0 };
	int n = 0;

	for (int c = 0; c < NCOLUMNS; c++) {
		int f = form_column_field(form, element_columns[c]);
		if (f >= 0 && rl.values[c]) {
			names[n] = form->fields[f].name;
			values[n++] = rl.values[c];
		}
	}
	form_open(app, form->name, names, values, n, &none);
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	enum list_event e;
	const struct related *r;

	if (rl.n == 0 || a == A_SORT_PREV || a == A_SORT_NEXT)
		return R_UNHANDLED;      /* in the order of the menu, not sorted */
	e = list_key(&rl.list, k, is_key, a, height - 3);
	if (e == LIST_IGNORED)
		return R_UNHANDLED;
	if (e != LIST_OPEN)
		return R_REDRAW;
	r = &rl.kinds[rl.list.sel];
	if (r->record)
		form_edit(app, r->form->name, r->record, NULL);
	else
		start(app, r->form);
	return R_REDRAW;
}

static void reset(struct page *page)
{
	(void)page;
	forget();
	memset(&rl.list, 0, sizeof rl.list);
}

const struct page_ops related_page = {
	.name = "related_assessments", .title = "Related Assessments", .need = NEED_CLIENT,
	.enter = load,
	.returned = load,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "The kinds of record taken with the master assessment chosen in Assessments, "
	        "each done or not started. Enter opens one that is done, and starts one that is "
	        "not, filled in from the master: the client, the enrollment, the date, the stage.",
};
