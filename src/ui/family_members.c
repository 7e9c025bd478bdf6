/* family_members.c: the family of the entity bar and its members: the list
 * (name, birth date, relationship to the head), Enter making a member the
 * current client; editing a relationship, removing a member, adding an
 * existing client by id and adding a new client (Add New Client with the
 * surname filled in and, when asked, the address copied). Also moving
 * between the members from the entity bar (F7, F8). */
#define _XOPEN_SOURCE_EXTENDED 1
#include "family_members.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../family.h"
#include "../util/xalloc.h"
#include "client_page.h"
#include "draw.h"
#include "form_page.h"
#include "list.h"
#include "pages.h"
#include "theme.h"

enum mode { M_LIST, M_RELATIONSHIP, M_CLIENT_ID, M_ADDRESS };
enum doing { DO_EDIT, DO_ADD_EXISTING, DO_ADD_NEW };
enum { ACT_VIEW, ACT_RELATIONSHIP, ACT_REMOVE, ACT_ADD_EXISTING, ACT_ADD_NEW };

static const struct list_action actions[] = {
	{ ACT_VIEW, "Make it the current client" }, { ACT_RELATIONSHIP, "Edit relationship" },
	{ ACT_REMOVE, "Remove from the family" }, { ACT_ADD_EXISTING, "Add an existing client" },
	{ ACT_ADD_NEW, "Add a new client" },
};
static const struct list_column columns[] = {
	{ "Name", 18 }, { "Birth date", 10 }, { "Relationship", 0 },
};
static const struct list_column rel_columns[] = { { "Relationship to the head", 0 } };

static struct {
	struct app *app;             /* for the cells */
	struct list list;
	enum mode mode;
	enum doing doing;
	struct family_choices rels;
	struct list rel_list;
	struct input id;
	char member[32];             /* the member acted on */
	char family[32];             /* the family a new client joins */
	int relationship;
	char cell[160];
	bool remove_asked;
} ms;

static const struct family_members *members(void)
{
	return &ms.app->client.household;
}

static const char *cell(void *ctx, int row, int col)
{
	const struct family_member *m = &members()->rows[row];

	(void)ctx;
	if (col == 0)
		snprintf(ms.cell, sizeof ms.cell, "%s%s %s", strcmp(m->client_id, ms.app->client.id)
		         ? "  " : "> ", m->first_name, m->last_name);
	else
		snprintf(ms.cell, sizeof ms.cell, "%s", col == 1 ? m->birth_date
		         : family_relationship_short(m->relationship_label));
	return ms.cell;
}

static const char *rel_cell(void *ctx, int row, int col)
{
	(void)ctx;
	(void)col;
	return ms.rels.rows[row].label;
}

/* The list over the entity bar's members (select: the current client). */
static void sync(struct app *app, bool select)
{
	int i;

	ms.app = app;
	ms.list.nrows = app->has_client ? members()->n : 0;
	for (i = 0; select && i < ms.list.nrows; i++)
		if (!strcmp(members()->rows[i].client_id, app->client.id))
			ms.list.sel = i;
	if (ms.list.sel >= ms.list.nrows)
		ms.list.sel = 0;
}

static void enter(struct app *app)
{
	ms.list = (struct list){ .cols = columns, .ncols = 3, .cell = cell, .actions = actions,
	                         .nactions = 5, .sort = -1 };
	ms.mode = M_LIST;
	ms.remove_asked = false;
	sync(app, true);
}

static void returned(struct app *app)
{
	if (app->has_client && app->client.family.id)
		family_show(app, app->client.family.id);
	sync(app, true);
}

void family_show(struct app *app, const char *family_id)
{
	struct family f;
	struct family_members m;
	char *fid = family_id ? xstrdup(family_id) : NULL, *err = NULL;
	bool ok = family_load(app->s.db, fid, app->client.id, &f, &m, &err);

	if (ok && fid && !f.id)      /* not there for the caller any more */
		ok = family_load(app->s.db, NULL, app->client.id, &f, &m, &err);
	free(fid);
	if (!ok) {
		app_status(app, true, "%s", err);
		free(err);
		return;
	}
	family_free(&app->client.family);
	family_members_free(&app->client.household);
	app->client.family = f;
	app->client.household = m;
}

