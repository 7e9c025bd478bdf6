/* records_page.c: the page of a form that declares one ([form] page): the
 * records of its kind kept about the entity bar's client (or family), the
 * list showing the form's `list` fields in its `order`; Enter edits a record
 * with the form, Insert adds one, Delete (twice) deletes one, as the form's
 * actions allow. What the list holds is what the sharing rules let the user
 * see. Each such page keeps its own state (records_state_new). */
#define _XOPEN_SOURCE_EXTENDED 1
#include "records_page.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../choice_lists.h"
#include "../db/db.h"
#include "../forms/field.h"
#include "../forms/form.h"
#include "../forms/record.h"
#include "../lookup.h"
#include "../record_rules.h"
#include "../util/xalloc.h"
#include "draw.h"
#include "form_hooks.h"
#include "form_page.h"
#include "list.h"
#include "pages.h"
#include "theme.h"

#define MAX_COLUMNS 8
#define MARK_WIDTH 2             /* the read-only mark's column */
#define TEXT_WIDTH 18            /* a column the form gives no width */
#define DATE_WIDTH 10

enum { ACT_EDIT, ACT_ADD, ACT_DELETE, ACT_OPENS };   /* ACT_OPENS + k: opens[k] */

struct records_state {
	const struct form *form;     /* set on the first visit */
	int fields[MAX_COLUMNS];     /* the form's field of each column */
	struct list_column cols[MAX_COLUMNS + 2];
	struct list_action actions[3 + FORM_OPENS_MAX];
	int first;                   /* the first of the form's columns (after the mark) */
	int nform;                   /* how many columns are the form's fields */
	struct record_mark *marks;   /* the form's `marks`: whose each row is, and */
	int nmarks;                  /* whether the user may only read it */
	struct db_rows *rows;
	char **names[MAX_COLUMNS];   /* a lookup column's names, a row each */
	char *shown;                 /* the cell last shown */
	struct choice_lists lists;   /* choice columns are shown by their labels */
	struct field_context ctx;
	struct list list;
	bool delete_asked;
};

void *records_state_new(void)
{
	return xcalloc(1, sizeof(struct records_state));
}

static struct records_state *state(const struct app *app)
{
	return app->page->state;
}

static bool may(const struct records_state *rp, unsigned action)
{
	return (rp->form->place.actions & action) != 0;
}

/* The mark columns: "RO" for a row the user may only read, and who made
 * it for which organization (as the database says, sql/050). */
static const char *mark_cell(struct records_state *rp, int row, int col)
{
	const struct record_mark *m = record_mark_of(rp->marks, rp->nmarks,
	                                             db_rows_get(rp->rows, row, 0));

	free(rp->shown);
	if (!m)
		rp->shown = xstrdup("");
	else if (col == 0)
		rp->shown = xstrdup(m->read_only ? "RO" : "");
	else
		rp->shown = xasprintf("%s (%s)", m->author, m->org);
	return rp->shown;
}

static const char *cell(void *ctx, int row, int col)
{
	struct records_state *rp = ctx;
	const struct form_field *f;

	if (rp->first && (col == 0 || col == rp->list.ncols - 1))
		return mark_cell(rp, row, col);
	col -= rp->first;
	f = &rp->form->fields[rp->fields[col]];
	free(rp->shown);
	if (rp->names[col] && rp->names[col][row])
		rp->shown = xasprintf("%s", rp->names[col][row]);
	else
		rp->shown = field_display(f, db_rows_get(rp->rows, row, col + 1), &rp->ctx);
	return rp->shown;
}

/* A column's width: the form's (widths), else by its type; the last takes
 * the rest of the line. */
static int width_of(const struct records_state *rp, int n, int f, bool last)
{
	if ((size_t)n < rp->form->place.nwidths)
		return rp->form->place.widths[n];
	if (last)
		return 0;
	return rp->form->fields[f].type == FIELD_DATE ? DATE_WIDTH : TEXT_WIDTH;
}

/* The actions F5 offers: Edit and Add as the form allows, the forms it
 * opens, and Delete (the one that destroys) last. */
static int set_actions(struct records_state *rp)
{
	int n = 0;

	if (may(rp, FORM_ACTION_EDIT))
		rp->actions[n++] = (struct list_action){ ACT_EDIT, "Edit" };
	if (may(rp, FORM_ACTION_ADD))
		rp->actions[n++] = (struct list_action){ ACT_ADD, "Add" };
	for (size_t k = 0; k < rp->form->place.nopens; k++)
		rp->actions[n++] = (struct list_action){ ACT_OPENS + (int)k,
		                                         rp->form->place.opens[k].label };
	if (may(rp, FORM_ACTION_DELETE))
		rp->actions[n++] = (struct list_action){ ACT_DELETE, "Delete" };
	return n;
}

