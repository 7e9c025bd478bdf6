/* list.h: the one list widget for every result list: columns, a selected
 * row, sorting by a column (again: reverse, with a marker), pages loaded
 * one at a time by the page that owns the list, and type-to-find. */
#ifndef HEARTH_LIST_H
#define HEARTH_LIST_H

#include <stdbool.h>
#include <wchar.h>

#include "keys.h"

struct list_column {
	const char *title;
	int width;               /* columns; 0: what is left */
};

/* What a key did, for the page to act on. */
enum list_event {
	LIST_IGNORED,            /* not a list key */
	LIST_MOVED,              /* redraw */
	LIST_OPEN,               /* Enter on a row */
	LIST_RESORT,             /* the sort changed: load the first page again */
	LIST_PAGE,               /* load the page in l->page */
	LIST_ACTION,             /* an action of the row's menu: l->chosen */
};

/* An entry of the row's action menu; `id` is the page's own. */
struct list_action {
	int id;
	const char *label;
};

struct list {
	const struct list_column *cols;
	int ncols;
	/* the text of a cell of the loaded page */
	const char *(*cell)(void *ctx, int row, int col);
	void *ctx;
	int nrows;               /* rows of the loaded page */
	bool more;               /* another page follows */
	int page;                /* which page is loaded (0: the first) */
	int sel, top;
	int sort_first;          /* the columns that sort: from sort_first to */
	int sort_end;            /* before sort_end (0: every column) */
	int sort;                /* column sorted by */
	bool desc;
	char find[64];           /* type-to-find so far */
	const struct list_action *actions;   /* the row's action menu (F5) */
	int nactions;
	bool menu;               /* the menu is open */
	int menu_sel;
	int chosen;              /* the id of the action chosen */
};

/* Rows a page holds. */
#define LIST_PAGE_ROWS 100

void list_draw(const struct list *l, int y, int x, int height, int width, bool focused);
enum list_event list_key(struct list *l, wint_t key, bool is_key, enum action a, int height);

#endif
