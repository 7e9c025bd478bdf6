/* frame.c: the layout around every page (banner, workspace tabs, entity
 * bar, click trail, navigation panel, status line, key hints) and the keys
 * that move between pages. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "../quick_find.h"
#include "../util/xalloc.h"
#include "app.h"
#include "draw.h"
#include "family_members.h"
#include "find.h"
#include "pages.h"
#include "theme.h"

/* The panel's width: wider on a wider terminal, so that long menu entries
 * show whole where there is room. */
static int panel_width(void)
{
	return COLS >= 120 ? 32 : COLS >= 100 ? 28 : 24;
}
#define PANEL_WIDTH panel_width()
#define TOP 4                /* first row of the panel and the page */

struct nav_row {
	int ws;              /* the workspace (a search may reach others) */
	int group;
	int item;            /* -1: the group's heading */
};

/* Admin follows the administrator role; the rest, the active workgroup
 * (none: every one). Home is always there. */
static bool visible_ws(const struct app *app, int ws)
{
	const struct workgroup *wg = session_workgroup(&app->s);
	const char *p;
	size_t len = strlen(workspaces[ws].name);

	if (workspaces[ws].admin_only)
		return app->s.admin;
	if (!wg || ws == 0)
		return true;
	for (p = wg->workspaces; (p = strstr(p, workspaces[ws].name)); p += len)
		if ((p == wg->workspaces || p[-1] == ',') && (p[len] == ',' || !p[len]))
			return true;
	return false;
}

static char search_text(const struct app *app, char *buf, int len)
{
	input_get(&app->search, buf, len);
	return buf[0];
}

/* The panel's rows: the groups and, unless folded, their items; while
 * searching, every item of the workspace that matches, or when none does,
 * those of the other workspaces. */
static struct nav_row *rows;      /* the panel's rows, as nav_rows made them last */
static int rows_cap;

static void add_row(int n, struct nav_row row)
{
	if (n >= rows_cap) {
		rows_cap = rows_cap ? rows_cap * 2 : 64;
		rows = xrealloc(rows, (size_t)rows_cap * sizeof *rows);
	}
	rows[n] = row;
}

static int nav_rows(const struct app *app)
{
	char q[64];
	int n = 0, g, i, ws, pass;
	bool filter = app->searching && search_text(app, q, sizeof q);

	for (pass = 0; pass < 2 && n == 0; pass++) {
		for (ws = 0; ws < workspace_count; ws++) {
			const struct workspace *w = &workspaces[ws];
			if ((pass == 0) != (ws == app->ws) || !visible_ws(app, ws) || (pass == 1 && !filter))
				continue;
			for (g = 0; g < w->ngroups; g++) {
				if (!filter)
					add_row(n++, (struct nav_row){ ws, g, -1 });
				if (!filter && w->groups[g].folded)
					continue;
				for (i = 0; i < w->groups[g].nitems; i++)
					if (!filter || strcasestr(w->groups[g].items[i].label, q))
						add_row(n++, (struct nav_row){ ws, g, i });
			}
		}
	}
	return n;
}

static void draw_banner(const struct app *app)
{
	char line[512];

	snprintf(line, sizeof line, " hearth   %s (%s)   %s", app->s.full_name, app->s.username,
	         app->s.org_name ? app->s.org_name : "no organization");
	draw_text(0, 0, COLS, line, theme_attr(ROLE_BANNER), 1);
	draw_text(0, COLS - 9, 9, "F1 help ", theme_attr(ROLE_BANNER), 1);
}

static void draw_tabs(const struct app *app)
{
	int x = 1, ws;

	draw_fill(1, 0, COLS, theme_attr(ROLE_TAB));
	for (ws = 0; ws < workspace_count; ws++) {
		if (!visible_ws(app, ws))
			continue;
		char label[32];
		snprintf(label, sizeof label, " %s ", workspaces[ws].name);
		x += draw_text(1, x, COLS - x, label,
		               theme_attr(ws == app->ws ? ROLE_TAB_ACTIVE : ROLE_TAB), 0) + 1;
	}
}

