/* theme.c: the themes, as role -> colour pair and attributes. */
#include "theme.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

struct look {
	short fg, bg;
	int attr;           /* added to the colour */
	int mono;           /* used alone without colour */
};

static const struct look default_theme[ROLE_COUNT] = {
	[ROLE_NORMAL] = { -1, -1, 0, A_NORMAL },
	[ROLE_BANNER] = { COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE },
	[ROLE_TAB] = { COLOR_WHITE, COLOR_BLUE, 0, A_NORMAL },
	[ROLE_TAB_ACTIVE] = { COLOR_BLACK, COLOR_CYAN, A_BOLD, A_REVERSE | A_BOLD },
	[ROLE_ENTITY] = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[ROLE_PANEL] = { -1, -1, 0, A_NORMAL },
	[ROLE_PANEL_SELECTED] = { COLOR_BLACK, COLOR_CYAN, 0, A_REVERSE },
	[ROLE_TRAIL] = { COLOR_CYAN, -1, 0, A_DIM },
	[ROLE_TITLE] = { -1, -1, A_BOLD, A_BOLD | A_UNDERLINE },
	[ROLE_LABEL] = { -1, -1, 0, A_NORMAL },
	[ROLE_FIELD] = { -1, -1, A_UNDERLINE, A_UNDERLINE },
	[ROLE_FIELD_ACTIVE] = { COLOR_BLACK, COLOR_WHITE, 0, A_REVERSE },
	[ROLE_REQUIRED] = { COLOR_RED, -1, A_BOLD, A_BOLD },
	[ROLE_ERROR] = { COLOR_RED, -1, A_BOLD, A_BOLD | A_REVERSE },
	[ROLE_STATUS] = { COLOR_BLACK, COLOR_WHITE, 0, A_REVERSE },
	[ROLE_HINT_KEY] = { COLOR_BLUE, COLOR_WHITE, A_BOLD, A_REVERSE | A_BOLD },
	[ROLE_SELECTED] = { COLOR_BLACK, COLOR_CYAN, 0, A_REVERSE },
};

static int attrs[ROLE_COUNT];
static bool use_color;

static void apply(const struct look *theme, bool high_contrast)
{
	int r;

	for (r = 0; r < ROLE_COUNT; r++) {
		if (!use_color) {
			attrs[r] = theme[r].mono;
			continue;
		}
		init_pair((short)(r + 1), theme[r].fg, theme[r].bg);
		attrs[r] = (int)COLOR_PAIR(r + 1) | theme[r].attr | (high_contrast ? A_BOLD : 0);
	}
}

bool theme_init(const char *name)
{
	const char *no_color = getenv("NO_COLOR");
	bool known = !name || !*name || !strcmp(name, "default")
	             || !strcmp(name, "high-contrast") || !strcmp(name, "monochrome");

	use_color = has_colors() && !(no_color && *no_color)
	            && !(name && !strcmp(name, "monochrome"));
	if (use_color) {
		start_color();
		use_default_colors();
	}
	apply(default_theme, name && !strcmp(name, "high-contrast"));
	return known;
}

int theme_attr(enum role r)
{
	return r >= 0 && r < ROLE_COUNT ? attrs[r] : (int)A_NORMAL;
}

bool theme_has_color(void)
{
	return use_color;
}
