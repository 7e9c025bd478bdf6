/* families_page.c: the current client's families: name, whether it is the
 * client's current one, how many members the user sees. Enter shows a
 * family's members; Insert adds a new family with the default name (the
 * head's: "Last, First - Year"), the client its head; F5 also sets the
 * current family, renames one and shows its former names. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../family.h"
#include "../util/xalloc.h"
#include "draw.h"
#include "family_members.h"
#include "list.h"
#include "pages.h"
#include "theme.h"

enum mode { M_LIST, M_RENAME, M_ALIASES };
enum { ACT_MEMBERS, ACT_ADD, ACT_CURRENT, ACT_RENAME, ACT_ALIASES };

static const struct list_action actions[] = {
	{ ACT_MEMBERS, "Family members" }, { ACT_ADD, "Add New Family" },
	{ ACT_CURRENT, "Set as current family" }, { ACT_RENAME, "Rename" },
	{ ACT_ALIASES, "Former names" },
};
static const struct list_column columns[] = { { "Current", 7 }, { "Members", 7 }, { "Name", 0 } };
static const struct list_column alias_columns[] = {
	{ "Former name", 34 }, { "Changed", 16 }, { "By", 0 },
};

static struct {
	struct family_list fams;
	struct list list;
	enum mode mode;
	struct input name;
	struct family_aliases aliases;
	struct list alias_list;
	char cell[16];
} fs;

static const char *cell(void *ctx, int row, int col)
{
	const struct family *f = &fs.fams.rows[row];

	(void)ctx;
	if (col == 2)
		return f->name;
	if (col == 0)
		return f->is_current ? "yes" : "";
	snprintf(fs.cell, sizeof fs.cell, "%d", f->members);
	return fs.cell;
}

static const char *alias_cell(void *ctx, int row, int col)
{
	const struct family_alias *a = &fs.aliases.rows[row];

	(void)ctx;
	return col == 0 ? a->name : col == 1 ? a->changed_at : a->changed_by;
}

static const struct family *selected(void)
{
	return &fs.fams.rows[fs.list.sel];
}

/* Load the list again, the family `keep` (if there) selected. */
static void load_keeping(struct app *app, const char *keep)
{
	char *err = NULL, *id = keep ? xstrdup(keep) : NULL;
	int i;

	family_list_free(&fs.fams);
	fs.list.nrows = 0;
	if (app->has_client && !family_list(app->s.db, app->client.id, &fs.fams, &err)) {
		app_status(app, true, "%s", err);
		free(err);
	}
	fs.list.nrows = fs.fams.n;
	for (i = 0; id && i < fs.fams.n; i++)
		if (!strcmp(fs.fams.rows[i].id, id))
			fs.list.sel = i;
	if (fs.list.sel >= fs.list.nrows)
		fs.list.sel = fs.list.nrows ? fs.list.nrows - 1 : 0;
	free(id);
}

/* Load again, the same family selected. */
static void load(struct app *app)
{
	load_keeping(app, fs.list.sel < fs.fams.n ? fs.fams.rows[fs.list.sel].id : NULL);
}

static void enter(struct app *app)
{
	fs.list = (struct list){ .cols = columns, .ncols = 3, .cell = cell, .actions = actions,
	                         .nactions = 5, .sort = -1 };
	fs.mode = M_LIST;
	load(app);
}

static void returned(struct app *app)
{
	fs.mode = M_LIST;
	load(app);
}

/* After a change: the list, and the family of the entity bar. */
static void changed(struct app *app)
{
	family_show(app, app->client.family.id);
	load(app);
}

static void add_family(struct app *app)
{
	char *id = NULL, *err = NULL;

	if (!family_create(app->s.db, app->client.id, &id, &err)) {
		app_status(app, true, "Not added: %s", err);
		free(err);
		return;
	}
	family_show(app, app->client.family.id);
	load_keeping(app, id);
	app_status(app, false, "Added the family \"%s\", with %s %s as its head.",
	           fs.fams.n ? selected()->name : id, app->client.first_name, app->client.last_name);
	free(id);
}

static void set_current(struct app *app)
{
	char *err = NULL, *id = xstrdup(selected()->id);

	if (!family_set_current(app->s.db, id, app->client.id, &err)) {
		app_status(app, true, "Not changed: %s", err);
		free(err);
	} else {
		family_show(app, id);
		load(app);
		app_status(app, false, "The client's current family is now \"%s\".",
		            app->client.family.name);
	}
	free(id);
}

static void show_aliases(struct app *app)
{
	char *err = NULL;

	family_aliases_free(&fs.aliases);
	if (!family_aliases(app->s.db, selected()->id, &fs.aliases, &err)) {
		app_status(app, true, "%s", err);
		free(err);
		return;
	}
	fs.alias_list = (struct list){ .cols = alias_columns, .ncols = 3, .cell = alias_cell,
	                               .nrows = fs.aliases.n, .sort = -1 };
	fs.mode = M_ALIASES;
}

