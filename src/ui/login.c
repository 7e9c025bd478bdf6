/* login.c: the login screen and, for a user of several organizations, the
 * choice of the one to work in. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "../conf.h"
#include "../session.h"
#include "app.h"
#include "draw.h"
#include "theme.h"

enum { F_USER, F_PASSWORD, F_COUNT };

struct login {
	struct input field[F_COUNT];
	int focus;
};

static void draw_hints(const char *hints)
{
	draw_text(LINES - 1, 0, COLS, hints, theme_attr(ROLE_STATUS), 1);
}

static void draw_status(const struct app *app)
{
	if (app->status[0])
		draw_text(LINES - 2, 1, COLS - 2, app->status,
		          theme_attr(app->status_error ? ROLE_ERROR : ROLE_NORMAL), 0);
}

static void draw_demo(const struct app *app, int y)
{
	char **acc = app->conf->demo_accounts;
	int i;

	if (!acc || !acc[0])
		return;
	draw_text(y++, 4, COLS - 8, "Demo accounts", theme_attr(ROLE_TITLE), 0);
	if (app->conf->demo_password) {
		char line[128];
		snprintf(line, sizeof line, "(every password is \"%s\")", app->conf->demo_password);
		draw_text(y++, 4, COLS - 8, line, theme_attr(ROLE_LABEL), 0);
	}
	/* two columns when one does not hold them all */
	int n = 0, rows = LINES - 3 - y, colw = COLS - 10;
	while (acc[n])
		n++;
	if (rows > 0 && n > rows)
		colw = (COLS - 10) / 2;
	for (i = 0; acc[i] && rows > 0; i++) {
		int col = i / rows;
		if (col > 1 || (col == 1 && colw == COLS - 10))
			break;
		draw_text(y + i % rows, 6 + col * colw, colw - 1, acc[i], theme_attr(ROLE_NORMAL), 0);
	}
}

static void draw_login(const struct app *app, const struct login *l)
{
	erase();
	if (app_too_small()) {
		doupdate();
		return;
	}
	draw_text(0, 0, COLS, " hearth \xe2\x80\x94 case management", theme_attr(ROLE_BANNER), 1);
	draw_text(2, 4, COLS - 8, "Log in with your own HMIS user name and password.",
	          theme_attr(ROLE_NORMAL), 0);
	draw_text(4, 4, 12, "User name", theme_attr(ROLE_LABEL), 0);
	draw_text(5, 4, 12, "Password", theme_attr(ROLE_LABEL), 0);
	draw_demo(app, 8);
	draw_status(app);
	draw_hints(" Enter log in   Tab next field   F10 quit");
	input_draw(&l->field[F_PASSWORD], 5, 16, 32,
	           theme_attr(l->focus == F_PASSWORD ? ROLE_FIELD_ACTIVE : ROLE_FIELD), false);
	input_draw(&l->field[F_USER], 4, 16, 32,
	           theme_attr(l->focus == F_USER ? ROLE_FIELD_ACTIVE : ROLE_FIELD), false);
	/* draw the focused one last, so the cursor stays in it */
	input_draw(&l->field[l->focus], l->focus == F_USER ? 4 : 5, 16, 32,
	           theme_attr(ROLE_FIELD_ACTIVE), true);
	curs_set(1);
	wnoutrefresh(stdscr);
	doupdate();
}

static bool try_login(struct app *app, struct login *l)
{
	char user[256], password[1024], *err = NULL;

	input_get(&l->field[F_USER], user, sizeof user);
	input_get(&l->field[F_PASSWORD], password, sizeof password);
	app_status(app, false, "Connecting...");
	draw_login(app, l);
	if (session_login(&app->s, app->conf->conninfo, user, password, &err)) {
		memset(password, 0, sizeof password);
		app->status[0] = 0;
		return true;
	}
	memset(password, 0, sizeof password);
	app_status(app, true, "%s", err);
	free(err);
	input_set(&l->field[F_PASSWORD], "");
	l->focus = *user ? F_PASSWORD : F_USER;
	return false;
}

