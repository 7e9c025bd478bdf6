/* client_page.c: the client dashboard: intake summary, household, open
 * enrollments, for the client of the entity bar. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "client_page.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "../client_files.h"
#include "draw.h"
#include "form_page.h"
#include "pages.h"
#include "theme.h"

static bool photo_on_file;    /* the dashboard's photo marker */

/* The dashboard is taller than the page at times: its rows are numbered
 * from 0 and shown from `scroll`, in the rows from `top` to `end`. */
static struct {
	int scroll;
	int top, end;
	int rows;                 /* how many it had when last drawn */
	int height;               /* the page's rows then */
} view;

/* Draw at the dashboard's row y, if that row is on the screen. */
static void put(int y, int x, int width, const char *text, int attr)
{
	int row = view.top + y - view.scroll;

	if (y + 1 > view.rows)
		view.rows = y + 1;
	if (row >= view.top && row < view.end)
		draw_text(row, x, width, text, attr, 0);
}

static void check_photo(struct app *app)
{
	struct photo_info info;
	char *err = NULL;

	photo_on_file = false;
	view.scroll = 0;
	if (!app->has_client)
		return;
	client_reload_work(app->s.db, &app->client);     /* enrolled, or a task done, meanwhile */
	if (photo_info(app->s.db, app->client.id, &info, &err))
		photo_on_file = info.on_file;
	photo_info_free(&info);
	free(err);
}

static int row(int y, int x, int width, const char *label, const char *value)
{
	put(y, x, 16, label, theme_attr(ROLE_LABEL));
	put(y, x + 17, width - 17, value && *value ? value : "(not given)", theme_attr(ROLE_NORMAL));
	return y + 1;
}

/* The family shown with the client: its name, and each member with the
 * relationship to the head (as in Family Members). Returns the next row. */
static int draw_household(const struct client_summary *c, int y, int left, int width)
{
	char line[512];
	int i;

	snprintf(line, sizeof line, "Household%s%s%s", c->family.id ? ": " : "",
	         c->family.id ? c->family.name : "", c->family.id && !c->family.is_current
	         ? " (not the client's current family)" : "");
	put(y++, left, width, line, theme_attr(ROLE_TITLE));
	if (!c->household.n)
		put(y++, left + 2, width - 2, "(in no household)", theme_attr(ROLE_LABEL));
	for (i = 0; i < c->household.n; i++) {
		const struct family_member *m = &c->household.rows[i];
		snprintf(line, sizeof line, "%s %s: %s", m->first_name, m->last_name,
		         family_relationship_short(m->relationship_label));
		put(y++, left + 2, width - 2, line, theme_attr(ROLE_NORMAL));
	}
	return y;
}

/* A titled list of lines (none: the `none` sentence); returns the next row. */
static int section(int y, int x, int width, const char *title, char *const *lines,
                   const char *none)
{
	int i;

	if (!none && (!lines || !lines[0]))
		return y;
	put(y++, x, width, title, theme_attr(ROLE_TITLE));
	if (!lines || !lines[0])
		put(y++, x + 2, width - 2, none, theme_attr(ROLE_LABEL));
	for (i = 0; lines && lines[i]; i++)
		put(y++, x + 2, width - 2, lines[i], theme_attr(ROLE_NORMAL));
	return y + 1;
}

/* The intake summary; returns the next row. */
static int draw_summary(const struct client_summary *c, int y, int left, int width)
{
	char ssn[16], n[16];

	snprintf(ssn, sizeof ssn, "%s%s", *c->ssn4 ? "xxx-xx-" : "", c->ssn4);
	snprintf(n, sizeof n, "%d", c->open_enrollments);
	y = row(y, left, width, "Client ID", c->id);
	y = row(y, left, width, "Birth date", c->birth_date);
	y = row(y, left, width, "SSN", ssn);
	y = row(y, left, width, "Veteran", c->veteran);
	y = row(y, left, width, "Intake sharing", c->sharing);
	y = row(y, left, width, "Created by", c->created_org);
	y = row(y, left, width, "Open enrollments", n);
	y = row(y, left, width, "Photo", photo_on_file ? "on file" : "none");
	if (c->merged_into && *c->merged_into) {
		char merged[64];
		snprintf(merged, sizeof merged, "Merged into client %s", c->merged_into);
		put(y++, left, width, merged, theme_attr(ROLE_ERROR));
	}
	return y + 1;
}

