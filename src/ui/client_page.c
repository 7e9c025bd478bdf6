/* client_page.c: the client dashboard: intake summary, household, open
 * enrollments, for the client of the entity bar. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "../client_files.h"
#include "draw.h"
#include "pages.h"
#include "theme.h"

static bool photo_on_file;    /* the dashboard's photo marker */

static void check_photo(struct app *app)
{
	struct photo_info info;
	char *err = NULL;

	photo_on_file = false;
	if (!app->has_client)
		return;
	if (photo_info(app->s.db, app->client.id, &info, &err))
		photo_on_file = info.on_file;
	photo_info_free(&info);
	free(err);
}

static int row(int y, int x, int width, const char *label, const char *value)
{
	draw_text(y, x, 16, label, theme_attr(ROLE_LABEL), 0);
	draw_text(y, x + 17, width - 17, value && *value ? value : "(not given)",
	          theme_attr(ROLE_NORMAL), 0);
	return y + 1;
}

/* The family shown with the client: its name, and each member with the
 * relationship to the head (as in Family Members). Returns the next row. */
static int draw_household(const struct client_summary *c, int y, int left, int width, int end)
{
	char line[512];
	int i;

	snprintf(line, sizeof line, "Household%s%s%s", c->family.id ? ": " : "",
	         c->family.id ? c->family.name : "", c->family.id && !c->family.is_current
	         ? " (not the client's current family)" : "");
	draw_text(y++, left, width, line, theme_attr(ROLE_TITLE), 0);
	if (!c->household.n)
		draw_text(y++, left + 2, width - 2, "(in no household)", theme_attr(ROLE_LABEL), 0);
	for (i = 0; i < c->household.n && y < end; i++) {
		const struct family_member *m = &c->household.rows[i];
		snprintf(line, sizeof line, "%s %s: %s", m->first_name, m->last_name,
		         family_relationship_short(m->relationship_label));
		draw_text(y++, left + 2, width - 2, line, theme_attr(ROLE_NORMAL), 0);
	}
	return y;
}

/* A titled list of lines (none: the `none` sentence); returns the next row. */
static int section(int y, int x, int width, int end, const char *title, char *const *lines,
                   const char *none)
{
	int i;

	if (y + 1 >= end || (!none && (!lines || !lines[0])))
		return y;
	draw_text(y++, x, width, title, theme_attr(ROLE_TITLE), 0);
	if (!lines || !lines[0])
		draw_text(y++, x + 2, width - 2, none, theme_attr(ROLE_LABEL), 0);
	for (i = 0; lines && lines[i] && y < end; i++)
		draw_text(y++, x + 2, width - 2, lines[i], theme_attr(ROLE_NORMAL), 0);
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
		draw_text(y++, left, width, merged, theme_attr(ROLE_ERROR), 0);
	}
	return y + 1;
}

/* The summary on the left and the rest beside it when the page is wide
 * enough (the panel hidden, or a wide terminal); else one under the other. */
static void draw(struct app *app, int top, int left, int height, int width)
{
	const struct client_summary *c = &app->client;
	char name[256];
	int y, x = left, w = width, end = top + height;

	snprintf(name, sizeof name, "%s%s%s %s%s%s", c->first_name, *c->middle_name ? " " : "",
	         c->middle_name, c->last_name, *c->suffix ? " " : "", c->suffix);
	draw_text(top, left, width, name, theme_attr(ROLE_TITLE), 0);
	y = draw_summary(c, top + 2, left, width >= 76 ? width / 2 - 1 : width);
	if (width >= 76) {
		x = left + width / 2 + 1;
		w = width - width / 2 - 1;
		y = top + 2;
	}
	y = section(y, x, w, end, "Alerts", c->alert_lines, NULL);
	y = section(y, x, w, end, "Case managers", c->case_managers, "(none you may see)");
	y = draw_household(c, y, x, w, end) + 1;
	y = section(y, x, w, end, "Open enrollments", c->enrollments, NULL);
	section(y, x, w, end, "Paused workflows", c->paused, NULL);
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

const struct page_ops client_page = {
	.name = "client", .title = "Client Dashboard", .need = NEED_CLIENT,
	.enter = check_photo,
	.returned = check_photo,
	.draw = draw,
	.help = "The client dashboard: the intake summary (with whether a photo is on file), the "
	        "case managers, the household with each member's relationship, and the open "
	        "enrollments of the client in the entity bar. What you see is what your "
	        "organization may see of this client. Esc goes back.",
};
