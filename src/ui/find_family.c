/* find_family.c: Find Family: families by name, by the ZIP code (or its
 * start) or the city their members live in; blank finds every family the
 * user may see. Enter on a result opens the family's members, with the
 * member found first (its head when the user sees it) as the client. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../family.h"
#include "client_page.h"
#include "draw.h"
#include "family_members.h"
#include "list.h"
#include "pages.h"
#include "theme.h"

#define TEXT_WIDTH 30

static const struct list_column columns[] = { { "Family", 30 }, { "Members", 7 },
                                              { "Lives in", 0 } };

static struct {
	struct input text;
	bool ready, searched, in_list;
	struct family_found_list found;
	struct list list;
	char cell[16];
} ff;

static const char *cell(void *ctx, int row, int col)
{
	const struct family_found *f = &ff.found.rows[row];

	(void)ctx;
	if (col == 0)
		return f->name;
	if (col == 2)
		return f->places;
	snprintf(ff.cell, sizeof ff.cell, "%d", f->members);
	return ff.cell;
}

static void enter(struct app *app)
{
	(void)app;
	ff.in_list = false;
	if (ff.ready)
		return;              /* back again: the search and its results stay */
	input_init(&ff.text, 60, false);
	ff.ready = true;
}

static void search(struct app *app)
{
	char text[256], *err = NULL;

	input_get(&ff.text, text, sizeof text);
	family_found_free(&ff.found);
	ff.searched = false;
	if (!family_find(app->s.db, text, LIST_PAGE_ROWS, &ff.found, &err)) {
		app_status(app, true, "%s", err);
		free(err);
		return;
	}
	ff.list = (struct list){ .cols = columns, .ncols = 3, .cell = cell, .nrows = ff.found.n,
	                         .more = ff.found.more, .sort = -1 };
	ff.searched = true;
	ff.in_list = ff.found.n > 0;
	app_status(app, false, ff.found.n == 0 ? "No family you may see matches." : "%d%s found.",
	           ff.found.n, ff.found.more ? " or more (type more to narrow)" : "");
}

/* Open the family: its member found becomes the client, the family its own. */
static void open_family(struct app *app)
{
	const struct family_found *f = &ff.found.rows[ff.list.sel];

	if (!f->member_id[0]) {
		app_status(app, true, "No member of \"%s\" is a client you may see, so it cannot be "
		           "opened.", f->name);
		return;
	}
	if (!client_select(app, f->member_id))
		return;
	family_show(app, f->id);
	app_open_page(app, "family_members");
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	(void)app;
	draw_text(top, left, width, "Find Family", theme_attr(ROLE_TITLE), 0);
	draw_text(top + 1, left, width, "Family name, ZIP code or city", theme_attr(ROLE_LABEL), 0);
	input_draw(&ff.text, top + 2, left, TEXT_WIDTH,
	           theme_attr(ff.in_list ? ROLE_FIELD : ROLE_FIELD_ACTIVE), false);
	if (ff.searched)
		list_draw(&ff.list, top + 4, left, height - 4, width, ff.in_list);
	else
		draw_wrapped(top + 4, left, width, 3, "Type part of a family's name, a ZIP code (or "
		             "its start) or a city, and press Enter; blank finds every family you "
		             "may see.", theme_attr(ROLE_LABEL));
	if (!ff.in_list) {
		curs_set(1);
		input_draw(&ff.text, top + 2, left, TEXT_WIDTH, theme_attr(ROLE_FIELD_ACTIVE), true);
	}
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	enum list_event e;

	if (ff.in_list) {
		if (a == A_NEXT_FIELD || a == A_PREV_FIELD) {
			ff.in_list = false;
			return R_REDRAW;
		}
		e = list_key(&ff.list, k, is_key, a, height - 6);
		if (e == LIST_OPEN && ff.found.n)
			open_family(app);
		return e == LIST_IGNORED ? R_UNHANDLED : R_REDRAW;
	}
	if (a == A_OPEN) {
		search(app);
		return R_REDRAW;
	}
	if ((a == A_NEXT_FIELD || a == A_PREV_FIELD || a == A_DOWN) && ff.searched && ff.found.n) {
		ff.in_list = true;
		return R_REDRAW;
	}
	return input_key(&ff.text, k, is_key) ? R_REDRAW : R_UNHANDLED;
}

static void reset(struct page *page)
{
	(void)page;
	family_found_free(&ff.found);
	memset(&ff, 0, sizeof ff);
}

const struct page_ops find_family_page = {
	.name = "find_family", .title = "Find Family",
	.enter = enter,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "Find a family (household) you may see: type part of its name (\"Banks\"), a ZIP "
	        "code or its start (\"972\"), or a city its members live in, and press Enter; "
	        "blank finds every family. Tab goes between the text and the results; Enter on a "
	        "result opens the family's members, with its head (or the first member you may "
	        "see) as the client.",
};