/* A form or a workflow is about one client: no moving away from it. */
static bool busy(struct app *app)
{
	if (!app_on(app, "form") && !app_on(app, "add_client") && !app_on(app, "workflow"))
		return false;
	app_status(app, true, "Finish or leave the form first.");
	return true;
}

static bool has_family(struct app *app)
{
	if (!app->has_client)
		app_status(app, true, "No client is selected; use Find Client first.");
	else if (!app->client.family.id)
		app_status(app, true, "%s %s is in no family; add one in Families.",
		           app->client.first_name, app->client.last_name);
	return app->has_client && app->client.family.id;
}

/* Make the member the current client, the family staying the one shown. */
static void open_member(struct app *app, const char *id)
{
	char *fid = xstrdup(app->client.family.id), *cid = xstrdup(id);

	ms.mode = M_LIST;
	if (client_select(app, cid)) {
		family_show(app, fid);
		page_returned(app);
		app_status(app, false, "Client %s: %s %s.", app->client.id, app->client.first_name,
		           app->client.last_name);
	}
	free(fid);
	free(cid);
}

enum reaction family_move(struct app *app, int step)
{
	const struct family_member *m;

	if (busy(app) || !has_family(app))
		return R_REDRAW;
	m = family_step(&app->client.household, app->client.id, step);
	if (!m)
		app_status(app, true, "No other member of this family that you may see.");
	else
		open_member(app, m->client_id);
	return R_REDRAW;
}

/* Choose a relationship for what is being done. */
static void ask_relationship(struct app *app, enum doing doing, int now)
{
	char *err = NULL;
	int i;

	family_choices_free(&ms.rels);
	if (!family_relationships(app->s.db, &ms.rels, &err)) {
		app_status(app, true, "%s", err);
		free(err);
		return;
	}
	ms.rel_list = (struct list){ .cols = rel_columns, .ncols = 1, .cell = rel_cell,
	                             .nrows = ms.rels.n, .sort = -1 };
	for (i = 0; i < ms.rels.n; i++)
		if (ms.rels.rows[i].code == now)
			ms.rel_list.sel = i;
	ms.doing = doing;
	ms.mode = M_RELATIONSHIP;
	app_status(app, false, "Choose the relationship to the head of household (Enter; Esc: "
	           "cancel).");
}

enum reaction family_add_new(struct app *app)
{
	if (busy(app) || !has_family(app))
		return R_REDRAW;
	if (!app_on(app, "family_members"))
		app_open_page(app, "family_members");
	snprintf(ms.family, sizeof ms.family, "%s", app->client.family.id);
	ask_relationship(app, DO_ADD_NEW, FAMILY_CHILD);
	return R_REDRAW;
}

/* Whether the client is among the members of the family shown. */
static bool is_member(const char *client_id)
{
	for (int i = 0; i < members()->n; i++)
		if (!strcmp(members()->rows[i].client_id, client_id))
			return true;
	return false;
}

/* Add New Client saved (id), found a client it already had, or was left.
 * Its household step, filled in with the family and the relationship,
 * made the membership with the client; a client it found joins now. */
static void new_client_saved(struct app *app, const char *table, const char *id)
{
	char *err = NULL;

	app_back(app);
	if (!id || !table || strcmp(table, "client"))
		return;
	family_show(app, ms.family);
	if (!is_member(id)) {
		if (!family_add_member(app->s.db, ms.family, id, ms.relationship, &err)) {
			app_status(app, true, "Client %s is saved, but not added to the family: %s", id, err);
			free(err);
			return;
		}
		family_show(app, ms.family);
	}
	sync(app, true);
	app_status(app, false, "Client %s added to the family.", id);
}

static void open_client_form(struct app *app, bool copy_address)
{
	static const struct form_hooks hooks = { .saved = new_client_saved };
	const char *names[8] = { "last_name", "family", "relationship_to_head", "address_line1",
	                         "address_line2", "city", "state", "zip" };
	char *address[5] = { NULL };
	char relationship[16];
	const char *values[8] = { app->client.last_name, ms.family, relationship };
	int i, n = 3;

	snprintf(relationship, sizeof relationship, "%d", ms.relationship);
	if (copy_address && family_address(app->s.db, app->client.id, address))
		for (n = 3; n < 8; n++)
			values[n] = address[n - 3];
	ms.mode = M_LIST;
	app->status[0] = 0;
	form_open(app, "client_add", names, values, n, &hooks);
	for (i = 0; i < 5; i++)
		free(address[i]);
}