/* The summary on the left and the rest beside it when the page is wide
 * enough (the panel hidden, or a wide terminal); else one under the other. */
static void draw(struct app *app, int top, int left, int height, int width)
{
	const struct client_summary *c = &app->client;
	char name[256];
	int y, x = left, w = width;

	view.top = top;
	view.end = top + height;
	view.height = height;
	view.rows = 0;
	snprintf(name, sizeof name, "%s%s%s %s%s%s", c->first_name, *c->middle_name ? " " : "",
	         c->middle_name, c->last_name, *c->suffix ? " " : "", c->suffix);
	put(0, left, width, name, theme_attr(ROLE_TITLE));
	y = draw_summary(c, 2, left, width >= 76 ? width / 2 - 1 : width);
	if (width >= 76) {
		x = left + width / 2 + 1;
		w = width - width / 2 - 1;
		y = 2;
	}
	y = section(y, x, w, "Alerts", c->alert_lines, NULL);
	y = section(y, x, w, "Case managers", c->case_managers, "(none you may see)");
	y = draw_household(c, y, x, w) + 1;
	y = section(y, x, w, "Open enrollments", c->enrollments, NULL);
	y = section(y, x, w, "Open tasks", c->tasks, NULL);
	section(y, x, w, "Paused workflows", c->paused, NULL);
	if (view.scroll > 0)
		draw_text(top, left + width - 16, 16, "(more above: Up)", theme_attr(ROLE_LABEL), 0);
	if (view.rows - view.scroll > height)
		draw_text(top + height - 1, left + width - 18, 18, "(more below: Down)",
		          theme_attr(ROLE_LABEL), 0);
}

bool client_select(struct app *app, const char *id)
{
	struct client_summary c;
	char *err = NULL;

	if (!client_open(app->s.db, id, &c, &err)) {
		app_status(app, true, "%s", err);
		free(err);
		return false;
	}
	if (app->has_client)
		client_summary_free(&app->client);
	app->client = c;
	app->has_client = true;
	app->status[0] = 0;
	return true;
}

bool client_page_show(struct app *app, const char *id)
{
	if (!client_select(app, id))
		return false;
	app_open_page(app, "client");
	return true;
}

static void edit_current(struct app *app, const char *form)
{
	if (!app->has_client) {
		app_status(app, true, "No client is selected; use Find Client first.");
		return;
	}
	form_edit(app, form, app->client.id, NULL);
}

void edit_client(struct app *app)
{
	edit_current(app, "client_edit");
}

void edit_release(struct app *app)
{
	edit_current(app, "client_release");
}

/* Up and Down, PgUp and PgDn, Home and End scroll a dashboard taller than
 * the page. */
static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	int last = view.rows - view.height, step = view.height > 2 ? view.height - 2 : 1;

	(void)app, (void)k, (void)is_key, (void)height;
	switch (a) {
	case A_DOWN: view.scroll++; break;
	case A_UP: view.scroll--; break;
	case A_PAGE_DOWN: view.scroll += step; break;
	case A_PAGE_UP: view.scroll -= step; break;
	case A_HOME: view.scroll = 0; break;
	case A_END: view.scroll = last; break;
	default: return R_UNHANDLED;
	}
	if (view.scroll > last)
		view.scroll = last;
	if (view.scroll < 0)
		view.scroll = 0;
	return R_REDRAW;
}

static int hints(const struct app *app, struct hint *h)
{
	(void)app;
	if (view.rows <= view.height)
		return 0;
	h[0] = (struct hint){ A_PAGE_DOWN, "more" };
	return 1;
}

const struct page_ops client_page = {
	.key = key,
	.hints = hints,
	.name = "client", .title = "Client Dashboard", .need = NEED_CLIENT,
	.enter = check_photo,
	.returned = check_photo,
	.draw = draw,
	.help = "The client dashboard: the intake summary (with whether a photo is on file), the "
	        "case managers, the household with each member's relationship, and the open "
	        "enrollments and tasks of the client in the entity bar. What you see is what your "
	        "organization may see of this client. Esc goes back.",
};
