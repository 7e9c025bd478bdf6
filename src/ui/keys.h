/* keys.h: actions, and the keys that do them.
 *
 * One table names every action with its help text; one table gives the
 * default keys ("F2 ^S"); hearth.conf's [keys] section can rebind them. The
 * help screen and the status line's hints are made from these tables.
 */
#ifndef HEARTH_KEYS_H
#define HEARTH_KEYS_H

#include <stdbool.h>
#include <stddef.h>

enum action {
	A_NONE = 0,
	A_HELP,
	A_NAV_SEARCH,
	A_NEXT_FIELD,
	A_PREV_FIELD,
	A_OPEN,
	A_SAVE,
	A_BACK,
	A_PAUSE,
	A_LOGOUT,
	A_UP,
	A_DOWN,
	A_PAGE_UP,
	A_PAGE_DOWN,
	A_HOME,
	A_END,
	A_SORT_PREV,
	A_SORT_NEXT,
	A_TOGGLE_PANEL,
	A_NEXT_TAB,
	A_PREV_TAB,
	A_REDRAW,
	A_FIRST_ERROR,
	A_TRAIL,
	A_MENU,
	A_DELETE,
	A_ADD,
	A_QUICK_FIND,
	A_DOWNLOAD,
	A_ADD_MEMBER,
	A_PREV_MEMBER,
	A_NEXT_MEMBER,
	A_COUNT
};

/* A key is a character (Unicode code point), or an ncurses key code
 * (KEY_F(2), KEY_UP, ...) with KEY_FLAG added, so that the two never meet. */
#define KEY_FLAG 0x1000000

static inline int keys_code(unsigned key, bool is_key)
{
	return is_key ? (int)key | KEY_FLAG : (int)key;
}

/* The action's configuration name ("save") and help text. */
const char *action_name(enum action a);
const char *action_help(enum action a);
/* The action of a configuration name, or A_NONE. */
enum action action_by_name(const char *name);

/* Parse one key name: "F2", "^S", "Esc", "Enter", "Tab", "BTab", "Up",
 * "Down", "Left", "Right", "PgUp", "PgDn", "Home", "End", "Space", or one
 * printable character. ^A .. ^_ are control keys, except ^@ (not a key,
 * -1); ^M is Enter ('\n'), like ^J. Returns the key code, or -1. */
int keys_parse(const char *name);
/* The name of a key, for hints ("F2", "^S"); into buf. */
void keys_name(int key, char *buf, size_t len);

/* Bind the keys in `spec` (names separated by spaces) to the action,
 * replacing its current keys. Returns false (and changes nothing) when a
 * name is not a key; *bad then points at it in spec. */
bool keys_bind(enum action a, const char *spec, const char **bad, size_t *bad_len);
/* Reset to the default keys. */
void keys_reset(void);
/* The default keys, then hearth.conf's [keys] (conf->key_bindings); what is
 * wrong with them goes to the file's problems. */
struct conf;
void keys_apply(struct conf *conf);
/* The action bound to a key, or A_NONE. */
enum action keys_action(int key);
/* The keys of an action as "F2 ^S" into buf. */
void keys_of(enum action a, char *buf, size_t len);

#endif