static void draw_entity(const struct app *app)
{
	char line[512], family[300] = "";
	const struct client_summary *c = &app->client;
	int i;

	if (!app->has_client) {
		draw_text(2, 1, COLS - 2, "No client or facility selected", theme_attr(ROLE_ENTITY), 0);
		return;
	}
	for (i = 0; c->family.id && i < c->household.n; i++)
		if (!strcmp(c->household.rows[i].client_id, c->id))
			snprintf(family, sizeof family, "   [%d/%d %s%s]", i + 1, c->household.n,
			         c->family.name, c->family.is_current ? "" : ", not current");
	snprintf(line, sizeof line, "Client %s: %s %s%s", c->id, c->first_name, c->last_name, family);
	draw_text(2, 1, COLS - 2, line, theme_attr(ROLE_ENTITY), 0);
	if (c->alerts) {             /* the alerts marker, at the bar's right end */
		snprintf(line, sizeof line, " ! %d alert%s ", c->alerts, c->alerts == 1 ? "" : "s");
		draw_text(2, COLS - 1 - (int)strlen(line), (int)strlen(line), line,
		          theme_attr(ROLE_ERROR), 0);
	}
}

/* The trail: the pages that led here, then the current one, which always
 * shows: when they do not fit, the oldest are cut at the left. After F3,
 * each earlier page has its number. */
static void draw_trail(const struct app *app)
{
	char line[1024], entry[160];
	int i, first = 0, used;

	for (;;) {
		used = snprintf(line, sizeof line, "%s", first ? "... > " : "");
		for (i = first; i < app->ntrail && used < (int)sizeof line; i++) {
			if (app->trail_pick)
				snprintf(entry, sizeof entry, "%d %s > ", i + 1, page_title_of(app, app->trail[i]));
			else
				snprintf(entry, sizeof entry, "%s > ", page_title_of(app, app->trail[i]));
			used += snprintf(line + used, sizeof line - (size_t)used, "%s", entry);
		}
		if (used < (int)sizeof line)
			snprintf(line + used, sizeof line - (size_t)used, "%s", page_title_of(app, app->page));
		if (text_width(line) <= COLS - 2 || first >= app->ntrail)
			break;
		first++;
	}
	draw_text(3, 1, COLS - 2, line, theme_attr(ROLE_TRAIL), 1);
}

static void draw_panel(const struct app *app, int height)
{
	int n = nav_rows(app), i, y = TOP, first = 0;
	char label[160];

	if (app->searching) {
		draw_text(y, 0, 2, "/", theme_attr(ROLE_LABEL), 1);
		input_draw(&app->search, y, 2, PANEL_WIDTH - 3, theme_attr(ROLE_FIELD_ACTIVE), false);
		y++;
		if (n == 0)
			draw_text(y, 1, PANEL_WIDTH - 2, "(no menu option)", theme_attr(ROLE_LABEL), 0);
	}
	if (app->nav_sel >= height - (y - TOP))
		first = app->nav_sel - (height - (y - TOP)) + 1;
	for (i = first; i < n && y < TOP + height; i++, y++) {
		const struct menu_group *g = &workspaces[rows[i].ws].groups[rows[i].group];
		bool sel = i == app->nav_sel && app->panel_focus;
		if (rows[i].item < 0)
			snprintf(label, sizeof label, "%s %s",
			         g->folded ? "+" : "-", g->label);
		else if (rows[i].ws != app->ws)
			snprintf(label, sizeof label, "   %s (%s)", g->items[rows[i].item].label,
			         workspaces[rows[i].ws].name);
		else
			snprintf(label, sizeof label, "   %s", g->items[rows[i].item].label);
		draw_text(y, 0, PANEL_WIDTH - 1, label,
		          theme_attr(sel ? ROLE_PANEL_SELECTED
		                         : rows[i].item < 0 ? ROLE_TITLE : ROLE_PANEL), 1);
	}
	mvvline(TOP, PANEL_WIDTH - 1, ACS_VLINE, height);
}

