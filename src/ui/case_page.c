/* case_page.c: Case Members, opened from Enrollments (F5) on an
 * enrollment: the members of its case (its HUD household) that you may see,
 * the head first, each with their relationship and dates; Enter opens the
 * member's enrollment. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "../db/db.h"
#include "../enrollment.h"
#include "draw.h"
#include "form_page.h"
#include "list.h"
#include "pages.h"
#include "theme.h"

static struct {
	struct db_rows *rows;
	struct list list;
} cm;

static const struct list_column columns[] = {
	{ "Member", 24 }, { "Relationship", 18 }, { "Entry", 10 }, { "Exit", 0 },
};

static const char *cell(void *ctx, int row, int col)
{
	(void)ctx;
	return db_rows_get(cm.rows, row, col + 1);
}

static void load(struct app *app)
{
	int sel = cm.list.sel;

	db_rows_free(cm.rows);
	cm.rows = app->opened_record[0] ? enrollment_case_members(app->s.db, app->opened_record)
	          : NULL;
	if (!cm.rows && app->opened_record[0])
		app_status(app, true, "%s", db_error(app->s.db));
	cm.list = (struct list){ .cols = columns, .ncols = 4, .cell = cell,
	                         .nrows = cm.rows ? db_rows_count(cm.rows) : 0, .sort = -1 };
	cm.list.sel = sel < cm.list.nrows ? sel : 0;
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	(void)app;
	draw_text(top, left, width, "Case Members", theme_attr(ROLE_TITLE), 0);
	if (!cm.list.nrows) {
		draw_text(top + 2, left, width, "Choose an enrollment in Enrollments, then F5, Case "
		          "Members.", theme_attr(ROLE_LABEL), 0);
		return;
	}
	list_draw(&cm.list, top + 2, left, height - 2, width, true);
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	enum list_event e;

	if (!cm.list.nrows || a == A_SORT_PREV || a == A_SORT_NEXT)
		return R_UNHANDLED;      /* the head first, as the case is */
	e = list_key(&cm.list, k, is_key, a, height - 2);
	if (e == LIST_IGNORED)
		return R_UNHANDLED;
	if (e == LIST_OPEN)
		form_edit(app, "enrollment", db_rows_get(cm.rows, cm.list.sel, 0), NULL);
	return R_REDRAW;
}

static void reset(struct page *page)
{
	(void)page;
	db_rows_free(cm.rows);
	cm.rows = NULL;
	cm.list = (struct list){ 0 };
}

const struct page_ops case_page = {
	.name = "case_members", .title = "Case Members", .need = NEED_CLIENT,
	.enter = load,
	.returned = load,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "The members of the enrollment's case (its HUD household) that you may see, the "
	        "head first, with their relationship to the head and their entry and exit dates. "
	        "Enter opens a member's enrollment.",
};
