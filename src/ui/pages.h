/* pages.h: the page area's pages. */
#ifndef HEARTH_PAGES_H
#define HEARTH_PAGES_H

#include <stdbool.h>
#include <wchar.h>

#include "app.h"

struct form;

/* What a page needs selected first; the frame says so, once, when it is not. */
enum page_need {
	NEED_NOTHING,
	NEED_CLIENT,                 /* the entity bar's client */
	NEED_FAMILY,                 /* ... in a family */
};

/* A page of the running program: a C page, or a form's list of records. */
struct page {
	const char *name;            /* how the menu and the code name it */
	const char *title;           /* its title, and its entry in the trail */
	enum page_need need;
	const char *help;
	const struct page_ops *ops;
	const struct form *form;     /* a record page's form (NULL: a C page) */
	void *state;                 /* a record page's own state */
};

/* Make the pages: the C pages, then one for every form that declares one
 * (a records page each, with its own state); then the menu. pages_free
 * undoes it. */
void pages_build(struct app *app);
void pages_free(void);
/* The page called `name`, or NULL. */
struct page *page_named(const char *name);

/* Whether what the current page needs is there. */
bool page_ready(const struct app *app);
/* Draw the current page in the given rectangle. */
void page_draw(struct app *app, int top, int left, int height, int width);
/* A key for the current page. */
enum reaction page_key(struct app *app, wint_t key, bool is_key, enum action a);
/* The current page's help text. */
const char *page_help(const struct app *app);
/* Called when a page is opened (fields to their start). */
void page_enter(struct app *app);
/* Called when going back to a page (what it shows may have changed). */
void page_returned(struct app *app);
/* Forget what pages keep between visits (at logout). */
void pages_reset(void);

/* A key hint of the bottom line: the action whose key is shown, and what it
 * does here. */
struct hint {
	enum action action;
	const char *what;
};
#define HINTS_MAX 8

/* The current page's title, or of an earlier one in the trail: a form's
 * page says which form. */
const char *page_title_of(const struct app *app, const struct page *p);

/* The pages, one file each. */
struct page_ops {
	const char *name;            /* a C page's name, */
	const char *title;           /* title, */
	enum page_need need;         /* and need */
	void (*enter)(struct app *app);
	void (*draw)(struct app *app, int top, int left, int height, int width);
	enum reaction (*key)(struct app *app, wint_t key, bool is_key, enum action a, int height);
	void (*reset)(struct page *page);
	const char *help;
	/* when set, called when the page is shown again by going back */
	void (*returned)(struct app *app);
	/* when set, the help text of the page as it is now (a form's own) */
	const char *(*help_now)(const struct app *app);
	/* when set, the page's title as it is now (NULL: its title) */
	const char *(*title_now)(const struct app *app);
	/* when set, its keys for the hint line, at most HINTS_MAX (the frame
	 * adds back, panel, help and log out) */
	int (*hints)(const struct app *app, struct hint *hints);
};
/* caseload_page.c: load the caseload (Home shows it too). */
void caseload_enter(struct app *app);
/* find.c: Find Client opened with a quick search's fields, and run. */
struct quick_find;
void find_client_quick(struct app *app, const struct quick_find *q);
/* records_page.c: a form's list of records (the form declares the page);
 * the state of one such page. */
extern const struct page_ops records_page;
void *records_state_new(void);
/* files_page.c: Client Files and Document Check; photo_page.c: Client Photo. */
extern const struct page_ops files_page, documents_page, photo_page;
/* client_page.c: Edit Client, the current client's intake in its form. */
void edit_client(struct app *app);
/* ... and Information Release, its sharing level and MOU. */
void edit_release(struct app *app);
extern const struct page_ops find_page, client_page, form_page, paused_page, caseload_page,
       config_page, workflow_page, named_form_page, client_paused_page, merge_page,
       address_report_page, families_page, family_members_page, find_family_page;

/* family_members.c: the entity bar's family. Show the family (NULL: the
 * client's current one) with the current client; move `step` members on
 * (the family stays); add a new client to the family (asks the
 * relationship first). */
void family_show(struct app *app, const char *family_id);
enum reaction family_move(struct app *app, int step);
enum reaction family_add_new(struct app *app);

/* client_page.c: make the client the current entity and show its dashboard
 * (the opening is audited). Returns false with a sentence on the status line. */
bool client_page_show(struct app *app, const char *id);
/* The same without opening the dashboard: the page stays. */
bool client_select(struct app *app, const char *id);

/* form_pause.c: the open form, for pausing from outside it. */
struct paused;
/* Whether a form is open with something typed in it. */
bool form_has_entries(void);
/* Pause the open form: into the database, or when that fails for a lost
 * connection (or `local_only`), into a local file. Returns false with a
 * sentence on the status line when neither worked. */
bool form_pause(struct app *app, bool local_only);
/* Open the paused form `p` again, as it was. */
bool form_resume(struct app *app, const struct paused *p);
/* What a form opened by form_open tells its opener. */
struct form_hooks {
	/* saved, with its table and the new row's id; or left unsaved (NULL id) */
	void (*saved)(struct app *app, const char *table, const char *id);
	/* about to be paused: may make `p` the opener's (a whole workflow) */
	void (*pausing)(struct app *app, struct paused *p);
	/* paused (in the database or a local file) */
	void (*paused)(struct app *app);
};
/* form_page.c: open the form `name` on the page "form", its fields
 * `names` filled with `values`, telling `hooks` how it ends. */
bool form_open(struct app *app, const char *name, const char *const *names,
               const char *const *values, int n, const struct form_hooks *hooks);

/* form_edit.c: open the form `name` on the record `id` of its table, to
 * change it; on saving, only the fields changed are written, and only if
 * nobody saved the record meanwhile (else the person sees what changed and
 * chooses). hooks may be NULL: then the form goes back when saved. */
bool form_edit(struct app *app, const char *name, const char *id, const struct form_hooks *hooks);

/* workflow_page.c: whether a paused operation is a whole workflow's, and
 * resuming one: where it was, or (restart) without what was typed in its
 * open step. */
bool workflow_paused(const struct paused *p);
/* Whether a workflow is open with steps saved and steps still to do; pause
 * it (as form_pause does a form). */
bool workflow_unfinished(void);
bool workflow_pause(struct app *app, bool local_only);
/* pages.c: unfinished work, a form with entries or a workflow under way;
 * pausing it (false, with a sentence on the status line, when it could not
 * be kept). */
bool work_unfinished(void);
bool work_pause(struct app *app, bool local_only);
bool workflow_resume(struct app *app, const struct paused *p, bool restart);

#endif
