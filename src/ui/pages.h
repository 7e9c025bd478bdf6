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

#endif
