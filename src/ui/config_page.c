/* config_page.c: Home > My configuration: the organization to work in, the
 * workgroup and the colour theme, each remembered for the next login. Left
 * and Right choose, F2 applies. */
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

enum { ROW_ORG, ROW_WORKGROUP, ROW_THEME, ROWS };

static struct {
	int row;
	int choice[ROWS];        /* per row: the index shown */
	int applied_theme;
	bool known;              /* applied_theme read */
} cf;

static int count(const struct app *app, int row)
{
	switch (row) {
	case ROW_ORG: return app->s.norgs;
	case ROW_WORKGROUP: return app->s.nworkgroups;
	default: return NTHEMES;
	}
}

/* A row is there when it offers a choice (the theme always does). */
static bool row_shown(const struct app *app, int row)
{
	return row == ROW_THEME || count(app, row) > 1;
}

static int theme_index(const char *name)
{
	int i;

	for (i = 0; i < NTHEMES; i++)
		if (name && !strcmp(name, themes[i]))
			return i;
	return 0;
}

/* The choices as they are now in force. */
static void read_current(struct app *app)
{
	int i;

	if (!cf.known) {
		cf.applied_theme = theme_index(app->s.theme ? app->s.theme : app->conf->theme);
		cf.known = true;
	}
	memset(cf.choice, 0, sizeof cf.choice);
	for (i = 0; i < app->s.norgs; i++)
		if (app->s.orgs[i].id == app->s.org_id)
			cf.choice[ROW_ORG] = i;
	for (i = 0; i < app->s.nworkgroups; i++)
		if (app->s.workgroups[i].id == app->s.workgroup_id)
			cf.choice[ROW_WORKGROUP] = i;
	cf.choice[ROW_THEME] = cf.applied_theme;
}

static void enter(struct app *app)
{
	read_current(app);
	for (cf.row = 0; !row_shown(app, cf.row); cf.row++)
		;
}

static const char *value_of(const struct app *app, int row)
{
	int i = cf.choice[row];

	switch (row) {
	case ROW_ORG: return app->s.norgs ? app->s.orgs[i].name : "(none)";
	case ROW_WORKGROUP: return app->s.nworkgroups ? app->s.workgroups[i].name : "(none: every workspace)";
	default: return themes[i];
	}
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	static const char *const labels[ROWS] = { "Organization", "Workgroup", "Colour theme" };
	char value[256];
	int row, y = top + 2;

	(void)height;
	draw_text(top, left, width, "My configuration", theme_attr(ROLE_TITLE), 0);
	for (row = 0; row < ROWS; row++, y++) {
		draw_text(y, left, 20, labels[row], theme_attr(ROLE_LABEL), 0);
		snprintf(value, sizeof value, row_shown(app, row) ? "< %s >" : "%s", value_of(app, row));
		draw_text(y, left + 20, width - 20, value,
		          theme_attr(!row_shown(app, row) ? ROLE_LABEL
		                     : cf.row == row ? ROLE_FIELD_ACTIVE : ROLE_FIELD), 0);
	}
	draw_wrapped(y + 1, left, width, 4, "Left and Right choose; F2 applies, and hearth remembers "
	             "it for your next login. Everything you see and do is in the organization you "
	             "work in; the workgroup chooses the workspaces you work with.",
	             theme_attr(ROLE_LABEL));
}

/* Another organization: what the last one saw is not for this one. */
static bool apply_org(struct app *app, char **err)
{
	long org = app->s.orgs[cf.choice[ROW_ORG]].id;
	int theme = cf.applied_theme;

	if (org == app->s.org_id)
		return true;
	if (!session_set_org(&app->s, org, err))
		return false;
	if (app->has_client)
		client_summary_free(&app->client);
	app->has_client = false;
	app->ntrail = 0;
	app->ws = 0;
	pages_reset();
	cf.applied_theme = theme;
	cf.known = true;
	read_current(app);
	return true;
}

static bool apply_workgroup(struct app *app, char **err)
{
	long wg = app->s.workgroups[cf.choice[ROW_WORKGROUP]].id;

	if (wg == app->s.workgroup_id)
		return true;
	if (!session_set_workgroup(&app->s, wg, err))
		return false;
	app->ws = 0;
	return true;
}

static bool apply_theme(struct app *app, char **err)
{
	int t = cf.choice[ROW_THEME];

	if (t == cf.applied_theme && app->s.theme)
		return true;
	if (!session_set_theme(&app->s, themes[t], err))
		return false;
	theme_init(themes[t]);
	cf.applied_theme = t;
	clearok(curscr, TRUE);
	return true;
}

static void apply(struct app *app)
{
	char *err = NULL;
	const struct workgroup *wg;

	if ((app->s.norgs > 1 && !apply_org(app, &err))
	    || (app->s.nworkgroups > 1 && !apply_workgroup(app, &err))
	    || !apply_theme(app, &err)) {
		app_status(app, true, "Not applied: %s", err);
		free(err);
		return;
	}
	wg = session_workgroup(&app->s);
	app_status(app, false, "You are working in %s%s%s.",
	           app->s.org_name ? app->s.org_name : "no organization",
	           wg ? ", workgroup " : "", wg ? wg->name : "");
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	int step = a == A_NEXT_TAB ? 1 : a == A_PREV_TAB ? -1 : 0;
	int move = a == A_UP || a == A_PREV_FIELD ? -1 : a == A_DOWN || a == A_NEXT_FIELD ? 1 : 0;

	(void)k;
	(void)is_key;
	(void)height;
	if (move) {
		do
			cf.row = (cf.row + move + ROWS) % ROWS;
		while (!row_shown(app, cf.row));
		return R_REDRAW;
	}
	if (step) {
		cf.choice[cf.row] = (cf.choice[cf.row] + step + count(app, cf.row)) % count(app, cf.row);
		return R_REDRAW;
	}
	if (a == A_SAVE || a == A_OPEN) {
		apply(app);
		return R_REDRAW;
	}
	return R_UNHANDLED;
}

static void reset(struct page *page)
{
	(void)page;
	memset(&cf, 0, sizeof cf);
}

const struct page_ops config_page = {
	.name = "my_configuration", .title = "My configuration",
	.enter = enter,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "Choose the organization you work in (when you belong to several), your workgroup "
	        "(when you are in several: it chooses the workspaces you see) and the colour theme. "
	        "Left and Right choose, Up and Down move between them, F2 applies. hearth remembers "
	        "all three for your next login.",
};