/* The relationship is chosen: do what it was for. */
static void chosen(struct app *app, int relationship)
{
	char *err = NULL;
	char *address[5] = { NULL };
	bool ok = true;
	int i;

	ms.relationship = relationship;
	ms.mode = M_LIST;
	if (ms.doing == DO_ADD_NEW) {
		if (family_address(app->s.db, app->client.id, address)) {
			ms.mode = M_ADDRESS;
			app_status(app, false, "Copy the address of %s %s (%s) to the new client? y or n",
			           app->client.first_name, app->client.last_name, address[0]);
		} else {
			open_client_form(app, false);
		}
		for (i = 0; i < 5; i++)
			free(address[i]);
		return;
	}
	if (ms.doing == DO_EDIT)
		ok = family_set_relationship(app->s.db, app->client.family.id, ms.member,
		                             relationship, &err);
	else
		ok = family_add_member(app->s.db, app->client.family.id, ms.member, relationship, &err);
	if (!ok) {
		app_status(app, true, "Not saved: %s", err);
		free(err);
		return;
	}
	family_show(app, app->client.family.id);
	sync(app, true);
	app_status(app, false, ms.doing == DO_EDIT ? "Relationship saved."
	                                           : "Client %s added to the family.", ms.member);
}

static void remove_member(struct app *app)
{
	const struct family_member *m = &members()->rows[ms.list.sel];
	char *err = NULL;

	if (!ms.remove_asked) {
		ms.remove_asked = true;
		app_status(app, true, "Remove %s %s from the family? Press Delete again to remove.",
		           m->first_name, m->last_name);
		return;
	}
	ms.remove_asked = false;
	if (!family_remove_member(app->s.db, app->client.family.id, m->client_id, &err)) {
		app_status(app, true, "Not removed: %s", err);
		free(err);
		return;
	}
	/* the current client out of it: their current family instead */
	family_show(app, strcmp(m->client_id, app->client.id) ? app->client.family.id : NULL);
	sync(app, true);
	app_status(app, false, "Removed from the family.");
}

static void act(struct app *app, int action)
{
	const char *id = ms.list.nrows ? members()->rows[ms.list.sel].client_id : "";

	snprintf(ms.member, sizeof ms.member, "%s", id);
	switch (action) {
	case ACT_VIEW:
		open_member(app, id);
		break;
	case ACT_RELATIONSHIP:
		ask_relationship(app, DO_EDIT, members()->rows[ms.list.sel].relationship);
		break;
	case ACT_REMOVE:
		ms.remove_asked = true;
		remove_member(app);
		break;
	case ACT_ADD_EXISTING:
		input_init(&ms.id, 18, false);
		ms.mode = M_CLIENT_ID;
		app_status(app, false, "Type the client's id (see Find Client) and Enter; Esc: cancel.");
		break;
	case ACT_ADD_NEW:
		family_add_new(app);
		break;
	}
}

static enum reaction relationship_key(struct app *app, wint_t k, bool is_key, enum action a,
                                      int height)
{
	enum list_event e;

	if (a == A_BACK) {
		ms.mode = M_LIST;
		app_status(app, false, "Nothing changed.");
		return R_REDRAW;
	}
	e = list_key(&ms.rel_list, k, is_key, a, height);
	if (e == LIST_OPEN)
		chosen(app, ms.rels.rows[ms.rel_list.sel].code);
	return e == LIST_IGNORED ? R_UNHANDLED : R_REDRAW;
}

static enum reaction client_id_key(struct app *app, wint_t k, bool is_key, enum action a)
{
	char id[32];

