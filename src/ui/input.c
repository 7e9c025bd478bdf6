/* input.c: the text editor of fields (one line, or a memo's several): what
 * a key does to the text. Curses only names the key codes here, and draws
 * (input_draw, input_draw_lines); the editing is tested without a terminal. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "input.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "../util/xalloc.h"

/* The text, wherever it is kept. */
#define TEXT(in) ((in)->big ? (in)->big : (in)->text)

void input_init(struct input *in, int max_chars, bool masked)
{
	memset(in, 0, sizeof *in);
	in->max_chars = max_chars > 0 ? max_chars : INPUT_MAX;
	if (in->max_chars > INPUT_MAX)
		in->big = xcalloc((size_t)in->max_chars + 1, sizeof *in->big);
	in->masked = masked;
}

void input_init_memo(struct input *in, int max_chars)
{
	input_init(in, max_chars, false);
	if (!in->big)
		in->big = xcalloc((size_t)in->max_chars + 1, sizeof *in->big);
	in->multiline = true;
}

void input_free(struct input *in)
{
	free(in->big);
	in->big = NULL;
}

void input_set(struct input *in, const char *utf8)
{
	size_t n = mbstowcs(TEXT(in), utf8, (size_t)in->max_chars);

	in->len = n == (size_t)-1 ? 0 : (int)n;
	TEXT(in)[in->len] = 0;
	in->cursor = in->len;
}

void input_get(const struct input *in, char *buf, int len)
{
	size_t n = wcstombs(buf, TEXT(in), (size_t)len - 1);

	buf[n == (size_t)-1 ? 0 : n] = 0;
}

char *input_text(const struct input *in)
{
	size_t n = wcstombs(NULL, TEXT(in), 0);
	char *s = xmalloc(n == (size_t)-1 ? 1 : n + 1);

	if (n == (size_t)-1)
		s[0] = 0;
	else
		wcstombs(s, TEXT(in), n + 1);
	return s;
}

static void insert(struct input *in, wchar_t wc)
{
	if (in->len >= in->max_chars) {
		in->full = true;
		return;
	}
	memmove(TEXT(in) + in->cursor + 1, TEXT(in) + in->cursor,
	        sizeof(wchar_t) * (size_t)(in->len - in->cursor + 1));
	TEXT(in)[in->cursor++] = wc;
	in->len++;
}

static void delete_at(struct input *in, int at)
{
	if (at < 0 || at >= in->len)
		return;
	memmove(TEXT(in) + at, TEXT(in) + at + 1, sizeof(wchar_t) * (size_t)(in->len - at));
	in->len--;
	if (in->cursor > at)
		in->cursor--;
}

static int char_width(wchar_t wc)
{
	return wcwidth(wc) > 0 ? wcwidth(wc) : 1;
}

/* Walk a memo wrapped at in->width: the line and column of each character
 * in turn (and of the end), to `visit`, until it returns false. */
static void walk(const struct input *in, bool (*visit)(int i, int line, int col, void *ctx),
                 void *ctx)
{
	int i, w, line = 0, col = 0, width = in->width > 1 ? in->width : 80;

	for (i = 0; i <= in->len; i++) {
		w = i < in->len && TEXT(in)[i] != L'\n' ? char_width(TEXT(in)[i]) : 1;
		if (col + w > width && i < in->len && TEXT(in)[i] != L'\n') {
			line++;
			col = 0;
		}
		if (!visit(i, line, col, ctx))
			return;
		if (i < in->len && TEXT(in)[i] == L'\n') {
			line++;
			col = 0;
		} else {
			col += w;
		}
	}
}

struct spot {
	int at, line, col;           /* locate: in `at`, out line/col */
	int best;                    /* index_at: out */
};

static bool find_index(int i, int line, int col, void *ctx)
{
	struct spot *s = ctx;

	if (i == s->at) {
		s->line = line;
		s->col = col;
		return false;
	}
	return true;
}

static void locate(const struct input *in, int at, int *line, int *col)
{
	struct spot s = { at, 0, 0, -1 };

	walk(in, find_index, &s);
	*line = s.line;
	*col = s.col;
}

static bool find_spot(int i, int line, int col, void *ctx)
{
	struct spot *s = ctx;

	if (line == s->line && col <= s->col)
		s->best = i;
	return line <= s->line;
}

