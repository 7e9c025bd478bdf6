/* merge_page.c: Admin > Merge Clients: two records of one person made one.
 * The merged client's records move to the kept one, never shared wider than
 * before (sql/022), the merged one is marked merged, and the merge is
 * audited and can be undone (all by the database: hearth.merge_clients and
 * hearth.undo_merge, administrators who see both clients). The page lists the merges, newest first, to undo one. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../merge.h"
#include "../lookup.h"
#include "../util/xalloc.h"
#include "draw.h"
#include "list.h"
#include "pages.h"
#include "theme.h"

enum { F_KEEP, F_MERGE, NFIELDS, FOCUS_LIST = NFIELDS };
static const char *const labels[NFIELDS] = { "Keep client", "Merge client" };

static const struct list_column columns[] = {
	{ "Merge", 6 }, { "When", 17 }, { "Kept", 8 }, { "Merged", 8 }, { "Undone", 0 },
};
enum { ACT_UNDO };
static const struct list_action actions[] = { { ACT_UNDO, "Undo" } };

static struct {
	struct input in[NFIELDS];
	char *names[NFIELDS];        /* the client each id names, for the person to check */
	int focus;
	bool ready, merge_asked, undo_asked;
	struct db_rows *merges;
	struct list list;
} mp;

static const char *cell(void *ctx, int row, int col)
{
	(void)ctx;
	return db_rows_get(mp.merges, row, col) ? db_rows_get(mp.merges, row, col) : "";
}

static void load(struct app *app)
{
	db_rows_free(mp.merges);
	mp.merges = merge_list(app->s.db);
	if (!mp.merges)
		app_status(app, true, "%s", db_error(app->s.db));
	mp.list.nrows = mp.merges ? db_rows_count(mp.merges) : 0;
	if (mp.list.sel >= mp.list.nrows)
		mp.list.sel = 0;
}

static void enter(struct app *app)
{
	int i;

	if (!mp.ready) {
		for (i = 0; i < NFIELDS; i++)
			input_init(&mp.in[i], 18, false);
		mp.list = (struct list){ .cols = columns, .ncols = 5, .cell = cell,
		                         .actions = actions, .nactions = 1 };
		mp.ready = true;
	}
	mp.focus = F_KEEP;
	load(app);
}

/* The names of the two clients as typed (none for one the admin may not see). */
static void name_fields(struct app *app)
{
	char ids[NFIELDS][24];
	const char *p[NFIELDS] = { ids[0], ids[1] };
	char **names;
	int i;

	for (i = 0; i < NFIELDS; i++) {
		input_get(&mp.in[i], ids[i], sizeof ids[i]);
		free(mp.names[i]);
		mp.names[i] = NULL;
	}
	names = lookup_names(app->s.db, FIELD_LOOKUP_CLIENT, p, NFIELDS);
	for (i = 0; names && i < NFIELDS; i++)
		mp.names[i] = names[i] ? xstrdup(names[i]) : NULL;
	lookup_names_free(names, NFIELDS);
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	int i, y = top + 2;

	(void)app;
	draw_text(top, left, width, "Merge Clients", theme_attr(ROLE_TITLE), 0);
	for (i = 0; i < NFIELDS; i++, y++) {
		draw_text(y, left, 16, labels[i], theme_attr(ROLE_LABEL), 0);
		input_draw(&mp.in[i], y, left + 16, 10,
		           theme_attr(mp.focus == i ? ROLE_FIELD_ACTIVE : ROLE_FIELD), false);
		draw_text(y, left + 28, width - 28, mp.names[i] ? mp.names[i] : "",
		          theme_attr(ROLE_LABEL), 0);
	}
	y += draw_wrapped(y + 1, left, width, 3, "The merged client's records move to the kept one, "
	                  "never shared wider than before; F2 merges (asking first). Below, the merges: "
	                  "Enter on one undoes it (asking first).", theme_attr(ROLE_LABEL)) + 2;
	if (mp.list.nrows)
		list_draw(&mp.list, y, left, height - (y - top), width, mp.focus == FOCUS_LIST);
	if (mp.focus < NFIELDS) {
		curs_set(1);
		input_draw(&mp.in[mp.focus], top + 2 + mp.focus, left + 16, 10,
		           theme_attr(ROLE_FIELD_ACTIVE), true);
	}
}

