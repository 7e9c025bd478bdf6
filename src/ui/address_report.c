/* address_report.c: Clients > Address History Report: where the current
 * client has lived, newest first: the address of the intake, then every
 * address of the history the user may see, with its dates, its kind and the
 * organization that recorded it. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "../address_history.h"
#include "../db/db.h"
#include "draw.h"
#include "pages.h"
#include "theme.h"

static struct {
	struct db_rows *rows;
	int top;                     /* the first line shown */
} ar;

static void load(struct app *app)
{
	db_rows_free(ar.rows);
	ar.rows = NULL;
	ar.top = 0;
	if (!app->has_client)
		return;
	ar.rows = address_history(app->s.db, app->client.id);
	if (!ar.rows)
		app_status(app, true, "%s", db_error(app->s.db));
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	char line[512];
	int r, y = top + 2;

	draw_text(top, left, width, "Address History Report", theme_attr(ROLE_TITLE), 0);
	snprintf(line, sizeof line, "%s %s (client %s), as your organization may see it",
	         app->client.first_name, app->client.last_name, app->client.id);
	draw_text(top + 1, left, width, line, theme_attr(ROLE_LABEL), 0);
	if (!ar.rows || db_rows_count(ar.rows) == 0) {
		draw_text(y, left, width, "No address is known.", theme_attr(ROLE_LABEL), 0);
		return;
	}
	for (r = ar.top; r < db_rows_count(ar.rows) && y + 1 < top + height; r++, y += 3) {
		snprintf(line, sizeof line, "%s%s%s  (%s; recorded by %s)", db_rows_get(ar.rows, r, 0),
		         *db_rows_get(ar.rows, r, 1) ? " to " : "", db_rows_get(ar.rows, r, 1),
		         db_rows_get(ar.rows, r, 3), db_rows_get(ar.rows, r, 4));
		draw_text(y, left, width, line, theme_attr(ROLE_LABEL), 0);
		draw_text(y + 1, left + 2, width - 2, db_rows_get(ar.rows, r, 2),
		          theme_attr(ROLE_NORMAL), 0);
	}
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	(void)app;
	(void)k;
	(void)is_key;
	(void)height;
	if ((a == A_DOWN || a == A_PAGE_DOWN) && ar.rows && ar.top < db_rows_count(ar.rows) - 1) {
		ar.top++;
		return R_REDRAW;
	}
	if ((a == A_UP || a == A_PAGE_UP) && ar.top > 0) {
		ar.top--;
		return R_REDRAW;
	}
	return R_UNHANDLED;
}

static void reset(struct page *page)
{
	(void)page;
	db_rows_free(ar.rows);
	ar.rows = NULL;
}

const struct page_ops address_report_page = {
	.name = "address_report", .title = "Address History Report", .need = NEED_CLIENT,
	.enter = load,
	.returned = load,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "Where the client has lived, newest first: the address of the intake, then the "
	        "address history with its dates and the organization that recorded each. Up and "
	        "Down scroll. Address History changes the history.",
};
