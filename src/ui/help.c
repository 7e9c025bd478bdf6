/* help.c: the help overlay: the page's help text and every key, from the
 * one key table. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "draw.h"
#include "pages.h"
#include "theme.h"

void help_draw(const struct app *app)
{
	int top = 2, left = 4, width = COLS - 8, height = LINES - 4, y, a;
	char keys[32], line[256];
	const char *text = page_help(app);

	for (y = top; y < top + height; y++)
		draw_fill(y, left, width, theme_attr(ROLE_NORMAL));
	attron(theme_attr(ROLE_NORMAL));
	mvhline(top, left, ACS_HLINE, width);
	mvhline(top + height - 1, left, ACS_HLINE, width);
	attroff(theme_attr(ROLE_NORMAL));
	snprintf(line, sizeof line, " Help: %s ", page_title(app->page));
	draw_text(top, left + 2, width - 4, line, theme_attr(ROLE_TITLE), 0);
	y = top + 2;
	y += draw_wrapped(y, left + 2, width - 4, top + height - 3 - y, text, theme_attr(ROLE_NORMAL));
	y++;
	/* every action with its keys, in two columns when one is too short */
	int rows = top + height - 2 - y, per = rows > 0 ? rows : 1, colw = width - 4;
	if (A_COUNT - 1 > per)
		colw = (width - 4) / 2;
	for (a = A_NONE + 1; a < A_COUNT; a++) {
		int i = a - 1, col = i / per, row = i % per;
		if (col > 1 || (col == 1 && colw == width - 4))
			break;
		keys_of((enum action)a, keys, sizeof keys);
		draw_text(y + row, left + 2 + col * colw, 11, keys, theme_attr(ROLE_HINT_KEY), 1);
		draw_text(y + row, left + 14 + col * colw, colw - 13, action_help((enum action)a),
		          theme_attr(ROLE_NORMAL), 0);
	}
	draw_text(top + height - 1, left + 2, width - 4, " any key closes help ", theme_attr(ROLE_LABEL), 0);
}
