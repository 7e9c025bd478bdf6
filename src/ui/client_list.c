/* client_list.c: the client lists' loading and keys. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "client_list.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "client_page.h"

static const struct list_column columns[CC_COUNT] = {
	{ "ID", 7 }, { "Last name", 14 }, { "First name", 12 }, { "Birth date", 10 },
	{ "SSN", 4 }, { "Organization", 0 },
};

enum { ACT_VIEW, ACT_EDIT };
static const struct list_action actions[] = {
	{ ACT_VIEW, "View the client" }, { ACT_EDIT, "Edit the client" },
};

static const char *cell(void *ctx, int row, int col)
{
	const struct client_list *cl = ctx;

	return cl->rows.rows[row].cell[col];
}

void client_list_init(struct client_list *cl)
{
	memset(cl, 0, sizeof *cl);
	cl->list = (struct list){ .cols = columns, .ncols = CC_COUNT, .cell = cell, .ctx = cl,
	                          .sort = CC_LAST, .actions = actions, .nactions = 2 };
}

bool client_list_load(struct app *app, struct client_list *cl)
{
	char *err = NULL;
	bool ok;

	client_page_free(&cl->rows);
	ok = client_find(app->s.db, &cl->q, (enum client_col)cl->list.sort, cl->list.desc,
	                 cl->list.page * LIST_PAGE_ROWS, LIST_PAGE_ROWS, &cl->rows, &err);
	if (!ok) {
		app_status(app, true, "%s", err);
		free(err);
	}
	cl->list.ctx = cl;
	cl->list.nrows = cl->rows.nrows;
	cl->list.more = cl->rows.more;
	cl->list.sel = cl->list.top = 0;
	return ok;
}

void client_list_draw(const struct client_list *cl, int y, int x, int height, int width,
                      bool focused)
{
	list_draw(&cl->list, y, x, height, width, focused);
}

enum reaction client_list_key(struct app *app, struct client_list *cl, wint_t key, bool is_key,
                              enum action a, int height)
{
	enum list_event e = list_key(&cl->list, key, is_key, a, height);

	switch (e) {
	case LIST_OPEN:
	case LIST_ACTION:
		/* Edit: the client becomes the current one, then its form opens */
		if (client_page_show(app, cl->rows.rows[cl->list.sel].cell[CC_ID])
		    && e == LIST_ACTION && cl->list.chosen == ACT_EDIT)
			edit_client(app);
		return R_REDRAW;
	case LIST_RESORT:
	case LIST_PAGE:
		client_list_load(app, cl);
		return R_REDRAW;
	case LIST_MOVED:
		return R_REDRAW;
	default:
		return R_UNHANDLED;
	}
}

void client_list_free(struct client_list *cl)
{
	client_page_free(&cl->rows);
}
