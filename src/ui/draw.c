/* draw.c: clipping UTF-8 text to columns with ncursesw. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "draw.h"

#include <curses.h>
#include <string.h>
#include <wchar.h>

/* Decode one character; returns its byte length (1 for invalid bytes, shown
 * as '?'). */
static size_t next_char(const char *s, wchar_t *wc)
{
	mbstate_t st;
	size_t n;

	memset(&st, 0, sizeof st);
	n = mbrtowc(wc, s, strlen(s), &st);
	if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
		*wc = L'?';
		return 1;
	}
	return n;
}

static int char_width(wchar_t wc)
{
	int w = wcwidth(wc);

	return w < 0 ? 1 : w;
}

int text_width(const char *s)
{
	wchar_t wc;
	int w = 0;

	while (*s) {
		s += next_char(s, &wc);
		w += char_width(wc);
	}
	return w;
}

int draw_text(int y, int x, int width, const char *s, int attr, int pad)
{
	wchar_t wc;
	int used = 0, w;

	if (width <= 0)
		return 0;
	attron(attr);
	move(y, x);
	while (s && *s) {
		s += next_char(s, &wc);
		w = char_width(wc);
		if (used + w > width)
			break;
		if (w > 0) {
			addnwstr(&wc, 1);
			used += w;
		}
	}
	if (pad && used < width)
		hline(' ', width - used);
	attroff(attr);
	return used;
}

void draw_fill(int y, int x, int width, int attr)
{
	if (width <= 0)
		return;
	attron(attr);
	mvhline(y, x, ' ', width);
	attroff(attr);
}

/* Bytes of the longest prefix of s, ending at a space or the end, that fits
 * in width columns (at least one character). */
static size_t fitting(const char *s, int width)
{
	const char *p = s, *space = NULL;
	wchar_t wc;
	int used = 0;
	size_t n;

	while (*p) {
		n = next_char(p, &wc);
		if (used + char_width(wc) > width)
			break;
		used += char_width(wc);
		p += n;
		if (*p == ' ')
			space = p;
	}
	if (!*p)
		return (size_t)(p - s);
	if (space)
		return (size_t)(space - s);
	return p > s ? (size_t)(p - s) : next_char(s, &wc);
}

/* Wrap s into rows of `width` columns, at most max_rows; draw them when
 * `draw` is set. Returns the rows. */
static int wrap(bool draw, int y, int x, int width, int max_rows, const char *s, int attr)
{
	char line[1024];
	int rows = 0;
	size_t n;

	while (*s && rows < max_rows && width > 0) {
		n = fitting(s, width);
		if (n >= sizeof line)
			n = sizeof line - 1;
		memcpy(line, s, n);
		line[n] = 0;
		if (draw)
			draw_text(y + rows, x, width, line, attr, 0);
		rows++;
		s += n;
		while (*s == ' ')
			s++;
	}
	return rows;
}

int draw_wrapped(int y, int x, int width, int max_rows, const char *s, int attr)
{
	return wrap(true, y, x, width, max_rows, s, attr);
}

int wrapped_rows(int width, int max_rows, const char *s)
{
	return wrap(false, 0, 0, width, max_rows, s, 0);
}
