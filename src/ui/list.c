/* list.c: drawing and keys of the list widget. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "list.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wctype.h>

#include "draw.h"
#include "theme.h"

#define MAX_COLS 16
#define NARROWEST 4

/* The widest a column's text is: its title (with the sort marker) and its
 * cells on the loaded page. */
static int widest(const struct list *l, int c)
{
	int w = text_width(l->cols[c].title) + (c == l->sort ? 2 : 0), r, cw;

	for (r = 0; r < l->nrows; r++)
		if ((cw = text_width(l->cell(l->ctx, r, c))) > w)
			w = cw;
	return w;
}

/* The columns' widths in `width`. Each is its declared width, widened to
 * its text when every column fits so (the last takes the rest of the
 * line). Else each starts at its declared width, or its text's when that
 * is narrower (the column without a width at NARROWEST), and the room left
 * goes a column at a time to those whose text is cut, then to that one. */
static void column_widths(const struct list *l, int width, int *out)
{
	int n = l->ncols < MAX_COLS ? l->ncols : MAX_COLS, want[MAX_COLS], c, sum = 0, room;
	int rest = n - 1;
	bool grew = true;

	if (n == 0)
		return;
	for (c = 0; c < n; c++) {
		want[c] = widest(l, c);
		out[c] = l->cols[c].width > want[c] ? l->cols[c].width : want[c];
		sum += out[c] + 1;
	}
	if (sum - 1 <= width) {
		out[n - 1] += width - (sum - 1);
		return;
	}
	for (sum = 0, c = 0; c < n; c++) {
		int declared = l->cols[c].width ? l->cols[c].width : NARROWEST;
		if (!l->cols[c].width)
			rest = c;
		out[c] = want[c] < declared ? want[c] : declared;
		sum += out[c] + 1;
	}
	for (room = width - (sum - 1); room > 0 && grew;)
		for (c = 0, grew = false; c < n && room > 0; c++)
			if (out[c] < want[c]) {
				out[c]++;
				room--;
				grew = true;
			}
	if (room > 0)
		out[rest] += room;
}

/* The action menu, under the selected row. */
static void draw_menu(const struct list *l, int y, int x, int width)
{
	int i, w = 24 < width ? 24 : width;

	if (y + l->nactions + 2 > LINES - 2)
		y = LINES - 2 - l->nactions - 2;
	attron(theme_attr(ROLE_NORMAL));
	mvhline(y, x, ACS_HLINE, w);
	mvhline(y + l->nactions + 1, x, ACS_HLINE, w);
	attroff(theme_attr(ROLE_NORMAL));
	draw_text(y, x + 1, w - 2, " Actions ", theme_attr(ROLE_TITLE), 0);
	for (i = 0; i < l->nactions; i++)
		draw_text(y + 1 + i, x, w, l->actions[i].label,
		          theme_attr(i == l->menu_sel ? ROLE_SELECTED : ROLE_NORMAL), 1);
}

void list_draw(const struct list *l, int y, int x, int height, int width, bool focused)
{
	char title[64], line[128];
	int c, r, cx, w, widths[MAX_COLS] = { 0 };

	column_widths(l, width, widths);
	for (c = 0, cx = x; c < l->ncols && c < MAX_COLS && cx < x + width; c++) {
		w = widths[c];
		snprintf(title, sizeof title, "%s%s", l->cols[c].title,
		         c == l->sort ? (l->desc ? " v" : " ^") : "");
		draw_text(y, cx, w < x + width - cx ? w : x + width - cx, title,
		          theme_attr(ROLE_TITLE), 1);
		cx += w + 1;
	}
	for (r = 0; r < height - 2 && l->top + r < l->nrows; r++) {
		int row = l->top + r, attr = theme_attr(row == l->sel && focused ? ROLE_SELECTED
		                                                                  : ROLE_NORMAL);
		draw_fill(y + 1 + r, x, width, attr);
		for (c = 0, cx = x; c < l->ncols && c < MAX_COLS && cx < x + width; c++) {
			w = widths[c];
			draw_text(y + 1 + r, cx, w < x + width - cx ? w : x + width - cx,
			          l->cell(l->ctx, row, c), attr, 0);
			cx += w + 1;
		}
	}
	if (l->nrows == 0)
		draw_text(y + 1, x, width, "Nothing found.", theme_attr(ROLE_LABEL), 0);
	if (l->menu)
		draw_menu(l, y + 2 + l->sel - l->top, x + 4, width - 4);
	snprintf(line, sizeof line, "rows %d-%d%s%s%s", l->page * LIST_PAGE_ROWS + (l->nrows ? 1 : 0),
	         l->page * LIST_PAGE_ROWS + l->nrows, l->more ? ", more: PgDn" : "",
	         l->find[0] ? "   find: " : "", l->find);
	draw_text(y + height - 1, x, width, line, theme_attr(ROLE_LABEL), 1);
}