/* The list's columns, from the form's `list`. */
static void set_columns(struct records_state *rp)
{
	const struct form *form = rp->form;
	struct list_column *cols = rp->cols + (form->marks ? 1 : 0);
	size_t i;
	int n = 0, f;

	rp->first = form->marks ? 1 : 0;
	for (i = 0; i < form->nlist && n < MAX_COLUMNS; i++) {
		if ((f = form_field_find(form, form->list[i])) < 0)
			continue;
		rp->fields[n] = f;
		cols[n].title = form->fields[f].label;
		cols[n].width = width_of(rp, n, f, !rp->first && i + 1 == form->nlist);
		n++;
	}
	if (rp->first) {         /* the mark first, who made it last */
		rp->cols[0] = (struct list_column){ "RO", MARK_WIDTH };
		cols[n] = (struct list_column){ "By", 0 };
	}
	rp->nform = n;
	rp->list = (struct list){ .cols = rp->cols, .ncols = n + 2 * rp->first, .cell = cell,
	                          .ctx = rp, .actions = rp->actions, .nactions = set_actions(rp),
	                          .desc = form->order_desc, .sort_first = rp->first,
	                          .sort_end = n + rp->first, .sort = rp->first };
	for (i = 0; form->order && i < (size_t)n; i++)
		if (rp->fields[i] == form_field_find(form, form->order))
			rp->list.sort = (int)i + rp->first;
}

static void free_names(struct records_state *rp)
{
	for (int c = 0; c < MAX_COLUMNS; c++) {
		lookup_names_free(rp->names[c], rp->rows ? db_rows_count(rp->rows) : 0);
		rp->names[c] = NULL;
	}
	record_marks_free(rp->marks, rp->nmarks);
	rp->marks = NULL;
	rp->nmarks = 0;
}

/* The names of the records the lookup columns point at, a query a column. */
static void name_lookups(struct app *app, struct records_state *rp)
{
	int n = db_rows_count(rp->rows);

	for (int c = 0; c < rp->nform; c++) {
		const struct form_field *f = &rp->form->fields[rp->fields[c]];
		const char **ids;
		if (f->type != FIELD_LOOKUP)
			continue;
		ids = xcalloc((size_t)n + 1, sizeof *ids);
		for (int r = 0; r < n; r++)
			ids[r] = db_rows_get(rp->rows, r, c + 1);
		rp->names[c] = lookup_names(app->s.db, f->lookup, ids, n);
		free(ids);
	}
}

/* The form's `marks`: whose each row is, and which the user may only read. */
static void load_marks(struct app *app, struct records_state *rp)
{
	int n = db_rows_count(rp->rows);
	const char **ids;

	if (!rp->form->marks || n == 0)
		return;
	ids = xcalloc((size_t)n + 1, sizeof *ids);
	for (int r = 0; r < n; r++)
		ids[r] = db_rows_get(rp->rows, r, 0);
	rp->nmarks = record_marks(app->s.db, rp->form->table, ids, n, &rp->marks);
	if (rp->nmarks < 0)
		rp->nmarks = 0;
	free(ids);
}

/* Whose records the page lists: the client's, its family's, or (a page
 * without a parent) every one the user may see. */
static const char *owner(const struct app *app, const struct records_state *rp)
{
	switch (rp->form->place.parent) {
	case FORM_PARENT_CLIENT:
		return app->client.id;
	case FORM_PARENT_FAMILY:
		return app->client.family.id;
	default:
		return NULL;
	}
}

static void load(struct app *app)
{
	struct records_state *rp = state(app);

	free_names(rp);
	db_rows_free(rp->rows);
	rp->rows = NULL;
	rp->list.nrows = 0;
	rp->rows = record_list(app->s.db, rp->form, rp->fields, rp->nform,
	                       form_parent_column(rp->form->place.parent), owner(app, rp),
	                       rp->list.sort - rp->first, rp->list.desc,
	                       LIST_PAGE_ROWS + 1, rp->list.page * LIST_PAGE_ROWS);
	if (!rp->rows) {
		app_status(app, true, "%s", db_error(app->s.db));
		return;
	}
	name_lookups(app, rp);
	load_marks(app, rp);
	form_hooks_listed(app, rp->form);
	rp->list.more = db_rows_count(rp->rows) > LIST_PAGE_ROWS;
	rp->list.nrows = rp->list.more ? LIST_PAGE_ROWS : db_rows_count(rp->rows);
	if (rp->list.sel >= rp->list.nrows)
		rp->list.sel = rp->list.nrows ? rp->list.nrows - 1 : 0;
}

