/* compare_page.c: Clients > Entry and Exit: one of the current client's
 * enrollments (< and > choose which), and its data elements as taken
 * at entry and at exit, side by side, each changed value marked. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "../compare.h"
#include "../db/db.h"
#include "../forms/form.h"
#include "../util/xalloc.h"
#include "draw.h"
#include "pages.h"
#include "theme.h"

#define MARK_WIDTH 8             /* "changed" */

static struct {
	struct db_rows *enrollments;
	int at;                      /* the enrollment shown */
	struct comparison cmp;
	int top;                     /* the first line shown */
} cp;

static void compare(struct app *app)
{
	char *err = NULL;

	comparison_free(&cp.cmp);
	cp.top = 0;
	if (!cp.enrollments || cp.at >= db_rows_count(cp.enrollments))
		return;
	if (!compare_enrollment(app->s.db, (const struct form *const *)app->forms->forms,
	                        app->forms->n, db_rows_get(cp.enrollments, cp.at, 0), &cp.cmp,
	                        &err)) {
		app_status(app, true, "%s", err);
		free(err);
	}
}

static void load(struct app *app)
{
	db_rows_free(cp.enrollments);
	cp.enrollments = NULL;
	cp.at = 0;
	if (app->has_client && !(cp.enrollments = compare_enrollments(app->s.db, app->client.id)))
		app_status(app, true, "%s", db_error(app->s.db));
	compare(app);
}

static void draw_line(const struct compare_line *l, int y, int left, int width)
{
	int label = width * 2 / 5, value = (width - label - MARK_WIDTH) / 2;

	if (!l->entry) {
		draw_text(y, left, width, l->label, theme_attr(ROLE_TITLE), 0);
		return;
	}
	draw_text(y, left, label - 1, l->label, theme_attr(ROLE_LABEL), 0);
	draw_text(y, left + label, value - 1, l->entry, theme_attr(ROLE_NORMAL), 0);
	draw_text(y, left + label + value, value - 1, l->exit, theme_attr(ROLE_NORMAL), 0);
	if (l->changed)
		draw_text(y, left + label + 2 * value, MARK_WIDTH, "changed", theme_attr(ROLE_TITLE), 0);
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	char line[512];
	int n = cp.enrollments ? db_rows_count(cp.enrollments) : 0, y = top + 3;

	(void)app;
	draw_text(top, left, width, "Entry and Exit", theme_attr(ROLE_TITLE), 0);
	if (n == 0) {
		draw_text(top + 2, left, width, "No enrollment you may see.", theme_attr(ROLE_LABEL), 0);
		return;
	}
	snprintf(line, sizeof line, "%s, %s to %s  (%d of %d; < and > for another)",
	         db_rows_get(cp.enrollments, cp.at, 1), db_rows_get(cp.enrollments, cp.at, 2),
	         *db_rows_get(cp.enrollments, cp.at, 3) ? db_rows_get(cp.enrollments, cp.at, 3)
	         : "now", cp.at + 1, n);
	draw_text(top + 1, left, width, line, theme_attr(ROLE_LABEL), 0);
	draw_line(&(struct compare_line){ "", "At entry", "At exit", false }, top + 2, left, width);
	if (cp.cmp.n == 0)
		draw_text(y, left, width, "No data element is taken with enrollments.",
		          theme_attr(ROLE_LABEL), 0);
	for (int i = cp.top; i < cp.cmp.n && y < top + height; i++, y++)
		draw_line(&cp.cmp.lines[i], y, left, width);
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	int n = cp.enrollments ? db_rows_count(cp.enrollments) : 0, page = height > 4 ? height - 4 : 1;

	(void)k;
	(void)is_key;
	if ((a == A_SORT_PREV || a == A_SORT_NEXT) && n > 1) {
		cp.at = (cp.at + (a == A_SORT_NEXT ? 1 : n - 1)) % n;
		compare(app);
		return R_REDRAW;
	}
	if (a == A_DOWN || a == A_PAGE_DOWN)
		cp.top = cp.top + (a == A_DOWN ? 1 : page) < cp.cmp.n
		         ? cp.top + (a == A_DOWN ? 1 : page) : cp.top;
	else if (a == A_UP || a == A_PAGE_UP)
		cp.top = cp.top - (a == A_UP ? 1 : page) > 0 ? cp.top - (a == A_UP ? 1 : page) : 0;
	else
		return R_UNHANDLED;
	return R_REDRAW;
}

static void reset(struct page *page)
{
	(void)page;
	db_rows_free(cp.enrollments);
	cp.enrollments = NULL;
	comparison_free(&cp.cmp);
}

const struct page_ops compare_page = {
	.name = "compare", .title = "Entry and Exit", .need = NEED_CLIENT,
	.enter = load,
	.returned = load,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "An enrollment's data elements as taken at project start and at exit, side by "
	        "side: for each (Income and Benefits, Disabilities, ...), when each was taken, "
	        "then every answer at entry and at exit, marked changed where they differ. < "
	        "and > choose another of the client's enrollments; Up, Down, PgUp and PgDn "
	        "scroll.",
};
