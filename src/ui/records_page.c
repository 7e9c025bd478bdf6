/* records_page.c: the records kept about the current client, one page per
 * kind (aliases, addresses, interested others, case managers, case notes,
 * the case notes of the entity bar's family), each made from its form file: the list shows the form's `list` fields in
 * its `order`; Enter edits a record with the form, Insert adds one, Delete
 * (twice) deletes one. What the list holds is what the sharing rules let the
 * user see. */
#define _XOPEN_SOURCE_EXTENDED 1
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
#include "list.h"
#include "pages.h"
#include "theme.h"

#define MAX_COLUMNS 8
#define MARK_WIDTH 2             /* the read-only mark's column */

/* Which form each page lists. */
static const struct {
	enum page page;
	const char *form;
	const char *none;            /* what an empty list says */
	bool family;                 /* the family's records (family_id), not the client's */
} kinds[] = {
	{ PAGE_ALIASES, "client_alias", "No alias you may see.", false },
	{ PAGE_ADDRESSES, "client_address", "No address history you may see.", false },
	{ PAGE_OTHERS, "interested_other", "No interested others you may see.", false },
	{ PAGE_CASE_MANAGERS, "case_manager", "No case manager you may see.", false },
	{ PAGE_CASE_NOTES, "case_note", "No case note you may see.", false },
	{ PAGE_FAMILY_NOTES, "family_note", "No family case note you may see.", true },
	{ PAGE_RELEASES, "release_exception", "No release exception you may see.", false },
	{ PAGE_ALERTS, "client_alert", "No alert about this client.", false },
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

enum { ACT_EDIT, ACT_ADD, ACT_DELETE };
static const struct list_action actions[] = {
	{ ACT_EDIT, "Edit" }, { ACT_ADD, "Add" }, { ACT_DELETE, "Delete" },
};

static struct {
	size_t kind;
	const struct form *form;
	int fields[MAX_COLUMNS];     /* the form's field of each column */
	struct list_column cols[MAX_COLUMNS + 2];
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
} rp;

static size_t kind_of(enum page p)
{
	size_t k;

	for (k = 0; k < NKINDS; k++)
		if (kinds[k].page == p)
			return k;
	return 0;
}

/* The mark columns: "RO" for a row the user may only read, and who made
 * it for which organization (as the database says, sql/050). */
static const char *mark_cell(int row, int col)
{
	const struct record_mark *m = record_mark_of(rp.marks, rp.nmarks,
	                                             db_rows_get(rp.rows, row, 0));

	free(rp.shown);
	if (!m)
		rp.shown = xstrdup("");
	else if (col == 0)
		rp.shown = xstrdup(m->read_only ? "RO" : "");
	else
		rp.shown = xasprintf("%s (%s)", m->author, m->org);
	return rp.shown;
}

static const char *cell(void *ctx, int row, int col)
{
	const struct form_field *f;

	(void)ctx;
	if (rp.first && (col == 0 || col == rp.list.ncols - 1))
		return mark_cell(row, col);
	col -= rp.first;
	f = &rp.form->fields[rp.fields[col]];
	free(rp.shown);
	if (rp.names[col] && rp.names[col][row])
		rp.shown = xasprintf("%s", rp.names[col][row]);
	else
		rp.shown = field_display(f, db_rows_get(rp.rows, row, col + 1), &rp.ctx);
	return rp.shown;
}

/* The list's columns, from the form's `list`. */
static void set_columns(void)
{
	size_t i;
	int n = 0, f;

	rp.first = rp.form->marks ? 1 : 0;
	struct list_column *cols = rp.cols + rp.first;

	for (i = 0; i < rp.form->nlist && n < MAX_COLUMNS; i++) {
		if ((f = form_field_find(rp.form, rp.form->list[i])) < 0)
			continue;
		rp.fields[n] = f;
		cols[n].title = rp.form->fields[f].label;
		cols[n].width = rp.form->fields[f].type == FIELD_DATE ? 10 : 18;
		n++;
	}
	if (rp.first) {          /* the mark first, who made it last */
		rp.cols[0] = (struct list_column){ "RO", MARK_WIDTH };
		cols[n] = (struct list_column){ "By", 0 };
	} else if (n) {
		cols[n - 1].width = 0;
	}
	rp.nform = n;
	rp.list = (struct list){ .cols = rp.cols, .ncols = n + 2 * rp.first, .cell = cell,
	                         .actions = actions, .nactions = 3, .desc = rp.form->order_desc,
	                         .sort_first = rp.first, .sort_end = n + rp.first,
	                         .sort = rp.first };
	for (i = 0; rp.form->order && i < (size_t)n; i++)
		if (rp.fields[i] == form_field_find(rp.form, rp.form->order))
			rp.list.sort = (int)i + rp.first;
}

static void free_names(void)
{
	int c;

	for (c = 0; c < MAX_COLUMNS; c++) {
		lookup_names_free(rp.names[c], rp.rows ? db_rows_count(rp.rows) : 0);
		rp.names[c] = NULL;
	}
	record_marks_free(rp.marks, rp.nmarks);
	rp.marks = NULL;
	rp.nmarks = 0;
}

/* The names of the records the lookup columns point at, a query a column. */
static void name_lookups(struct app *app)
{
	const char **ids;
	int c, r, n = db_rows_count(rp.rows);

	for (c = 0; c < rp.nform; c++) {
		const struct form_field *f = &rp.form->fields[rp.fields[c]];
		if (f->type != FIELD_LOOKUP)
			continue;
		ids = xcalloc((size_t)n + 1, sizeof *ids);
		for (r = 0; r < n; r++)
			ids[r] = db_rows_get(rp.rows, r, c + 1);
		rp.names[c] = lookup_names(app->s.db, f->lookup, ids, n);
		free(ids);
	}
}

/* The form's `marks`: whose each row is, and which the user may only read. */
static void load_marks(struct app *app)
{
	const char **ids;
	int r, n = db_rows_count(rp.rows);

	if (!rp.form->marks || n == 0)
		return;
	ids = xcalloc((size_t)n + 1, sizeof *ids);
	for (r = 0; r < n; r++)
		ids[r] = db_rows_get(rp.rows, r, 0);
	rp.nmarks = record_marks(app->s.db, rp.form->table, ids, n, &rp.marks);
	if (rp.nmarks < 0)
		rp.nmarks = 0;
	free(ids);
}

/* Whose records the page lists: the client's, or its family's (NULL: none). */
static const char *owner(const struct app *app)
{
	if (!app->has_client)
		return NULL;
	return kinds[rp.kind].family ? app->client.family.id : app->client.id;
}

static void load(struct app *app)
{
	free_names();
	db_rows_free(rp.rows);
	rp.rows = NULL;
	rp.list.nrows = 0;
	if (!rp.form || !owner(app))
		return;
	rp.rows = record_list(app->s.db, rp.form, rp.fields, rp.nform,
	                      kinds[rp.kind].family ? "family_id" : "client_id", owner(app),
	                      rp.list.sort - rp.first, rp.list.desc,
	                      LIST_PAGE_ROWS + 1, rp.list.page * LIST_PAGE_ROWS);
	if (!rp.rows) {
		app_status(app, true, "%s", db_error(app->s.db));
		return;
	}
	name_lookups(app);
	load_marks(app);
	if (kinds[rp.kind].page == PAGE_ALERTS)
		client_reload_alerts(app->s.db, &app->client);   /* the marker follows */
	rp.list.more = db_rows_count(rp.rows) > LIST_PAGE_ROWS;
	rp.list.nrows = rp.list.more ? LIST_PAGE_ROWS : db_rows_count(rp.rows);
	if (rp.list.sel >= rp.list.nrows)
		rp.list.sel = rp.list.nrows ? rp.list.nrows - 1 : 0;
}

static void enter(struct app *app)
{
	rp.kind = kind_of(app->page);
	rp.form = form_set_find(app->forms, kinds[rp.kind].form);
	rp.delete_asked = false;
	if (!rp.form) {
		app_status(app, true, "The form \"%s\" could not be loaded; see forms/.",
		            kinds[rp.kind].form);
		return;
	}
	choice_lists_free(&rp.lists);
	choice_lists_load(app->s.db, rp.form, &rp.lists);
	rp.ctx = (struct field_context){ .today = date_today(), .lists = rp.lists.lists,
	                                 .nlists = rp.lists.n };
	set_columns();
	load(app);
}

static void returned(struct app *app)
{
	if (rp.form && kind_of(app->page) == rp.kind)
		load(app);
	else
		enter(app);
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	draw_text(top, left, width, page_title(app->page), theme_attr(ROLE_TITLE), 0);
	if (!app->has_client) {
		draw_text(top + 2, left, width, "No client is selected; use Find Client.",
		          theme_attr(ROLE_LABEL), 0);
		return;
	}
	if (!rp.form)
		return;
	if (!owner(app)) {
		draw_text(top + 2, left, width, "The client is in no family; add one in Families.",
		          theme_attr(ROLE_LABEL), 0);
		return;
	}
	if (rp.list.nrows == 0) {
		draw_text(top + 2, left, width, kinds[rp.kind].none, theme_attr(ROLE_LABEL), 0);
		draw_text(top + 3, left, width, "Insert adds one.", theme_attr(ROLE_LABEL), 0);
		return;
	}
	list_draw(&rp.list, top + 2, left, height - 2, width, true);
}

/* A new record, its client (and family) filled in. */
static void add(struct app *app)
{
	const char *names[2], *values[2];
	const struct form_hooks none = { 0 };
	int f, n = 0;

	for (f = 0; f < (int)rp.form->nfields && n < 2; f++) {
		const char *col = rp.form->fields[f].column;
		if (!strcmp(col, "client_id") || !strcmp(col, "family_id")) {
			names[n] = rp.form->fields[f].name;
			values[n++] = strcmp(col, "client_id") ? app->client.family.id : app->client.id;
		}
	}
	form_open(app, rp.form->name, names, values, n, &none);
}

/* The selected row's id; NULL, with a sentence, for a row of the form's
 * `view` that is the client's intake, not a record of its own. */
static const char *selected_id(struct app *app)
{
	const char *id = db_rows_get(rp.rows, rp.list.sel, 0);

	if (!id)
		app_status(app, true, "This row is the client's intake (what is true now): Edit "
		           "Client changes it.");
	return id;
}

static enum reaction delete_row(struct app *app)
{
	const char *id = selected_id(app);

	if (!id)
		return R_REDRAW;
	if (!rp.delete_asked) {
		rp.delete_asked = true;
		app_status(app, true, "Delete this %s? Press Delete again to delete it.",
		           rp.form->title);
		return R_REDRAW;
	}
	rp.delete_asked = false;
	app_status_deleted(app, record_delete(app->s.db, rp.form->table, id));
	load(app);
	return R_REDRAW;
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	enum list_event e;

	if (!rp.form || !owner(app))
		return R_UNHANDLED;
	if (a == A_ADD) {
		add(app);
		return R_REDRAW;
	}
	if (a == A_DELETE && rp.list.nrows)
		return delete_row(app);
	rp.delete_asked = false;
	e = list_key(&rp.list, k, is_key, a, height - 2);
	if (e == LIST_ACTION && rp.list.chosen == ACT_ADD) {
		add(app);
	} else if (e == LIST_ACTION && rp.list.chosen == ACT_DELETE) {
		rp.delete_asked = true;
		return delete_row(app);
	} else if ((e == LIST_OPEN || e == LIST_ACTION) && rp.list.nrows && selected_id(app)) {
		form_edit(app, rp.form->name, selected_id(app), NULL);
	} else if (e == LIST_PAGE || e == LIST_RESORT) {
		load(app);
	} else if (e == LIST_IGNORED) {
		return R_UNHANDLED;
	}
	return R_REDRAW;
}

static void reset(struct app *app)
{
	(void)app;
	free_names();
	db_rows_free(rp.rows);
	free(rp.shown);
	choice_lists_free(&rp.lists);
	memset(&rp, 0, sizeof rp);
}

#define RECORDS_PAGE(p, text)                                                          \
	{ .page = p, .enter = enter, .returned = returned, .draw = draw, .key = key,      \
	  .reset = reset, .help = text " Enter edits the selected one, Insert adds one, "   \
	  "Delete (twice) deletes one, F5 offers all three. You see what your organization " \
	  "may see; you change only your organization's. Where a list shows RO, the record " \
	  "is yours to read only (By says whose it is), and it opens read-only." }

const struct page_ops records_pages[] = {
	RECORDS_PAGE(PAGE_ALIASES, "The client's other names: aliases added by hand, and the "
	             "former names kept when the name was changed."),
	RECORDS_PAGE(PAGE_ADDRESSES, "The client's address history: the address now (kind "
	             "current, from the intake; Edit Client changes it), addresses added by hand, "
	             "and the former addresses kept when the address was changed."),
	RECORDS_PAGE(PAGE_OTHERS, "Interested others: emergency contacts, physicians, "
	             "counsellors, friends, family; whether they know of the client's situation."),
	RECORDS_PAGE(PAGE_CASE_MANAGERS, "Who works with the client. The user who completes the "
	             "intake is the first; add more, and end one (an end date) to make it inactive."),
	RECORDS_PAGE(PAGE_CASE_NOTES, "The case notes about the client."),
	RECORDS_PAGE(PAGE_ALERTS, "Alerts about the client: what everyone who may see the client "
	             "should know first. The dashboard and the entity bar show how many hold today."),
	RECORDS_PAGE(PAGE_RELEASES, "Release exceptions: organizations the client lets yours "
	             "share with, from one date to another. You see the ones your organization "
	             "granted, and the ones granted to it."),
	RECORDS_PAGE(PAGE_FAMILY_NOTES, "The case notes about the family in the entity bar, each "
	             "written under one of its members; a new one starts from the Family "
	             "Information template."),
};
const size_t records_page_count = sizeof records_pages / sizeof records_pages[0];
