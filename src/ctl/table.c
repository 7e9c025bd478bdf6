/* table.c: aligned columns, measured in screen columns (UTF-8 aware: a wide
 * character takes two, a combining mark none). */
#include "table.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "../db/db.h"
#include "../util/xalloc.h"

/* Screen columns of UTF-8 text, as the terminal will show it. The names come
 * from the database in UTF-8 whatever the user's locale, so they are read
 * in C.UTF-8 (`utf8`); without it, or where a byte is not UTF-8 or a
 * character is not printable, a character counts one. */
static int text_width(const char *s, locale_t utf8)
{
	locale_t old = utf8 ? uselocale(utf8) : (locale_t)0;
	mbstate_t st;
	size_t left = strlen(s), n;
	wchar_t wc;
	int w = 0, cw;

	memset(&st, 0, sizeof st);
	while (left > 0) {
		n = utf8 ? mbrtowc(&wc, s, left, &st) : (size_t)-1;
		if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
			/* one character whatever it is: skip its continuation bytes */
			for (n = 1; n < left && ((unsigned char)s[n] & 0xC0) == 0x80; n++)
				;
			memset(&st, 0, sizeof st);
			w++;
		} else {
			cw = wcwidth(wc);
			w += cw < 0 ? 1 : cw;
		}
		s += n;
		left -= n;
	}
	if (utf8)
		uselocale(old);
	return w;
}

void table_print(const struct db_rows *rows, const char *const *headings)
{
	int ncol = db_rows_columns(rows), nrow = db_rows_count(rows), r, c, w;
	int *width = xcalloc((size_t)ncol, sizeof *width);
	locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	const char *v;

	for (c = 0; c < ncol; c++)
		width[c] = text_width(headings[c], utf8);
	for (r = 0; r < nrow; r++)
		for (c = 0; c < ncol; c++)
			if ((v = db_rows_get(rows, r, c)) && (w = text_width(v, utf8)) > width[c])
				width[c] = w;
	for (r = -1; r < nrow; r++) {
		for (c = 0; c < ncol; c++) {
			v = r < 0 ? headings[c] : db_rows_get(rows, r, c);
			if (!v)
				v = "";
			if (c == ncol - 1)
				printf("%s\n", v);
			else
				printf("%s%*s  ", v, width[c] - text_width(v, utf8), "");
		}
	}
	if (utf8)
		freelocale(utf8);
	free(width);
}
