/* app.c: the terminal's set-up and tear-down, and the main loop. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "app.h"

#include <curses.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../conf.h"
#include "../db/db.h"
#include "../forms/form.h"
#include "../forms/record.h"
#include "../forms/workflow.h"
#include "../paused.h"
#include "../util/xalloc.h"
#include "draw.h"
#include "pages.h"
#include "theme.h"
#include "work.h"

/* A lost terminal (SIGHUP, as when an SSH connection drops) or SIGTERM:
 * the main loop pauses the open form and ends. */
static volatile sig_atomic_t hangup;

static void on_hangup(int sig)
{
	(void)sig;
	hangup = 1;
}

static void catch_hangup(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_hangup;
	sigemptyset(&sa.sa_mask);
	/* no SA_RESTART: the read of the next key must return at once */
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

int app_key(wint_t *key)
{
	static int errors;
	int kind = get_wch(key);

	/* a terminal that is gone answers every read with an error */
	if (kind == ERR && ++errors > 50)
		hangup = 1;
	if (kind != ERR)
		errors = 0;
	return hangup ? ERR : kind;
}

bool app_hangup(void)
{
	return hangup;
}

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

void app_status_deleted(struct app *app, enum record_outcome outcome)
{
	switch (outcome) {
	case RECORD_DONE:
		app_status(app, false, "Deleted.");
		break;
	case RECORD_GONE:
		app_status(app, true, "Not deleted: it is another organization's (or another user's), "
		           "or it is gone already.");
		break;
	default:
		app_status(app, true, "Not deleted: %s", db_error(app->s.db));
		break;
	}
}

void app_open(struct app *app, struct page *p)
{
	/* the trail says where one is: a page in it again goes back to it */
	for (int i = 0; i < app->ntrail; i++)
		if (app->trail[i] == p) {
			app->ntrail = i;
			app->page = p;
			page_enter(app);
			return;
		}
	if (app->page && app->page != p) {
		if (app->ntrail == TRAIL_MAX) {
			memmove(app->trail, app->trail + 1, sizeof app->trail[0] * (TRAIL_MAX - 1));
			app->ntrail--;
		}
		app->trail[app->ntrail++] = app->page;
	}
	app->page = p;
	page_enter(app);
}

void app_open_page(struct app *app, const char *name)
{
	struct page *p = page_named(name);

	if (p)
		app_open(app, p);
	else
		app_status(app, true, "There is no page \"%s\" (see forms/).", name);
}

bool app_on(const struct app *app, const char *name)
{
	return app->page && !strcmp(app->page->name, name);
}

void app_back(struct app *app)
{
	app->page = app->ntrail ? app->trail[--app->ntrail] : page_named("home");
	page_returned(app);
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
	wnoutrefresh(stdscr);
	doupdate();
}

/* Keys while help is open: scroll it, or close it. */
static enum reaction help_key(struct app *app, wint_t key, bool is_key)
{
	enum action a = keys_action(keys_code(key, is_key));
	int rows = LINES - 7, last = help_line_count(app) - rows;

	if (a == A_DOWN || a == A_PAGE_DOWN || a == A_UP || a == A_PAGE_UP) {
		app->help_top += a == A_DOWN ? 1 : a == A_UP ? -1 : a == A_PAGE_DOWN ? rows : -rows;
		if (app->help_top > last)
			app->help_top = last;
		if (app->help_top < 0)
			app->help_top = 0;
		return R_REDRAW;
	}
	app->help = false;
	return R_REDRAW;
}

/* Logging out with unfinished work: pause it, discard it, or stay. */
static enum reaction ask_logout(struct app *app)
{
	wint_t key;
	int kind;

	app_status(app, true, "You have an unfinished form or workflow: p pauses it (to resume "
	           "later), d discards it, Esc goes back to it.");
	draw(app);
	while ((kind = app_key(&key)) == ERR || (kind == KEY_CODE_YES && key == KEY_RESIZE)) {
		if (hangup) {
			work_pause(app, false);
			return R_QUIT;
		}
		draw(app);
	}
	if (kind == OK && (key == 'p' || key == 'P'))
		return work_pause(app, false) ? R_LOGOUT : R_REDRAW;
	if (kind == OK && (key == 'd' || key == 'D'))
		return R_LOGOUT;
	app->status[0] = 0;
	return R_REDRAW;
}

/* After login: what was paused on this computer while the database could
 * not be reached goes to the database now. */
static void send_local(struct app *app, const char *before)
{
	int n = paused_send_local(app->s.db, app->s.username);

	if (n > 0)
		app_status(app, false, "%s%d operation%s paused on this computer %s now in "
		           "Paused Operations.", before, n, n == 1 ? "" : "s", n == 1 ? "is" : "are");
	else if (*before)
		app_status(app, false, "%s", before);
}

/* The connection was lost and is back: the session as it was, and what was
 * kept on this computer meanwhile to the database. */
static void reconnected(void *ctx)
{
	struct app *app = ctx;

	if (!session_restore(&app->s))
		return;
	send_local(app, "Reconnected. ");
}

/* The logged-in part: the frame and its pages, until logout or quit. */
static enum reaction run_frame(struct app *app)
{
	enum reaction r = R_REDRAW;
	wint_t key;
	int kind;

	app->ws = 0;
	if (app->s.theme)
		theme_init(app->s.theme);
	app->page = page_named("home");
	app->ntrail = 0;
	page_enter(app);
	app->panel_focus = true;
	app->nav_sel = 0;
	app_status(app, false, "Welcome, %s.", app->s.full_name[0] ? app->s.full_name : app->s.username);
	send_local(app, "");
	db_on_reconnect(app->s.db, reconnected, app);
	for (;;) {
		if (r & R_REDRAW)
			draw(app);
		kind = app_key(&key);
		if (hangup) {
			/* the terminal is gone: keep what was typed, then end */
			work_pause(app, false);
			return R_QUIT;
		}
		if (kind == ERR)
			continue;
		if (kind == KEY_CODE_YES && key == KEY_RESIZE) {
			r = R_REDRAW;
			continue;
		}
		if (app->help) {
			r = help_key(app, key, kind == KEY_CODE_YES);
			continue;
		}
		r = frame_key(app, key, kind == KEY_CODE_YES);
		if ((r & R_LOGOUT) && work_unfinished())
			r = ask_logout(app);
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
	{
		char *dir = xasprintf("%s/workflows", conf->forms_dir);
		app.workflows = workflow_set_load(dir, conf->forms_dir);
		free(dir);
	}
	term_start(conf);
	catch_hangup();
	/* a broken form file is reported; the other forms work */
	if (app.forms->errors.n)
		app_status(&app, true, "%s", app.forms->errors.msgs[0]);
	else if (app.workflows->errors.n)
		app_status(&app, true, "%s", app.workflows->errors.msgs[0]);
	pages_build(&app);
	for (;;) {
		if (!login_run(&app))
			break;
		r = run_frame(&app);
		pages_reset();
		app.page = NULL;
		app.ntrail = 0;
		if (app.has_client)
			client_summary_free(&app.client);
		app.has_client = false;
		session_end(&app.s);
		theme_init(conf->theme);    /* the next person gets the site's */
		if (r & R_QUIT)
			break;
		app_status(&app, false, "You have logged out.");
	}
	term_restore();
	pages_free();
	form_set_free(app.forms);
	workflow_set_free(app.workflows);
	return 0;
}