/* The hints of the panel, the menu search, and what every page adds to its
 * own (pages.h: hints). */
static const struct hint panel_hints[] = {
	{ A_OPEN, "open" }, { A_NAV_SEARCH, "search menu" }, { A_NEXT_TAB, "workspace" },
	{ A_TOGGLE_PANEL, "panel" }, { A_HELP, "help" }, { A_LOGOUT, "log out" },
};
static const struct hint search_hints[] = { { A_OPEN, "open" }, { A_BACK, "cancel" } };
static const struct hint page_hints[] = {
	{ A_BACK, "back" }, { A_NEXT_FIELD, "menu" }, { A_TOGGLE_PANEL, "panel" },
	{ A_HELP, "help" }, { A_LOGOUT, "log out" },
};
#define N(a) ((int)(sizeof a / sizeof a[0]))

/* What works here: the page's own keys first, then the frame's. Tab goes to
 * the menu only on a page without fields. */
static int hints_now(const struct app *app, struct hint *out)
{
	int n = 0, own;
	bool fields = false;

	if (app->searching || (app->panel_focus && !app->panel_hidden)) {
		const struct hint *h = app->searching ? search_hints : panel_hints;
		n = app->searching ? N(search_hints) : N(panel_hints);
		memcpy(out, h, (size_t)n * sizeof *out);
		return n;
	}
	own = app->page->ops->hints && page_ready(app) ? app->page->ops->hints(app, out) : 0;
	for (int i = 0; i < own; i++)
		fields = fields || out[i].action == A_NEXT_FIELD;
	n = own;
	for (int i = 0; i < N(page_hints); i++)
		if (!(fields && page_hints[i].action == A_NEXT_FIELD)
		    && !(app->panel_hidden && page_hints[i].action == A_NEXT_FIELD))
			out[n++] = page_hints[i];
	return n;
}

/* The key hints, made from the key table: a key and a word each, as many as
 * fit. */
static void draw_hints(const struct app *app)
{
	struct hint hints[HINTS_MAX + N(page_hints) + N(panel_hints)];
	int n = hints_now(app, hints), i, x = 0, w;
	char keys[32], word[64];

	draw_fill(LINES - 1, 0, COLS, theme_attr(ROLE_STATUS));
	for (i = 0; i < n; i++) {
		keys_of(hints[i].action, keys, sizeof keys);
		if (!keys[0])
			continue;
		strtok(keys, " ");
		snprintf(word, sizeof word, " %s ", hints[i].what);
		w = 1 + text_width(keys) + text_width(word);
		if (x + w > COLS)
			break;           /* a hint is shown whole or not at all */
		x += draw_text(LINES - 1, x, COLS - x, " ", theme_attr(ROLE_STATUS), 0);
		x += draw_text(LINES - 1, x, COLS - x, keys, theme_attr(ROLE_HINT_KEY), 0);
		x += draw_text(LINES - 1, x, COLS - x, word, theme_attr(ROLE_STATUS), 0);
	}
}
#undef N

/* The rows of the status line: a sentence longer than the line wraps onto
 * up to three. */
#define STATUS_ROWS_MAX 3
static int status_rows(const struct app *app)
{
	int rows = app->status[0] ? wrapped_rows(COLS - 2, STATUS_ROWS_MAX, app->status) : 1;

	return rows < 1 ? 1 : rows;
}

int frame_page_height(const struct app *app)
{
	return LINES - TOP - 1 - status_rows(app);
}