/* Returns 1 logged in, 0 go on, -1 quit. */
static int login_key(struct app *app, struct login *l, wint_t key, bool is_key)
{
	enum action a = keys_action(keys_code(key, is_key));

	if (is_key && key == KEY_RESIZE)
		return 0;
	if (a == A_LOGOUT)
		return -1;
	if (a == A_OPEN) {
		/* Enter in the user name goes on to an empty password first */
		if (l->focus == F_USER && l->field[F_PASSWORD].len == 0) {
			l->focus = F_PASSWORD;
			return 0;
		}
		return try_login(app, l) ? 1 : 0;
	}
	if (a == A_NEXT_FIELD || a == A_PREV_FIELD || a == A_UP || a == A_DOWN) {
		l->focus = !l->focus;
		return 0;
	}
	if (input_key(&l->field[l->focus], key, is_key))
		app->status[0] = 0;
	return 0;
}

static void draw_orgs(const struct app *app, int sel)
{
	int i, y = 4;

	erase();
	if (app_too_small()) {
		doupdate();
		return;
	}
	curs_set(0);
	draw_text(0, 0, COLS, " hearth \xe2\x80\x94 choose an organization", theme_attr(ROLE_BANNER), 1);
	draw_text(2, 4, COLS - 8, "You work in several organizations. Which one now?",
	          theme_attr(ROLE_NORMAL), 0);
	for (i = 0; i < app->s.norgs && y < LINES - 3; i++, y++)
		draw_text(y, 6, COLS - 12, app->s.orgs[i].name,
		          theme_attr(i == sel ? ROLE_SELECTED : ROLE_NORMAL), 1);
	draw_status(app);
	draw_hints(" Up/Down choose   Enter work in it   F10 log out");
	wnoutrefresh(stdscr);
	doupdate();
}

/* Choose the organization: the last one used is selected first. Returns
 * false when the person logs out instead. */
static bool choose_org(struct app *app)
{
	int sel = 0, i, kind;
	wint_t key;
	char *err = NULL;
	enum action a;

	for (i = 0; i < app->s.norgs; i++)
		if (app->s.orgs[i].id == app->s.org_id)
			sel = i;
	if (app->s.norgs == 0)
		return true;
	while (app->s.norgs > 1) {
		draw_orgs(app, sel);
		if ((kind = app_key(&key)) == ERR) {
			if (app_hangup())
				return false;
			continue;
		}
		a = keys_action(keys_code(key, kind == KEY_CODE_YES));
		if (a == A_LOGOUT || a == A_BACK)
			return false;
		if (a == A_UP && sel > 0)
			sel--;
		else if (a == A_DOWN && sel < app->s.norgs - 1)
			sel++;
		else if (a == A_OPEN)
			break;
	}
	if (!session_set_org(&app->s, app->s.orgs[sel].id, &err)) {
		app_status(app, true, "%s", err);
		free(err);
		return false;
	}
	return true;
}

bool login_run(struct app *app)
{
	struct login l;
	wint_t key;
	int kind, r;

	memset(&l, 0, sizeof l);
	input_init(&l.field[F_USER], 63, false);
	input_init(&l.field[F_PASSWORD], 1000, true);
	if (app->conf->problems && !app->status[0])
		app_status(app, true, "%s", app->conf->problems[0]);
	for (;;) {
		draw_login(app, &l);
		if ((kind = app_key(&key)) == ERR) {
			if (app_hangup())
				return false;
			continue;
		}
		r = login_key(app, &l, key, kind == KEY_CODE_YES);
		if (r < 0)
			return false;
		if (r == 0)
			continue;
		if (choose_org(app)) {
			app->logged_in = true;
			return true;
		}
		session_end(&app->s);
		app_status(app, false, "You have logged out.");
		input_set(&l.field[F_PASSWORD], "");
	}
}