static void keep_visible(struct list *l, int height)
{
	int rows = height - 2 > 1 ? height - 2 : 1;

	if (l->sel < 0)
		l->sel = 0;
	if (l->sel >= l->nrows)
		l->sel = l->nrows > 0 ? l->nrows - 1 : 0;
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + rows)
		l->top = l->sel - rows + 1;
}

/* Jump to the first row whose sort column starts with what was typed. */
static void find_row(struct list *l)
{
	size_t n = strlen(l->find);
	int r;

	for (r = 0; r < l->nrows; r++) {
		if (!strncasecmp(l->cell(l->ctx, r, l->sort), l->find, n)) {
			l->sel = r;
			return;
		}
	}
}

static enum list_event select_row(struct list *l, int to, int height)
{
	l->sel = to;
	l->find[0] = 0;
	keep_visible(l, height);
	return LIST_MOVED;
}

static enum list_event page_key(struct list *l, bool down, int height)
{
	int rows = height - 2 > 1 ? height - 2 : 1;

	if (down && l->sel + rows >= l->nrows && l->more) {
		l->page++;
		return LIST_PAGE;
	}
	if (!down && l->sel - rows < 0 && l->page > 0) {
		l->page--;
		return LIST_PAGE;
	}
	return select_row(l, l->sel + (down ? rows : -rows), height);
}

static enum list_event sort_key(struct list *l, bool next)
{
	/* The sorts in a row: each column ascending, then descending. > steps
	 * forward (so pressing it again reverses the column), < steps back. */
	int lo = l->sort_first, hi = l->sort_end ? l->sort_end : l->ncols;
	int at = (l->sort - lo) * 2 + (l->desc ? 1 : 0), n = (hi - lo) * 2;

	at = (at + (next ? 1 : n - 1)) % n;
	l->sort = lo + at / 2;
	l->desc = at % 2;
	l->find[0] = 0;
	l->page = 0;
	l->sel = l->top = 0;
	return LIST_RESORT;
}

static enum list_event find_key(struct list *l, wint_t key, bool is_key, int height)
{
	size_t n = strlen(l->find);
	char mb[8];
	int len;

	if (is_key && key == KEY_BACKSPACE && n > 0) {
		l->find[n - 1] = 0;
	} else if (!is_key && iswprint(key) && (len = wctomb(mb, (wchar_t)key)) > 0
	           && n + (size_t)len < sizeof l->find) {
		memcpy(l->find + n, mb, (size_t)len);
		l->find[n + (size_t)len] = 0;
	} else {
		return LIST_IGNORED;
	}
	find_row(l);
	keep_visible(l, height);
	return LIST_MOVED;
}

static enum list_event menu_key(struct list *l, enum action a)
{
	if (a == A_UP && l->menu_sel > 0)
		l->menu_sel--;
	else if (a == A_DOWN && l->menu_sel < l->nactions - 1)
		l->menu_sel++;
	else if (a == A_OPEN) {
		l->menu = false;
		l->chosen = l->actions[l->menu_sel].id;
		return LIST_ACTION;
	} else if (a == A_BACK || a == A_MENU)
		l->menu = false;
	return LIST_MOVED;
}

enum list_event list_key(struct list *l, wint_t key, bool is_key, enum action a, int height)
{
	if (l->menu)
		return menu_key(l, a);
	if (a == A_MENU && l->nrows && l->nactions) {
		l->menu = true;
		l->menu_sel = 0;
		return LIST_MOVED;
	}
	switch (a) {
	case A_UP: return select_row(l, l->sel - 1, height);
	case A_DOWN: return select_row(l, l->sel + 1, height);
	case A_HOME: return select_row(l, 0, height);
	case A_END: return select_row(l, l->nrows - 1, height);
	case A_PAGE_DOWN: return page_key(l, true, height);
	case A_PAGE_UP: return page_key(l, false, height);
	case A_SORT_NEXT: return sort_key(l, true);
	case A_SORT_PREV: return sort_key(l, false);
	case A_OPEN: return l->nrows ? LIST_OPEN : LIST_IGNORED;
	default: break;
	}
	if (a == A_BACK && l->find[0]) {
		l->find[0] = 0;
		return LIST_MOVED;
	}
	if (a != A_NONE)
		return LIST_IGNORED;
	return find_key(l, key, is_key, height);
}