void frame_draw(struct app *app)
{
	int left = app->panel_hidden ? 0 : PANEL_WIDTH, height = frame_page_height(app);
	int rows = status_rows(app), cursor_y, cursor_x;

	curs_set(0);
	draw_banner(app);
	draw_tabs(app);
	draw_entity(app);
	draw_trail(app);
	if (!app->panel_hidden)
		draw_panel(app, height);
	page_draw(app, TOP, left + 1, height, COLS - left - 2);
	getyx(stdscr, cursor_y, cursor_x);     /* where the page put it: its field */
	if (app->status[0])
		draw_wrapped(LINES - 1 - rows, 1, COLS - 2, rows, app->status,
		             theme_attr(app->status_error ? ROLE_ERROR : ROLE_NORMAL));
	draw_hints(app);
	if (app->quick) {
		draw_text(LINES - 2, 1, 14, "Quick search:", theme_attr(ROLE_LABEL), 0);
		curs_set(1);
		input_draw(&app->quick_in, LINES - 2, 15, COLS - 16, theme_attr(ROLE_FIELD_ACTIVE), true);
	}
	if (app->searching && !app->panel_hidden) {
		curs_set(1);
		input_draw(&app->search, TOP, 2, PANEL_WIDTH - 3, theme_attr(ROLE_FIELD_ACTIVE), true);
	} else if (!app->quick) {
		move(cursor_y, cursor_x);      /* the status and hints drew after it */
	}
}

static void switch_workspace(struct app *app, int step)
{
	int ws = app->ws;

	do
		ws = (ws + step + workspace_count) % workspace_count;
	while (!visible_ws(app, ws));
	app->ws = ws;
	app->nav_sel = 0;
}

/* The menu search is over: a panel F9 had hidden hides again. */
static void end_search(struct app *app)
{
	if (app->searching && app->hidden_before_search)
		app->panel_hidden = true;
	app->searching = false;
}

static enum reaction open_row(struct app *app)
{
	int n = nav_rows(app);
	const struct nav_row *r;
	const struct menu_item *item;

	if (app->nav_sel >= n)
		return R_NONE;
	r = &rows[app->nav_sel];
	if (r->item < 0) {
		workspaces[r->ws].groups[r->group].folded ^= true;
		return R_REDRAW;
	}
	end_search(app);
	app->ws = r->ws;
	app->status[0] = 0;          /* before: what the page says on opening stays */
	item = &workspaces[r->ws].groups[r->group].items[r->item];
	if (item->open)
		item->open(app);
	else
		app_open(app, item->page);
	app->panel_focus = false;
	return R_REDRAW;
}

static enum reaction search_key(struct app *app, wint_t key, bool is_key, enum action a)
{
	int n;

	if (a == A_BACK) {
		end_search(app);
		app->nav_sel = 0;
		return R_REDRAW;
	}
	if (a == A_OPEN)
		return open_row(app);
	if (a == A_UP || a == A_DOWN) {
		n = nav_rows(app);
		app->nav_sel += a == A_UP ? -1 : 1;
		if (app->nav_sel < 0)
			app->nav_sel = 0;
		if (app->nav_sel >= n)
			app->nav_sel = n > 0 ? n - 1 : 0;
		return R_REDRAW;
	}
	if (input_key(&app->search, key, is_key))
		app->nav_sel = 0;
	return R_REDRAW;
}

static enum reaction panel_key(struct app *app, enum action a)
{
	int n = nav_rows(app);

	switch (a) {
	case A_UP:
		if (app->nav_sel > 0)
			app->nav_sel--;
		return R_REDRAW;
	case A_DOWN:
		if (app->nav_sel < n - 1)
			app->nav_sel++;
		return R_REDRAW;
	case A_OPEN:
		return open_row(app);
	case A_NEXT_TAB:
	case A_PREV_TAB:
		switch_workspace(app, a == A_NEXT_TAB ? 1 : -1);
		return R_REDRAW;
	default:
		return R_NONE;
	}
}

static enum reaction go_back(struct app *app)
{
	if (app->ntrail == 0) {
		app->panel_focus = true;
		return R_REDRAW;
	}
	app_back(app);
	return R_REDRAW;
}

