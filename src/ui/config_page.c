/* config_page.c: Home > My configuration: the organization to work in and
 * the colour theme. Left and Right choose, F2 applies. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../conf.h"
#include "draw.h"
#include "pages.h"
#include "theme.h"

static const char *const themes[] = { "default", "high-contrast", "monochrome" };
#define NTHEMES 3

enum { ROW_ORG, ROW_THEME, ROWS };

static struct {
	int row;
	int org;                 /* index into the session's organizations */
	int theme;
	int applied_theme;
	bool known;              /* applied_theme read from hearth.conf */
} cf;

static void enter(struct app *app)
{
	int i;

	if (!cf.known) {
		for (i = 0; i < NTHEMES; i++)
			if (app->conf->theme && !strcmp(app->conf->theme, themes[i]))
				cf.applied_theme = i;
		cf.known = true;
	}
	cf.row = app->s.norgs > 1 ? ROW_ORG : ROW_THEME;
	cf.org = 0;
	for (i = 0; i < app->s.norgs; i++)
		if (app->s.orgs[i].id == app->s.org_id)
			cf.org = i;
	cf.theme = cf.applied_theme;
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	const char *org = app->s.norgs ? app->s.orgs[cf.org].name : "(none)";
	char value[256];

	(void)height;
	draw_text(top, left, width, "My configuration", theme_attr(ROLE_TITLE), 0);
	draw_text(top + 2, left, 20, "Organization", theme_attr(ROLE_LABEL), 0);
	snprintf(value, sizeof value, "< %s >", org);
	draw_text(top + 2, left + 20, width - 20, value,
	          theme_attr(cf.row == ROW_ORG ? ROLE_FIELD_ACTIVE : ROLE_FIELD), 0);
	draw_text(top + 3, left, 20, "Colour theme", theme_attr(ROLE_LABEL), 0);
	snprintf(value, sizeof value, "< %s >", themes[cf.theme]);
	draw_text(top + 3, left + 20, width - 20, value,
	          theme_attr(cf.row == ROW_THEME ? ROLE_FIELD_ACTIVE : ROLE_FIELD), 0);
	draw_wrapped(top + 5, left, width, 3, "Left and Right choose; F2 applies. Everything you "
	             "see and do is in the organization you work in.", theme_attr(ROLE_LABEL));
}

static void apply(struct app *app)
{
	char *err = NULL;
	long org = app->s.norgs ? app->s.orgs[cf.org].id : 0;

	if (org && org != app->s.org_id) {
		if (!session_set_org(&app->s, org, &err)) {
			app_status(app, true, "%s", err);
			free(err);
			return;
		}
		/* what the last organization saw is not for this one */
		int theme = cf.theme, applied = cf.applied_theme;
		if (app->has_client)
			client_summary_free(&app->client);
		app->has_client = false;
		app->ntrail = 0;
		pages_reset(app);
		cf.theme = theme;
		cf.applied_theme = applied;
		cf.known = true;
	}
	if (cf.theme != cf.applied_theme) {
		theme_init(themes[cf.theme]);
		cf.applied_theme = cf.theme;
		clearok(curscr, TRUE);
	}
	app_status(app, false, "You are working in %s.", app->s.org_name ? app->s.org_name
	                                                                  : "no organization");
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	int step = a == A_NEXT_TAB ? 1 : a == A_PREV_TAB ? -1 : 0;

	(void)k;
	(void)is_key;
	(void)height;
	if (a == A_UP || a == A_PREV_FIELD || a == A_DOWN || a == A_NEXT_FIELD) {
		cf.row = app->s.norgs > 1 ? (cf.row + 1) % ROWS : ROW_THEME;
		return R_REDRAW;
	}
	if (step && cf.row == ROW_ORG && app->s.norgs > 1) {
		cf.org = (cf.org + step + app->s.norgs) % app->s.norgs;
		return R_REDRAW;
	}
	if (step && cf.row == ROW_THEME) {
		cf.theme = (cf.theme + step + NTHEMES) % NTHEMES;
		return R_REDRAW;
	}
	if (a == A_SAVE || a == A_OPEN) {
		apply(app);
		return R_REDRAW;
	}
	return R_UNHANDLED;
}

static void reset(struct app *app)
{
	(void)app;
	memset(&cf, 0, sizeof cf);
}

const struct page_ops config_page = {
	.page = PAGE_MY_CONFIGURATION,
	.enter = enter,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "Choose the organization you work in (when you belong to several) and the colour "
	        "theme. Left and Right choose, Up and Down move between them, F2 applies. "
	        "hearth remembers the organization for your next login.",
};
