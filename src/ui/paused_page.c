/* paused_page.c: Home > Paused Operations: the user's own unfinished forms,
 * to resume (Enter) or delete (Delete, twice). */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../paused.h"
#include "list.h"
#include "draw.h"
#include "pages.h"
#include "theme.h"

static const struct list_column columns[] = { { "Paused", 17 }, { "Step", 4 }, { "Operation", 0 } };
enum { ACT_RESUME, ACT_DELETE };
static const struct list_action actions[] = { { ACT_RESUME, "Resume" }, { ACT_DELETE, "Delete" } };

static struct {
	struct paused *ops;
	int n;
	struct list list;
	char step[8];
	bool delete_asked;
} pp;

static const char *cell(void *ctx, int row, int col)
{
	(void)ctx;
	if (col == 0)
		return pp.ops[row].when;
	if (col == 1) {
		snprintf(pp.step, sizeof pp.step, "%d", pp.ops[row].step);
		return pp.step;
	}
	return pp.ops[row].title;
}

static int compare(const void *a, const void *b)
{
	const struct paused *x = a, *y = b;
	int c;

	switch (pp.list.sort) {
	case 0: c = strcmp(x->when, y->when); break;
	case 1: c = x->step - y->step; break;
	default: c = strcasecmp(x->title, y->title); break;
	}
	return pp.list.desc ? -c : c;
}

static void load(struct app *app)
{
	char *err = NULL;

	paused_free_all(pp.ops, pp.n);
	pp.ops = paused_list(app->s.db, &pp.n, &err);
	if (!pp.ops) {
		app_status(app, true, "%s", err);
		free(err);
		pp.n = 0;
	}
	pp.list = (struct list){ .cols = columns, .ncols = 3, .cell = cell, .nrows = pp.n,
	                         .actions = actions, .nactions = 2 };
	pp.delete_asked = false;
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	(void)app;
	draw_text(top, left, width, "Paused Operations", theme_attr(ROLE_TITLE), 0);
	if (pp.n == 0) {
		draw_text(top + 2, left, width, "You have no paused operations.", theme_attr(ROLE_LABEL), 0);
		return;
	}
	list_draw(&pp.list, top + 2, left, height - 2, width, true);
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	struct paused *p;
	char *err = NULL;
	enum list_event e = LIST_IGNORED;

	if (!(pp.n && is_key && k == KEY_DC))
		e = list_key(&pp.list, k, is_key, a, height - 2);
	if ((pp.n && is_key && k == KEY_DC) || (e == LIST_ACTION && pp.list.chosen == ACT_DELETE)) {
		p = &pp.ops[pp.list.sel];
		if (!pp.delete_asked) {
			pp.delete_asked = true;
			app_status(app, true, "Delete \"%s\" and what was typed in it? Press Delete to "
			           "delete it.", p->title);
			return R_REDRAW;
		}
		if (paused_delete(app->s.db, p->id, &err))
			app_status(app, false, "Deleted \"%s\".", p->title);
		else
			app_status(app, true, "%s", err);
		free(err);
		load(app);
		return R_REDRAW;
	}
	pp.delete_asked = false;
	switch (e) {
	case LIST_ACTION:
	case LIST_OPEN:
		p = &pp.ops[pp.list.sel];
		if (paused_load(app->s.db, p, &err) && form_resume(app, p))
			app_status(app, false, "Resumed \"%s\".", p->title);
		else if (err)
			app_status(app, true, "%s", err);
		free(err);
		return R_REDRAW;
	case LIST_IGNORED:
		return R_UNHANDLED;
	case LIST_RESORT:
		/* one page holds them all: sort them here */
		qsort(pp.ops, (size_t)pp.n, sizeof *pp.ops, compare);
		return R_REDRAW;
	default:
		return R_REDRAW;
	}
}

static void reset(struct app *app)
{
	(void)app;
	paused_free_all(pp.ops, pp.n);
	memset(&pp, 0, sizeof pp);
}

const struct page_ops paused_page = {
	.page = PAGE_PAUSED,
	.enter = load,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "Your paused operations: forms you paused (F4), or that hearth paused for you "
	        "when you logged out, the connection dropped or the database could not be "
	        "reached. Enter resumes one where you left it; Delete twice deletes it; F5 "
	        "offers both.",
};