/* The quick search box: Enter runs it in Find Client, Esc cancels. */
static enum reaction quick_key(struct app *app, wint_t key, bool is_key, enum action a)
{
	struct quick_find q;
	const char *problem;
	char text[256];

	if (a == A_BACK) {
		app->quick = false;
		app->status[0] = 0;
		return R_REDRAW;
	}
	if (a != A_OPEN) {
		input_key(&app->quick_in, key, is_key);
		return R_REDRAW;
	}
	input_get(&app->quick_in, text, sizeof text);
	if (!quick_find_parse(text, &q, &problem)) {
		app_status(app, true, "%s", problem);
		app->quick = false;
		return R_REDRAW;
	}
	app->quick = false;
	app->status[0] = 0;
	find_client_quick(app, &q);
	return R_REDRAW;
}

/* F3 numbered the trail: a digit goes back to that page, anything else not. */
static enum reaction trail_key(struct app *app, wint_t key, bool is_key)
{
	int n = !is_key && key >= '1' && key <= '9' ? (int)(key - '0') : 0;

	app->trail_pick = false;
	app->status[0] = 0;
	if (n >= 1 && n <= app->ntrail) {
		app->page = app->trail[n - 1];
		app->ntrail = n - 1;
		page_enter(app);
	}
	return R_REDRAW;
}

enum reaction frame_key(struct app *app, wint_t key, bool is_key)
{
	enum action a = keys_action(keys_code(key, is_key));
	enum reaction r;

	if (app->trail_pick)
		return trail_key(app, key, is_key);
	if (a == A_TRAIL) {
		if (app->ntrail == 0) {
			app_status(app, false, "There is no earlier page.");
			return R_REDRAW;
		}
		app->trail_pick = true;
		app_status(app, false, "Type the number of the page to go back to (any other key: stay).");
		return R_REDRAW;
	}
	if (app->searching)
		return search_key(app, key, is_key, a);
	if (app->quick)
		return quick_key(app, key, is_key, a);
	/* the page first: its fields take what people type ('/' in a date) */
	if ((!app->panel_focus || app->panel_hidden) && a != A_LOGOUT
	    && !((r = page_key(app, key, is_key, a)) & R_UNHANDLED))
		return r;
	switch (a) {
	case A_LOGOUT:
		return R_LOGOUT;
	case A_HELP:
		app->help = true;
		app->help_top = 0;
		return R_REDRAW;
	case A_REDRAW:
		clearok(curscr, TRUE);
		return R_REDRAW;
	case A_TOGGLE_PANEL:
		app->panel_hidden = !app->panel_hidden;
		app->panel_focus = !app->panel_hidden && app->panel_focus;
		return R_REDRAW;
	case A_QUICK_FIND:
		app->quick = true;
		input_init(&app->quick_in, 60, false);
		app_status(app, false, " ");
		return R_REDRAW;
	case A_NAV_SEARCH:
		app->hidden_before_search = app->panel_hidden;
		app->panel_hidden = false;
		app->panel_focus = true;
		app->searching = true;
		app->nav_sel = 0;
		input_init(&app->search, 40, false);
		return R_REDRAW;
	case A_NEXT_FIELD:
	case A_PREV_FIELD:
		if (!app->panel_hidden)
			app->panel_focus = !app->panel_focus;
		return R_REDRAW;
	case A_BACK:
		return go_back(app);
	case A_ADD_MEMBER:
		return family_add_new(app);
	case A_PREV_MEMBER:
	case A_NEXT_MEMBER:
		return family_move(app, a == A_NEXT_MEMBER ? 1 : -1);
	case A_NEXT_TAB:
	case A_PREV_TAB:
		switch_workspace(app, a == A_NEXT_TAB ? 1 : -1);
		return R_REDRAW;
	default:
		break;
	}
	if (app->panel_focus && !app->panel_hidden)
		return panel_key(app, a);
	return R_NONE;
}
