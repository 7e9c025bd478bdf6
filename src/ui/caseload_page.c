/* caseload_page.c: Home > My Caseload: the clients the user is an active
 * case manager of, in the list widget; Enter opens one. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "../client.h"
#include "list.h"
#include "draw.h"
#include "pages.h"
#include "theme.h"

static const struct list_column columns[CC_COUNT] = {
	{ "ID", 7 }, { "Last name", 14 }, { "First name", 12 }, { "Birth date", 10 },
	{ "SSN", 4 }, { "Organization", 0 },
};

static struct {
	struct client_page results;
	struct list list;
} cl;

static const char *cell(void *ctx, int row, int col)
{
	(void)ctx;
	return cl.results.rows[row].cell[col];
}

static void load(struct app *app)
{
	struct client_query q = { .caseload = true };
	char *err = NULL;

	client_page_free(&cl.results);
	if (!client_find(app->s.db, &q, (enum client_col)cl.list.sort, cl.list.desc,
	                 cl.list.page * LIST_PAGE_ROWS, LIST_PAGE_ROWS, &cl.results, &err)) {
		app_status(app, true, "%s", err);
		free(err);
	}
	cl.list.nrows = cl.results.nrows;
	cl.list.more = cl.results.more;
	cl.list.sel = cl.list.top = 0;
}

static void enter(struct app *app)
{
	if (!cl.list.cols)
		cl.list = (struct list){ .cols = columns, .ncols = CC_COUNT, .cell = cell,
		                         .sort = CC_LAST };
	load(app);
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	(void)app;
	draw_text(top, left, width, "My Caseload", theme_attr(ROLE_TITLE), 0);
	if (cl.list.nrows == 0 && cl.list.page == 0) {
		draw_text(top + 2, left, width, "No client is assigned to you.", theme_attr(ROLE_LABEL), 0);
		return;
	}
	list_draw(&cl.list, top + 2, left, height - 2, width, true);
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	switch (list_key(&cl.list, k, is_key, a, height - 2)) {
	case LIST_OPEN:
		client_page_show(app, cl.results.rows[cl.list.sel].cell[CC_ID]);
		return R_REDRAW;
	case LIST_RESORT:
	case LIST_PAGE:
		load(app);
		return R_REDRAW;
	case LIST_MOVED:
		return R_REDRAW;
	default:
		return R_UNHANDLED;
	}
}

static void reset(struct app *app)
{
	(void)app;
	client_page_free(&cl.results);
	memset(&cl, 0, sizeof cl);
}

const struct page_ops caseload_page = {
	.page = PAGE_CASELOAD,
	.enter = enter,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "The clients you are an active case manager of (you become one when you "
	        "complete a client's intake). It works like every list: > and < sort, PgDn "
	        "loads more, typing jumps, Enter opens the client.",
};