static void enter(struct app *app)
{
	struct records_state *rp = state(app);

	rp->form = app->page->form;
	rp->delete_asked = false;
	choice_lists_free(&rp->lists);
	choice_lists_load(app->s.db, rp->form, &rp->lists);
	rp->ctx = (struct field_context){ .today = date_today(), .lists = rp->lists.lists,
	                                  .nlists = rp->lists.n };
	set_columns(rp);
	load(app);
}

static void returned(struct app *app)
{
	if (state(app)->form)
		load(app);       /* what was selected stays */
	else
		enter(app);
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	struct records_state *rp = state(app);

	draw_text(top, left, width, app->page->title, theme_attr(ROLE_TITLE), 0);
	if (!rp->form)
		return;
	if (rp->list.nrows == 0) {
		draw_text(top + 2, left, width, rp->form->place.empty ? rp->form->place.empty
		          : "Nothing here you may see.", theme_attr(ROLE_LABEL), 0);
		if (may(rp, FORM_ACTION_ADD))
			draw_text(top + 3, left, width, "Insert adds one.", theme_attr(ROLE_LABEL), 0);
		return;
	}
	list_draw(&rp->list, top + 2, left, height - 2, width, true);
}

/* The newest record of the parent (by the form's order), read whole for a
 * new one to start from (`carry = last`): its id, or NULL when none. */
static char *newest_id(struct app *app, struct records_state *rp)
{
	int order = form_field_find(rp->form, rp->form->order);
	struct db_rows *rows = record_list(app->s.db, rp->form, &order, 1,
	                                   form_parent_column(rp->form->place.parent),
	                                   owner(app, rp), 0, rp->form->order_desc, 1, 0);
	char *id = rows && db_rows_count(rows) ? xstrdup(db_rows_get(rows, 0, 0)) : NULL;

	db_rows_free(rows);
	return id;
}

/* Into names[]/values[] from n on: the values of the newest record that a
 * new one carries (every field of the form's table but the parent's key,
 * those with a default and the `fresh` ones); *held keeps them. Returns the
 * new count. */
static int carry_last(struct app *app, struct records_state *rp, const char **names,
                      const char **values, int n, char ***held)
{
	const struct form *form = rp->form;
	const char *key = form_parent_column(form->place.parent);
	char *id = newest_id(app, rp), *stamp = NULL;

	*held = NULL;
	if (!id || record_read(app->s.db, form, id, &rp->ctx, held, &stamp) != RECORD_DONE) {
		free(id);
		return n;
	}
	for (size_t i = 0; i < form->nfields; i++) {
		const struct form_field *f = &form->fields[i];
		if ((*held)[i] && !f->def && !f->fresh && !(key && !strcmp(f->column, key)))
			names[n] = f->name, values[n++] = (*held)[i];
	}
	free(id);
	free(stamp);
	return n;
}

/* A new record, its client (and family) filled in; with `carry = last`,
 * started from the newest, which the status line says. */
static void add(struct app *app, struct records_state *rp)
{
	const char **names = xcalloc(rp->form->nfields + 3, sizeof *names);
	const char **values = xcalloc(rp->form->nfields + 3, sizeof *values);
	const struct form_hooks none = { 0 };
	char **held = NULL;
	int f, n = 0, filled;

	if (!may(rp, FORM_ACTION_ADD)) {
		app_status(app, true, "%s: records are only read here.", app->page->title);
		free(names);
		free(values);
		return;
	}
	for (f = 0; f < (int)rp->form->nfields && n < 2; f++) {
		const char *col = rp->form->fields[f].column;
		if (!strcmp(col, "client_id") || !strcmp(col, "family_id")) {
			names[n] = rp->form->fields[f].name;
			values[n++] = strcmp(col, "client_id") ? app->client.family.id : app->client.id;
		}
	}
	filled = n;
	if (rp->form->place.carry_last)
		n = carry_last(app, rp, names, values, n, &held);
	if (form_open(app, rp->form->name, names, values, n, &none) && n > filled)
		app_status(app, false, "Started from the last %s: what it said is filled in; check "
		           "each value before F2.", rp->form->title);
	record_values_free(rp->form, held);
	free(names);
	free(values);
}

/* The selected row's id; NULL, with a sentence, for a row of the form's
 * `view` that is the client's intake, not a record of its own. */
static const char *selected_id(struct app *app, struct records_state *rp)
{
	const char *id = db_rows_get(rp->rows, rp->list.sel, 0);

	if (!id)
		app_status(app, true, "This row is the client's intake (what is true now): Edit "
		           "Client changes it.");
	return id;
}

static enum reaction delete_row(struct app *app, struct records_state *rp)
{
	const char *id = selected_id(app, rp);

