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

static void draw(struct app *app, int top, int left, int height, int width)
{
	const struct client_summary *c = &app->client;
	char name[256], ssn[16], n[16];
	int y = top + 2, i;

	if (!app->has_client) {
		draw_text(top, left, width, "No client is selected; use Find Client.",
		          theme_attr(ROLE_LABEL), 0);
		return;
	}
	snprintf(name, sizeof name, "%s%s%s %s%s%s", c->first_name, *c->middle_name ? " " : "",
	         c->middle_name, c->last_name, *c->suffix ? " " : "", c->suffix);
	draw_text(top, left, width, name, theme_attr(ROLE_TITLE), 0);
	snprintf(ssn, sizeof ssn, "%s%s", *c->ssn4 ? "xxx-xx-" : "", c->ssn4);
	snprintf(n, sizeof n, "%d", c->open_enrollments);
	y = row(y, left, width, "Client ID", c->id);
	y = row(y, left, width, "Birth date", c->birth_date);
	y = row(y, left, width, "SSN", ssn);
	y = row(y, left, width, "Veteran", c->veteran);
	y = row(y, left, width, "Intake sharing", c->sharing);
	y = row(y, left, width, "Created by", c->created_org);
	y = row(y, left, width, "Open enrollments", n);
	if (c->merged_into && *c->merged_into) {
		char merged[64];
		snprintf(merged, sizeof merged, "Merged into client %s", c->merged_into);
		draw_text(y++, left, width, merged, theme_attr(ROLE_ERROR), 0);
	}
	y = row(y, left, width, "Photo", photo_on_file ? "on file" : "none");
	y++;
	draw_text(y++, left, width, "Case managers", theme_attr(ROLE_TITLE), 0);
	if (!c->case_managers || !c->case_managers[0])
		draw_text(y++, left + 2, width - 2, "(none you may see)", theme_attr(ROLE_LABEL), 0);
	for (i = 0; c->case_managers && c->case_managers[i] && y < top + height; i++)
		draw_text(y++, left + 2, width - 2, c->case_managers[i], theme_attr(ROLE_NORMAL), 0);
	y++;
	y = draw_household(c, y, left, width, top + height);
	if (c->enrollments && c->enrollments[0] && y + 1 < top + height) {
		y++;
		draw_text(y++, left, width, "Open enrollments", theme_attr(ROLE_TITLE), 0);
		for (i = 0; c->enrollments[i] && y < top + height; i++)
			draw_text(y++, left + 2, width - 2, c->enrollments[i], theme_attr(ROLE_NORMAL), 0);
	}
	if (c->paused && c->paused[0] && y + 1 < top + height) {
		y++;
		draw_text(y++, left, width, "Paused workflows", theme_attr(ROLE_TITLE), 0);
		for (i = 0; c->paused[i] && y < top + height; i++)
			draw_text(y++, left + 2, width - 2, c->paused[i], theme_attr(ROLE_NORMAL), 0);
	}
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
	app_open_page(app, PAGE_CLIENT);
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
	.page = PAGE_CLIENT,
	.enter = check_photo,
	.returned = check_photo,
	.draw = draw,
	.help = "The client dashboard: the intake summary (with whether a photo is on file), the "
	        "case managers, the household with each member's relationship, and the open "
	        "enrollments of the client in the entity bar. What you see is what your "
	        "organization may see of this client. Esc goes back.",
};