/* The character nearest (line, col), or -1 past the last line. */
static int index_at(const struct input *in, int line, int col)
{
	struct spot s = { 0, line, col, -1 };

	walk(in, find_spot, &s);
	return s.best;
}

/* Up or Down a line in a memo; false at its first or last line. */
static bool line_step(struct input *in, int dir)
{
	int line, col, to;

	locate(in, in->cursor, &line, &col);
	if (line + dir < 0 || (to = index_at(in, line + dir, col)) < 0)
		return false;
	in->cursor = to;
	return true;
}

bool input_key(struct input *in, wint_t key, bool is_key)
{
	in->full = false;
	if (in->multiline && !is_key && (key == '\n' || key == '\r')) {
		insert(in, L'\n');
		return true;
	}
	if (in->multiline && is_key && (key == KEY_UP || key == KEY_DOWN))
		return line_step(in, key == KEY_UP ? -1 : 1);
	if (!is_key && key == 127)
		key = KEY_BACKSPACE, is_key = true;
	if (!is_key && key == 8)
		key = KEY_BACKSPACE, is_key = true;
	if (!is_key && key == 21) {          /* ^U: clear */
		in->len = in->cursor = 0;
		TEXT(in)[0] = 0;
		return true;
	}
	if (!is_key) {
		if (!iswprint((wint_t)key))
			return false;
		insert(in, (wchar_t)key);
		return true;
	}
	switch (key) {
	case KEY_BACKSPACE: delete_at(in, in->cursor - 1); return true;
	case KEY_DC:        delete_at(in, in->cursor); return true;
	case KEY_LEFT:      if (in->cursor > 0) in->cursor--; return true;
	case KEY_RIGHT:     if (in->cursor < in->len) in->cursor++; return true;
	case KEY_HOME:      in->cursor = 0; return true;
	case KEY_END:       in->cursor = in->len; return true;
	case KEY_NPAGE:     return in->multiline && line_step(in, 1);
	case KEY_PPAGE:     return in->multiline && line_step(in, -1);
	default:            return false;
	}
}

void input_draw(const struct input *in, int y, int x, int width, int attr, bool focused)
{
	int start = 0, i, col = 0, cursor_col = 0, w;
	wchar_t wc;

	/* scroll so the cursor stays visible */
	while (start < in->cursor) {
		int span = 0;
		for (i = start; i < in->cursor; i++)
			span += in->masked ? 1 : char_width(TEXT(in)[i]);
		if (span < width)
			break;
		start++;
	}
	attron(attr);
	move(y, x);
	for (i = start; i < in->len; i++) {
		wc = in->masked ? L'*' : TEXT(in)[i] == L'\n' ? L' ' : TEXT(in)[i];
		w = wcwidth(wc) > 0 ? wcwidth(wc) : 1;
		if (col + w > width)
			break;
		if (i == in->cursor)
			cursor_col = col;
		addnwstr(&wc, 1);
		col += w;
	}
	if (in->cursor >= i)
		cursor_col = col;
	if (col < width)
		hline(' ', width - col);
	attroff(attr);
	if (focused)
		move(y, x + (cursor_col < width ? cursor_col : width - 1));
}

struct drawing {
	const struct input *in;
	int y, x, top, rows;
};

static bool draw_char(int i, int line, int col, void *ctx)
{
	struct drawing *d = ctx;
	wchar_t wc;

	if (line >= d->top + d->rows)
		return false;
	if (i < d->in->len && line >= d->top && (wc = TEXT(d->in)[i]) != L'\n')
		mvaddnwstr(d->y + line - d->top, d->x + col, &wc, 1);
	return true;
}

void input_draw_lines(struct input *in, int y, int x, int width, int rows, int attr, bool focused)
{
	struct drawing d = { in, y, x, 0, rows };
	int i, cur_line, cur_col;

	in->width = width;
	locate(in, in->cursor, &cur_line, &cur_col);
	d.top = cur_line >= rows ? cur_line - rows + 1 : 0;
	attron(attr);
	for (i = 0; i < rows; i++)
		mvhline(y + i, x, ' ', width);
	walk(in, draw_char, &d);
	attroff(attr);
	if (focused)
		move(y + cur_line - d.top, x + (cur_col < width ? cur_col : width - 1));
}
