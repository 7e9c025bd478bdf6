/* table.c: aligned columns, measured in characters (UTF-8 aware). */
#include "table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../util/xalloc.h"

/* Characters, not bytes: continuation bytes do not count. */
static int text_width(const char *s)
{
	int w = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}

void table_print(const struct db_rows *rows, const char *const *headings)
{
	int ncol = db_rows_columns(rows), nrow = db_rows_count(rows), r, c;
	int *width = xcalloc((size_t)ncol, sizeof *width);
	const char *v;

	for (c = 0; c < ncol; c++)
		width[c] = text_width(headings[c]);
	for (r = 0; r < nrow; r++)
		for (c = 0; c < ncol; c++)
			if ((v = db_rows_get(rows, r, c)) && text_width(v) > width[c])
				width[c] = text_width(v);
	for (r = -1; r < nrow; r++) {
		for (c = 0; c < ncol; c++) {
			v = r < 0 ? headings[c] : db_rows_get(rows, r, c);
			if (!v)
				v = "";
			if (c == ncol - 1)
				printf("%s\n", v);
			else
				printf("%s%*s  ", v, width[c] - text_width(v), "");
		}
	}
	free(width);
}
