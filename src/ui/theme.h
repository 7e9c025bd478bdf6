/* theme.h: colours by role, not by number. Screens ask for a role; the
 * theme (hearth.conf [ui] theme, or monochrome under NO_COLOR or on a
 * terminal without colour) decides how it looks. */
#ifndef HEARTH_THEME_H
#define HEARTH_THEME_H

#include <stdbool.h>

enum role {
	ROLE_NORMAL,
	ROLE_BANNER,
	ROLE_TAB,
	ROLE_TAB_ACTIVE,
	ROLE_ENTITY,
	ROLE_PANEL,
	ROLE_PANEL_SELECTED,
	ROLE_TRAIL,
	ROLE_TITLE,
	ROLE_LABEL,
	ROLE_FIELD,
	ROLE_FIELD_ACTIVE,
	ROLE_REQUIRED,
	ROLE_ERROR,
	ROLE_STATUS,
	ROLE_HINT_KEY,
	ROLE_SELECTED,
	ROLE_COUNT
};

/* Set up colours after initscr(): "default", "high-contrast" or
 * "monochrome". Colour is not used when NO_COLOR is set (to anything) or
 * the terminal has none. Returns false for an unknown theme name (the
 * default is used). */
bool theme_init(const char *name);
/* The curses attributes of a role. */
int theme_attr(enum role r);
/* Whether colours are in use. */
bool theme_has_color(void);

#endif
