/* input.c: the one-line editor. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "input.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

void input_init(struct input *in, int max_chars, bool masked)
{
	memset(in, 0, sizeof *in);
	in->max_chars = max_chars > 0 && max_chars < INPUT_MAX ? max_chars : INPUT_MAX;
	in->masked = masked;
}

void input_set(struct input *in, const char *utf8)
{
	size_t n = mbstowcs(in->text, utf8, (size_t)in->max_chars);

	in->len = n == (size_t)-1 ? 0 : (int)n;
	in->text[in->len] = 0;
	in->cursor = in->len;
}

void input_get(const struct input *in, char *buf, int len)
{
	size_t n = wcstombs(buf, in->text, (size_t)len - 1);

	buf[n == (size_t)-1 ? 0 : n] = 0;
}

static void insert(struct input *in, wchar_t wc)
{
	if (in->len >= in->max_chars)
		return;
	memmove(in->text + in->cursor + 1, in->text + in->cursor,
	        sizeof(wchar_t) * (size_t)(in->len - in->cursor + 1));
	in->text[in->cursor++] = wc;
	in->len++;
}

static void delete_at(struct input *in, int at)
{
	if (at < 0 || at >= in->len)
		return;
	memmove(in->text + at, in->text + at + 1, sizeof(wchar_t) * (size_t)(in->len - at));
	in->len--;
	if (in->cursor > at)
		in->cursor--;
}

bool input_key(struct input *in, wint_t key, bool is_key)
{
	if (!is_key && key == 127)
		key = KEY_BACKSPACE, is_key = true;
	if (!is_key && key == 8)
		key = KEY_BACKSPACE, is_key = true;
	if (!is_key && key == 21) {          /* ^U: clear */
		in->len = in->cursor = 0;
		in->text[0] = 0;
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
			span += in->masked ? 1 : (wcwidth(in->text[i]) > 0 ? wcwidth(in->text[i]) : 1);
		if (span < width)
			break;
		start++;
	}
	attron(attr);
	move(y, x);
	for (i = start; i < in->len; i++) {
		wc = in->masked ? L'*' : in->text[i];
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
