/* pages.c: Home, and the pages still to come. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "pages.h"

#include <curses.h>
#include <stdio.h>

#include "draw.h"
#include "theme.h"

static void draw_home(struct app *app, int top, int left, int width)
{
	char line[512];

	draw_text(top, left, width, "Home", theme_attr(ROLE_TITLE), 0);
	snprintf(line, sizeof line, "Welcome, %s.", app->s.full_name[0] ? app->s.full_name
	                                                                 : app->s.username);
	draw_text(top + 2, left, width, line, theme_attr(ROLE_NORMAL), 0);
	snprintf(line, sizeof line, "You are working in %s.",
	         app->s.org_name ? app->s.org_name : "no organization");
	draw_text(top + 3, left, width, line, theme_attr(ROLE_NORMAL), 0);
	draw_text(top + 5, left, width, "Choose a page in the menu on the left, or press / to search it.",
	          theme_attr(ROLE_LABEL), 0);
}

void page_draw(struct app *app, int top, int left, int height, int width)
{
	char line[256];

	(void)height;
	if (app->page == PAGE_HOME) {
		draw_home(app, top, left, width);
		return;
	}
	draw_text(top, left, width, page_title(app->page), theme_attr(ROLE_TITLE), 0);
	snprintf(line, sizeof line, "%s is not built yet; it comes with a later release.",
	         page_title(app->page));
	draw_text(top + 2, left, width, line, theme_attr(ROLE_LABEL), 0);
}

enum reaction page_key(struct app *app, wint_t key, bool is_key, enum action a)
{
	(void)app;
	(void)key;
	(void)is_key;
	(void)a;
	return R_NONE;
}

const char *page_help(const struct app *app)
{
	switch (app->page) {
	case PAGE_HOME:
		return "Home is where your day starts: your caseload, your paused operations, "
		       "and your settings.";
	default:
		return "This page comes with a later release.";
	}
}
