/* provider_page.c: Providers > Provider Dashboard: an organization (the
 * active one first; < and > go through the others, by name): its programs,
 * grants, the open enrollments in its programs that you may see, and its
 * staff. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../provider.h"
#include "../util/xalloc.h"
#include "draw.h"
#include "pages.h"
#include "theme.h"

static struct {
	struct provider_summary p;
	bool loaded;
	char **ids;                  /* every organization, by name */
	int top;                     /* the first line shown */
	int lines;                   /* how many the last draw had */
} pv;

static void show(struct app *app, const char *id)
{
	char *err = NULL;

	provider_summary_free(&pv.p);
	pv.top = 0;
	pv.loaded = provider_open(app->s.db, id, &pv.p, &err);
	if (!pv.loaded) {
		app_status(app, true, "%s", err);
		free(err);
	}
}

static void enter(struct app *app)
{
	if (!pv.ids)
		pv.ids = provider_ids(app->s.db);
	show(app, pv.loaded ? pv.p.id : NULL);
}

/* One section: its title, its lines or what none says; the next line. */
static int section(int y, int top, int left, int width, int height, const char *title,
                   char *const *lines, const char *none)
{
	int shown = y - pv.top;

	if (shown >= 0 && shown < height)
		draw_text(top + shown, left, width, title, theme_attr(ROLE_TITLE), 0);
	y++;
	for (int i = 0; !lines || !lines[0] ? i < 1 : lines[i] != NULL; i++, y++)
		if ((shown = y - pv.top) >= 0 && shown < height)
			draw_text(top + shown, left + 2, width - 2, lines && lines[0] ? lines[i] : none,
			          theme_attr(lines && lines[0] ? ROLE_NORMAL : ROLE_LABEL), 0);
	return y + 1;
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	char title[300];
	int y = 0;

	(void)app;
	if (!pv.loaded) {
		draw_text(top, left, width, "Provider Dashboard", theme_attr(ROLE_TITLE), 0);
		return;
	}
	snprintf(title, sizeof title, "%s  (< and > for another organization)", pv.p.name);
	draw_text(top, left, width, title, theme_attr(ROLE_TITLE), 0);
	top += 2;
	height -= 2;
	y = section(y, top, left, width, height, "Programs", pv.p.programs, "(none)");
	y = section(y, top, left, width, height, "Grants", pv.p.grants, "(none)");
	y = section(y, top, left, width, height, "Open enrollments you may see", pv.p.enrollments,
	            "(none you may see)");
	y = section(y, top, left, width, height, "Staff", pv.p.staff, "(none)");
	pv.lines = y;
	if (pv.lines - pv.top > height)
		draw_text(top + height - 1, left + width - 18, 18, "(more below: Down)",
		          theme_attr(ROLE_LABEL), 0);
}

/* The organization `step` away from the one shown, by name. */
static void step_to(struct app *app, int step)
{
	int n = 0, at = 0;

	while (pv.ids && pv.ids[n])
		n++;
	for (int i = 0; i < n; i++)
		if (pv.loaded && !strcmp(pv.ids[i], pv.p.id))
			at = i;
	if (n)
		show(app, pv.ids[(at + step + n) % n]);
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	(void)k;
	(void)is_key;
	(void)height;
	if (a == A_SORT_PREV || a == A_SORT_NEXT)
		step_to(app, a == A_SORT_NEXT ? 1 : -1);
	else if (a == A_DOWN && pv.top < pv.lines - 1)
		pv.top++;
	else if (a == A_UP && pv.top > 0)
		pv.top--;
	else
		return R_UNHANDLED;
	return R_REDRAW;
}

static void reset(struct page *page)
{
	(void)page;
	provider_summary_free(&pv.p);
	for (int i = 0; pv.ids && pv.ids[i]; i++)
		free(pv.ids[i]);
	free(pv.ids);
	memset(&pv, 0, sizeof pv);
}

const struct page_ops provider_page = {
	.name = "provider", .title = "Provider Dashboard",
	.enter = enter,
	.returned = enter,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "A provider (an organization): its programs with their HUD type and dates, its "
	        "grants, how many enrollments are open in each program (those you may see) and "
	        "its staff. It opens on your organization; < and > go through the others, by "
	        "name. Up and Down scroll.",
};