static void act(struct app *app, int action)
{
	switch (action) {
	case ACT_MEMBERS:
		family_show(app, selected()->id);
		app_open_page(app, "family_members");
		break;
	case ACT_ADD:
		add_family(app);
		break;
	case ACT_CURRENT:
		set_current(app);
		break;
	case ACT_RENAME:
		input_init(&fs.name, 200, false);
		if (!selected()->is_default)
			input_set(&fs.name, selected()->name);
		fs.mode = M_RENAME;
		app_status(app, false, "Type the new name and Enter (empty: the head's name); Esc: "
		           "cancel.");
		break;
	case ACT_ALIASES:
		show_aliases(app);
		break;
	}
}

static enum reaction rename_key(struct app *app, wint_t k, bool is_key, enum action a)
{
	char name[INPUT_MAX * 4 + 1], *err = NULL;

	if (a == A_BACK) {
		fs.mode = M_LIST;
		app->status[0] = 0;
	} else if (a == A_OPEN || a == A_SAVE) {
		input_get(&fs.name, name, sizeof name);
		fs.mode = M_LIST;
		if (!family_rename(app->s.db, selected()->id, name, &err)) {
			app_status(app, true, "Not renamed: %s", err);
			free(err);
			return R_REDRAW;
		}
		changed(app);
		app_status(app, false, "Renamed to \"%s\".", selected()->name);
	} else if (!input_key(&fs.name, k, is_key)) {
		return R_UNHANDLED;
	}
	return R_REDRAW;
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	enum list_event e;

	if (!app->has_client)
		return R_UNHANDLED;
	if (fs.mode == M_RENAME)
		return rename_key(app, k, is_key, a);
	if (fs.mode == M_ALIASES) {
		if (a == A_BACK) {
			fs.mode = M_LIST;
			return R_REDRAW;
		}
		return list_key(&fs.alias_list, k, is_key, a, height - 2) == LIST_IGNORED
		       ? R_UNHANDLED : R_REDRAW;
	}
	if (a == A_ADD) {
		add_family(app);
		return R_REDRAW;
	}
	e = list_key(&fs.list, k, is_key, a, height - 2);
	if (e == LIST_OPEN)
		act(app, ACT_MEMBERS);
	else if (e == LIST_ACTION)
		act(app, fs.list.chosen);
	return e == LIST_IGNORED ? R_UNHANDLED : R_REDRAW;
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	char title[512];

	if (fs.mode == M_ALIASES) {
		snprintf(title, sizeof title, "Former names of \"%s\"", selected()->name);
		draw_text(top, left, width, title, theme_attr(ROLE_TITLE), 0);
		list_draw(&fs.alias_list, top + 2, left, height - 2, width, true);
		if (!fs.aliases.n)
			draw_text(top + 3, left, width, "None: it kept its name (a default name, after the "
			          "head, is never kept).", theme_attr(ROLE_LABEL), 0);
		return;
	}
	snprintf(title, sizeof title, "Families of %s %s", app->client.first_name,
	         app->client.last_name);
	draw_text(top, left, width, title, theme_attr(ROLE_TITLE), 0);
	if (!fs.fams.n) {
		draw_text(top + 2, left, width, "In no family you may see. Insert adds a new family, "
		          "with this client as its head.", theme_attr(ROLE_LABEL), 0);
		return;
	}
	list_draw(&fs.list, top + 2, left, height - 4, width, fs.mode == M_LIST);
	if (fs.mode == M_RENAME) {
		draw_text(top + height - 2, left, 10, "New name", theme_attr(ROLE_LABEL), 0);
		input_draw(&fs.name, top + height - 2, left + 10, width - 10,
		           theme_attr(ROLE_FIELD_ACTIVE), true);
		curs_set(1);
	}
}

static void reset(struct page *page)
{
	(void)page;
	family_list_free(&fs.fams);
	family_aliases_free(&fs.aliases);
	memset(&fs, 0, sizeof fs);
}

const struct page_ops families_page = {
	.name = "families", .title = "Families", .need = NEED_CLIENT,
	.enter = enter,
	.returned = returned,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "The families (households) of the current client that you may see; one is the "
	        "client's current (primary) family, shown in the entity bar. Enter shows a family's "
	        "members. Insert adds a new family with the default name, after its head "
	        "(\"Last, First - Year\"), the client its head. F5 also sets the current family, "
	        "renames one (an empty name: the head's again) and shows its former names. Only "
	        "the organization that made a family renames it.",
};
