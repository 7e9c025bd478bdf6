/* app.h: the running client: who is logged in, where they are, what the
 * status line says. Screens get the app and return what must be redrawn. */
#ifndef HEARTH_APP_H
#define HEARTH_APP_H

#include <stdbool.h>
#include <wchar.h>

#include "../client.h"
#include "../forms/record.h"
#include "../session.h"
#include "input.h"
#include "keys.h"
#include "menu.h"

#define MIN_COLS 80
#define MIN_LINES 24
#define TRAIL_MAX 8

struct conf;
struct page;
struct form_set;
struct workflow_set;

/* What a key handler asks of the main loop. */
enum reaction {
	R_NONE = 0,
	R_REDRAW = 1,
	R_LOGOUT = 2,
	R_QUIT = 4,
	R_UNHANDLED = 8,             /* a page did not want the key */
};

struct app {
	struct conf *conf;
	struct form_set *forms;      /* the forms/ files that loaded without mistakes */
	struct workflow_set *workflows;
	struct session s;
	bool logged_in;

	int ws;                      /* workspace (index into workspaces) */
	bool panel_hidden;
	bool panel_focus;            /* keys go to the panel, not the page */
	int nav_sel;                 /* selected row of the panel */
	bool searching;              /* typing into the menu search */
	bool hidden_before_search;   /* F9 had hidden the panel: it hides again after */
	struct input search;
	bool quick;                  /* typing into the quick search box */
	struct input quick_in;

	struct page *page;
	struct page *trail[TRAIL_MAX];   /* pages visited, oldest first */
	int ntrail;

	char opened_record[24];      /* the record a list opened a page on (opens = @page) */
	bool has_client;             /* the entity bar's client */
	struct client_summary client;

	bool help;                   /* the help overlay is open */
	int help_top;                /* its first line shown */
	bool trail_pick;             /* the trail is numbered: a digit goes back */
	char status[256];
	bool status_error;
};

/* Put a sentence on the status line (error: in the error role). */
void app_status(struct app *app, bool error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Say on the status line how deleting a record went (record.h). */
void app_status_deleted(struct app *app, enum record_outcome outcome);
/* Open a page by name (pages.h): it becomes the page area's, and joins the
 * trail. */
void app_open_page(struct app *app, const char *name);
void app_open(struct app *app, struct page *p);
/* Whether the current page is the one called `name`. */
bool app_on(const struct app *app, const char *name);
/* Back to the last page of the trail (Home when there is none). */
void app_back(struct app *app);
/* The next key (get_wch), or ERR; ERR for good once the terminal is gone
 * (SIGHUP, SIGTERM, or reads that keep failing): see app_hangup. */
int app_key(wint_t *key);
bool app_hangup(void);
/* The event loop, from the login screen to quitting. Returns the exit
 * status. */
int app_run(struct conf *conf);

/* login.c: the login screen and the organization chooser. Returns true
 * when app->s is logged in; false when the person quit. */
bool login_run(struct app *app);
/* frame.c: the layout around the page, and its keys. */
void frame_draw(struct app *app);
/* The rows the page area has now (the status line may take more than one). */
int frame_page_height(const struct app *app);
enum reaction frame_key(struct app *app, wint_t key, bool is_key);
/* help.c: the help overlay for the current page, and how many lines it
 * has (for scrolling). */
void help_draw(const struct app *app);
int help_line_count(const struct app *app);
/* Draw "the terminal must be at least ..." when it is too small; returns
 * true when it did. */
bool app_too_small(void);

#endif