	if (a == A_BACK) {
		ms.mode = M_LIST;
		app->status[0] = 0;
	} else if (a == A_OPEN) {
		input_get(&ms.id, id, sizeof id);
		if (!id[0] || strspn(id, "0123456789") != strlen(id)) {
			app_status(app, true, "A client id is a number; see Find Client.");
			return R_REDRAW;
		}
		snprintf(ms.member, sizeof ms.member, "%s", id);
		ask_relationship(app, DO_ADD_EXISTING, FAMILY_NOT_COLLECTED);
	} else if (!input_key(&ms.id, k, is_key)) {
		return R_UNHANDLED;
	}
	return R_REDRAW;
}

static enum reaction address_key(struct app *app, wint_t k, bool is_key, enum action a)
{
	if (a == A_BACK) {
		ms.mode = M_LIST;
		app->status[0] = 0;
	} else if (!is_key && (k == 'y' || k == 'Y' || k == 'n' || k == 'N')) {
		open_client_form(app, k == 'y' || k == 'Y');
	}
	return R_REDRAW;
}

static enum reaction list_keys(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	enum list_event e;

	if (a == A_ADD) {
		act(app, ACT_ADD_NEW);
		return R_REDRAW;
	}
	if (a == A_DELETE && ms.list.nrows) {
		remove_member(app);
		return R_REDRAW;
	}
	ms.remove_asked = false;
	e = list_key(&ms.list, k, is_key, a, height);
	if (e == LIST_OPEN)
		act(app, ACT_VIEW);
	else if (e == LIST_ACTION)
		act(app, ms.list.chosen);
	return e == LIST_IGNORED ? R_UNHANDLED : R_REDRAW;
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	ms.app = app;
	if (!app->has_client || !app->client.family.id)
		return R_UNHANDLED;
	switch (ms.mode) {
	case M_RELATIONSHIP:
		return relationship_key(app, k, is_key, a, height - 4 - ms.list.nrows);
	case M_CLIENT_ID:
		return client_id_key(app, k, is_key, a);
	case M_ADDRESS:
		return address_key(app, k, is_key, a);
	default:
		return list_keys(app, k, is_key, a, height - 2);
	}
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	char title[512];
	int rows;

	ms.app = app;
	sync(app, false);
	snprintf(title, sizeof title, "Family Members: %s%s", app->client.family.name,
	         app->client.family.is_current ? "" : " (not the client's current family)");
	draw_text(top, left, width, title, theme_attr(ROLE_TITLE), 0);
	rows = ms.mode == M_LIST ? height - 2 : ms.list.nrows + 3;
	list_draw(&ms.list, top + 2, left, rows, width, ms.mode == M_LIST);
	if (ms.mode == M_RELATIONSHIP)
		list_draw(&ms.rel_list, top + 2 + rows, left, height - 2 - rows, width, true);
	if (ms.mode == M_CLIENT_ID) {
		draw_text(top + 2 + rows, left, 26, "Client id to add", theme_attr(ROLE_LABEL), 0);
		input_draw(&ms.id, top + 2 + rows, left + 26, 20, theme_attr(ROLE_FIELD_ACTIVE), true);
		curs_set(1);
	}
}

static void reset(struct page *page)
{
	(void)page;
	family_choices_free(&ms.rels);
	memset(&ms, 0, sizeof ms);
}

const struct page_ops family_members_page = {
	.name = "family_members", .title = "Family Members", .need = NEED_FAMILY,
	.enter = enter,
	.returned = returned,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "The members of the family shown in the entity bar that you may see, with their "
	        "relationship to the head of household; > marks the current client. Enter makes the "
	        "selected member the current client (F7 and F8 do the same from any page). Insert "
	        "(or Ctrl-N anywhere) adds a new client to the family: Add New Client opens with the last "
	        "name filled in and, if you say so, the address copied. F5 also edits a "
	        "relationship, removes a member (Delete, twice) and adds an existing client by "
	        "its id. You change only the memberships your organization added.",
};

void family_enroll(struct app *app)
{
	const char *names[1] = { "family" };
	const struct form_hooks none = { 0 };

	if (!app->has_client || !app->client.family.id) {
		app_status(app, true, app->has_client ? "The client is in no family; add one in "
		           "Families." : "No client is selected; use Find Client.");
		return;
	}
	form_open(app, "enroll_household", names, (const char *const[]){ app->client.family.id },
	          1, &none);
}