static enum reaction merge(struct app *app)
{
	char keep[24], drop[24];
	char *id;

	input_get(&mp.in[F_KEEP], keep, sizeof keep);
	input_get(&mp.in[F_MERGE], drop, sizeof drop);
	if (!mp.names[F_KEEP] || !mp.names[F_MERGE]) {
		app_status(app, true, "Type the ids of two clients you may see.");
		return R_REDRAW;
	}
	if (!mp.merge_asked) {
		mp.merge_asked = true;
		app_status(app, true, "Merge client %s (%s) into client %s (%s)? F2 again merges.",
		           drop, mp.names[F_MERGE], keep, mp.names[F_KEEP]);
		return R_REDRAW;
	}
	mp.merge_asked = false;
	id = merge_clients(app->s.db, keep, drop);
	if (id)
		app_status(app, false, "Merged client %s into client %s (merge %s; it can be undone "
		           "below).", drop, keep, id);
	else
		app_status(app, true, "Not merged: %s", db_error(app->s.db));
	free(id);
	load(app);
	return R_REDRAW;
}

static enum reaction undo(struct app *app)
{
	const char *id = db_rows_get(mp.merges, mp.list.sel, 0);

	if (db_rows_get(mp.merges, mp.list.sel, 4)) {
		app_status(app, false, "That merge is undone already.");
		return R_REDRAW;
	}
	if (!mp.undo_asked) {
		mp.undo_asked = true;
		app_status(app, true, "Undo merge %s? Enter again undoes it.", id);
		return R_REDRAW;
	}
	mp.undo_asked = false;
	if (merge_undo(app->s.db, id))
		app_status(app, false, "Merge %s is undone: both clients are as they were.", id);
	else
		app_status(app, true, "Not undone: %s", db_error(app->s.db));
	load(app);
	return R_REDRAW;
}

static enum reaction list_keys(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	enum list_event e = list_key(&mp.list, k, is_key, a, height);

	if (e == LIST_OPEN || e == LIST_ACTION)
		return undo(app);
	mp.undo_asked = false;
	if (e == LIST_IGNORED && (a == A_NEXT_FIELD || a == A_PREV_FIELD)) {
		mp.focus = F_KEEP;
		return R_REDRAW;
	}
	return e == LIST_IGNORED ? R_UNHANDLED : R_REDRAW;
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	if (mp.focus == FOCUS_LIST)
		return list_keys(app, k, is_key, a, height - 8);
	if (a == A_SAVE)
		return merge(app);
	mp.merge_asked = false;
	if (a == A_NEXT_FIELD || a == A_DOWN || a == A_OPEN) {
		mp.focus = mp.focus + 1 < NFIELDS || mp.list.nrows ? mp.focus + 1 : F_KEEP;
		return R_REDRAW;
	}
	if (a == A_PREV_FIELD || a == A_UP) {
		mp.focus = mp.focus > 0 ? mp.focus - 1 : F_KEEP;
		return R_REDRAW;
	}
	if (input_key(&mp.in[mp.focus], k, is_key)) {
		name_fields(app);
		return R_REDRAW;
	}
	return R_UNHANDLED;
}

static void reset(struct page *page)
{
	int i;

	(void)page;
	db_rows_free(mp.merges);
	for (i = 0; i < NFIELDS; i++)
		free(mp.names[i]);
	memset(&mp, 0, sizeof mp);
}

const struct page_ops merge_page = {
	.name = "merge", .title = "Merge Clients", .need = NEED_ADMIN,
	.enter = enter,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "Merge two records of one person (system administrators only): type the id of "
	        "the client to keep and of the one to merge into it; their names show beside "
	        "them. F2 asks, then merges: everything about the merged client moves to the kept "
	        "one, and the merged one is marked merged. The merges are listed below; Enter on "
	        "one asks, then undoes it. Every merge and undo is in the audit log.",
};
