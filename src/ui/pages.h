/* pages.h: the page machinery: what a page is (struct page, and a C page's
 * struct page_ops), building the pages (the C pages of page_list.h, then a
 * records page for every form that declares one), finding one by name, and
 * passing the current page its drawing, keys, help and hints. What each
 * screen offers besides its page_ops is in its own header. */
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
	NEED_ADMIN,                  /* a system administrator */
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

/* What a page does: a C page's, one file each (page_list.h names them), or
 * records_page.h's, which every form's page shares. */
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

#endif