	if (!id)
		return R_REDRAW;
	if (!may(rp, FORM_ACTION_DELETE)) {
		app_status(app, true, "%s: records are not deleted here.", app->page->title);
		return R_REDRAW;
	}
	if (!rp->delete_asked) {
		rp->delete_asked = true;
		app_status(app, true, "Delete this %s? Press Delete again to delete it.",
		           rp->form->title);
		return R_REDRAW;
	}
	rp->delete_asked = false;
	app_status_deleted(app, rp->form->place.deleted_at
	                        ? record_mark_deleted(app->s.db, rp->form->table,
	                                              rp->form->place.deleted_at, id)
	                        : record_delete(app->s.db, rp->form->table, id));
	load(app);
	return R_REDRAW;
}

static void open_selected(struct app *app, struct records_state *rp)
{
	if (!rp->list.nrows || !selected_id(app, rp))
		return;
	if (may(rp, FORM_ACTION_EDIT))
		form_edit(app, rp->form->name, selected_id(app, rp), NULL);
	else
		app_status(app, true, "%s: records are only read here.", app->page->title);
}

/* One of the forms (or pages: "@name") the page opens, on the selected record. */
static void open_other(struct app *app, struct records_state *rp, int k)
{
	const char *to = rp->form->place.opens[k].form, *id;

	if (!rp->list.nrows || !(id = selected_id(app, rp)))
		return;
	if (to[0] != '@') {
		form_edit(app, to, id, NULL);
	} else if (page_named(to + 1)) {
		snprintf(app->opened_record, sizeof app->opened_record, "%s", id);
		app_open_page(app, to + 1);
	} else {
		app_status(app, true, "%s: hearth has no page \"%s\".", rp->form->place.opens[k].label,
		           to + 1);
	}
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	struct records_state *rp = state(app);
	enum list_event e;

	if (!rp->form)
		return R_UNHANDLED;
	if (a == A_ADD) {
		add(app, rp);
		return R_REDRAW;
	}
	if (a == A_DELETE && rp->list.nrows)
		return delete_row(app, rp);
	rp->delete_asked = false;
	e = list_key(&rp->list, k, is_key, a, height - 2);
	if (e == LIST_ACTION && rp->list.chosen == ACT_ADD) {
		add(app, rp);
	} else if (e == LIST_ACTION && rp->list.chosen == ACT_DELETE) {
		rp->delete_asked = true;
		return delete_row(app, rp);
	} else if (e == LIST_ACTION && rp->list.chosen >= ACT_OPENS) {
		open_other(app, rp, rp->list.chosen - ACT_OPENS);
	} else if (e == LIST_OPEN || e == LIST_ACTION) {
		open_selected(app, rp);
	} else if (e == LIST_PAGE || e == LIST_RESORT) {
		load(app);
	} else if (e == LIST_IGNORED) {
		return R_UNHANDLED;
	}
	return R_REDRAW;
}

static void reset(struct page *page)
{
	struct records_state *rp = page->state;

	free_names(rp);
	db_rows_free(rp->rows);
	free(rp->shown);
	choice_lists_free(&rp->lists);
	memset(rp, 0, sizeof *rp);
}

/* The form's help for its page, then what the keys do on it. */
static const char *help_now(const struct app *app)
{
	static char text[1024];
	const struct form *form = app->page->form;
	unsigned a = form->place.actions;

	snprintf(text, sizeof text, "%s%s%s%s%s%s You see what your organization may see; you "
	         "change only your organization's.%s",
	         form->place.help ? form->place.help : "", form->place.help ? " " : "",
	         a & FORM_ACTION_EDIT ? "Enter edits the selected one, " : "",
	         a & FORM_ACTION_ADD ? "Insert adds one, " : "",
	         a & FORM_ACTION_DELETE ? "Delete (twice) deletes one, " : "",
	         a ? "F5 offers them." : "The records are only read here.",
	         form->marks ? " Where a list shows RO, the record is yours to read only (By "
	                       "says whose it is), and it opens read-only." : "");
	return text;
}

/* What the page's keys do, as the form allows. */
static int hints(const struct app *app, struct hint *h)
{
	const struct form *form = app->page->form;
	int n = 0;

	if (form->place.actions & FORM_ACTION_EDIT)
		h[n++] = (struct hint){ A_OPEN, "edit" };
	if (form->place.actions & FORM_ACTION_ADD)
		h[n++] = (struct hint){ A_ADD, "add" };
	if (form->place.actions & FORM_ACTION_DELETE)
		h[n++] = (struct hint){ A_DELETE, "delete" };
	if (form->place.actions || form->place.nopens)
		h[n++] = (struct hint){ A_MENU, "actions" };
	return n;
}

const struct page_ops records_page = {
	.enter = enter, .returned = returned, .draw = draw, .key = key, .reset = reset,
	.help_now = help_now, .hints = hints,
};
