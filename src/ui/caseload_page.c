/* caseload_page.c: Home > My Caseload: the clients the user is an active
 * case manager of; Enter opens one. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "caseload_page.h"

#include <curses.h>
#include <string.h>

#include "client_list.h"
#include "draw.h"
#include "pages.h"
#include "theme.h"

static struct client_list cl;
static bool ready;

void caseload_enter(struct app *app)
{
	if (!ready) {
		client_list_init(&cl);
		cl.q.caseload = true;
		ready = true;
	}
	client_list_load(app, &cl);
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	(void)app;
	draw_text(top, left, width, "My Caseload", theme_attr(ROLE_TITLE), 0);
	if (cl.list.nrows == 0 && cl.list.page == 0)
		draw_text(top + 2, left, width, "No client is assigned to you.", theme_attr(ROLE_LABEL), 0);
	else
		client_list_draw(&cl, top + 2, left, height - 2, width, true);
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	return client_list_key(app, &cl, k, is_key, a, height - 2);
}

static void reset(struct page *page)
{
	(void)page;
	client_list_free(&cl);
	ready = false;
}

const struct page_ops caseload_page = {
	.name = "caseload", .title = "My Caseload",
	.enter = caseload_enter,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "The clients you are an active case manager of (you become one when you "
	        "complete a client's intake). It works like every list: > and < sort, PgDn "
	        "loads more, typing jumps, Enter opens the client.",
};
