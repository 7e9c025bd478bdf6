/* pages.h: the page area's pages. */
#ifndef HEARTH_PAGES_H
#define HEARTH_PAGES_H

#include <stdbool.h>
#include <wchar.h>

#include "app.h"

/* Draw the current page in the given rectangle. */
void page_draw(struct app *app, int top, int left, int height, int width);
/* A key for the current page. */
enum reaction page_key(struct app *app, wint_t key, bool is_key, enum action a);
/* The current page's help text. */
const char *page_help(const struct app *app);
/* Called when a page is opened (fields to their start). */
void page_enter(struct app *app);
/* Forget what pages keep between visits (at logout). */
void pages_reset(struct app *app);

/* The pages, one file each. */
struct page_ops {
	enum page page;
	void (*enter)(struct app *app);
	void (*draw)(struct app *app, int top, int left, int height, int width);
	enum reaction (*key)(struct app *app, wint_t key, bool is_key, enum action a, int height);
	void (*reset)(struct app *app);
	const char *help;
};
extern const struct page_ops find_page, client_page, form_page;

#endif
