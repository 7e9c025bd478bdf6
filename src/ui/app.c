/* app.c: the terminal's set-up and tear-down, and the main loop. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "app.h"

#include <curses.h>
#include <locale.h>
#include <stdlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../conf.h"
#include "../forms/form.h"
#include "../util/xalloc.h"
#include "draw.h"
#include "pages.h"
#include "theme.h"

static void term_restore(void)
{
	if (!isendwin())
		endwin();
}

static void term_start(const struct conf *conf)
{
	setlocale(LC_ALL, "");
	/* Esc must act at once, not after the default second of waiting. */
	if (!getenv("ESCDELAY"))
		set_escdelay(25);
	if (!initscr())
		fatal("hearth: cannot start the terminal (is TERM set?)");
	xalloc_set_fatal_hook(term_restore);
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	theme_init(conf->theme);
}

void app_status(struct app *app, bool error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(app->status, sizeof app->status, fmt, ap);
	va_end(ap);
	app->status_error = error;
}

void app_open_page(struct app *app, enum page p)
{
	if (app->page != PAGE_NONE && app->page != p) {
		if (app->ntrail == TRAIL_MAX) {
			memmove(app->trail, app->trail + 1, sizeof app->trail[0] * (TRAIL_MAX - 1));
			app->ntrail--;
		}
		app->trail[app->ntrail++] = app->page;
	}
	app->page = p;
	page_enter(app);
}

bool app_too_small(void)
{
	char msg[128];

	if (COLS >= MIN_COLS && LINES >= MIN_LINES)
		return false;
	erase();
	snprintf(msg, sizeof msg, "hearth needs a terminal of at least %dx%d; this one is %dx%d.",
	         MIN_COLS, MIN_LINES, COLS, LINES);
	draw_wrapped(0, 0, COLS, LINES, msg, A_BOLD);
	return true;
}

static void draw(struct app *app)
{
	erase();
	if (!app_too_small()) {
		frame_draw(app);
		if (app->help)
			help_draw(app);
	}
	doupdate();
}

/* The logged-in part: the frame and its pages, until logout or quit. */
static enum reaction run_frame(struct app *app)
{
	enum reaction r = R_REDRAW;
	wint_t key;
	int kind;

	app->ws = 0;
	app->page = PAGE_HOME;
	app->ntrail = 0;
	app->panel_focus = true;
	app->nav_sel = 0;
	app_status(app, false, "Welcome, %s.", app->s.full_name[0] ? app->s.full_name : app->s.username);
	for (;;) {
		if (r & R_REDRAW) {
			draw(app);
			wnoutrefresh(stdscr);
			doupdate();
		}
		kind = get_wch(&key);
		if (kind == ERR)
			continue;
		if (kind == KEY_CODE_YES && key == KEY_RESIZE) {
			r = R_REDRAW;
			continue;
		}
		if (app->help) {
			app->help = false;
			r = R_REDRAW;
			continue;
		}
		r = frame_key(app, key, kind == KEY_CODE_YES);
		if (r & (R_LOGOUT | R_QUIT))
			return r;
	}
}

int app_run(struct conf *conf)
{
	struct app app;
	enum reaction r;

	memset(&app, 0, sizeof app);
	app.conf = conf;
	app.forms = form_set_load(conf->forms_dir);
	term_start(conf);
	/* a broken form file is reported; the other forms work */
	if (app.forms->errors.n)
		app_status(&app, true, "%s", app.forms->errors.msgs[0]);
	for (;;) {
		if (!login_run(&app))
			break;
		r = run_frame(&app);
		pages_reset(&app);
		if (app.has_client)
			client_summary_free(&app.client);
		app.has_client = false;
		session_end(&app.s);
		if (r & R_QUIT)
			break;
		app_status(&app, false, "You have logged out.");
	}
	term_restore();
	form_set_free(app.forms);
	return 0;
}
