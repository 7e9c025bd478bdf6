/* help.c: the help overlay: the page's help text, then every action with
 * its keys from the one key table. It scrolls when it is longer than the
 * screen. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "draw.h"
#include "pages.h"
#include "theme.h"

#define MAX_LINES 160

struct help_line {
	char text[256];
	char keys[32];       /* set on the lines of the key table */
};

/* Wrap the page's text into lines of `width` columns, then the keys. */
static int help_lines(const struct app *app, int width, struct help_line *lines)
{
	const char *text = page_help(app);
	int n = 0, a;
	size_t len;

	while (*text && n < MAX_LINES) {
		len = strlen(text);
		if ((int)len > width) {
			len = (size_t)width;
			while (len > 0 && text[len] != ' ')
				len--;
			if (len == 0)
				len = (size_t)width;
		}
		snprintf(lines[n].text, sizeof lines[n].text, "%.*s", (int)len, text);
		lines[n++].keys[0] = 0;
		text += len;
		while (*text == ' ')
			text++;
	}
	if (n < MAX_LINES)
		memset(&lines[n++], 0, sizeof lines[0]);
	for (a = A_NONE + 1; a < A_COUNT && n < MAX_LINES; a++, n++) {
		keys_of((enum action)a, lines[n].keys, sizeof lines[n].keys);
		snprintf(lines[n].text, sizeof lines[n].text, "%s", action_help((enum action)a));
	}
	return n;
}

int help_line_count(const struct app *app)
{
	static struct help_line lines[MAX_LINES];

	return help_lines(app, COLS - 12, lines);
}

void help_draw(const struct app *app)
{
	static struct help_line lines[MAX_LINES];
	int top = 2, left = 4, width = COLS - 8, height = LINES - 4, y, i, n;
	int rows = height - 3;
	char title[128];

	n = help_lines(app, width - 4, lines);
	for (y = top; y < top + height; y++)
		draw_fill(y, left, width, theme_attr(ROLE_NORMAL));
	attron(theme_attr(ROLE_NORMAL));
	mvhline(top, left, ACS_HLINE, width);
	mvhline(top + height - 1, left, ACS_HLINE, width);
	attroff(theme_attr(ROLE_NORMAL));
	snprintf(title, sizeof title, " Help: %s ", page_title_of(app, app->page));
	draw_text(top, left + 2, width - 4, title, theme_attr(ROLE_TITLE), 0);
	for (i = app->help_top, y = top + 2; i < n && y < top + 2 + rows; i++, y++) {
		if (lines[i].keys[0]) {
			draw_text(y, left + 2, 11, lines[i].keys, theme_attr(ROLE_HINT_KEY), 1);
			draw_text(y, left + 14, width - 16, lines[i].text, theme_attr(ROLE_NORMAL), 0);
		} else {
			draw_text(y, left + 2, width - 4, lines[i].text, theme_attr(ROLE_NORMAL), 0);
		}
	}
	draw_text(top + height - 1, left + 2, width - 4,
	          n - app->help_top > rows ? " Down and PgDn: more; any other key closes help "
	                                   : " any key closes help ",
	          theme_attr(ROLE_LABEL), 0);
}
