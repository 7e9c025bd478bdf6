/* keys.c: the action table, the default keys, and rebinding. */
#include "keys.h"

#include <ctype.h>
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../conf.h"
#include "../util/xalloc.h"

#define MAX_KEYS_PER_ACTION 4

static const struct {
	const char *name;
	const char *help;
	const char *keys;
} actions[A_COUNT] = {
	[A_NONE] = { "", "", "" },
	[A_HELP] = { "help", "This help", "F1 ?" },
	[A_NAV_SEARCH] = { "search", "Search the menu", "/" },
	[A_NEXT_FIELD] = { "next-field", "Next field", "Tab" },
	[A_PREV_FIELD] = { "previous-field", "Previous field", "BTab" },
	[A_OPEN] = { "open", "Open or choose", "Enter" },
	[A_SAVE] = { "save", "Save the form or step", "F2 ^S" },
	[A_BACK] = { "back", "Back", "Esc" },
	[A_PAUSE] = { "pause", "Pause, resume later", "F4 ^P" },
	[A_LOGOUT] = { "logout", "Log out", "F10 ^Q" },
	[A_UP] = { "up", "Move up", "Up" },
	[A_DOWN] = { "down", "Move down", "Down" },
	[A_PAGE_UP] = { "page-up", "Previous page", "PgUp" },
	[A_PAGE_DOWN] = { "page-down", "Next page", "PgDn" },
	[A_HOME] = { "first", "First row", "Home" },
	[A_END] = { "last", "Last row", "End" },
	[A_SORT_PREV] = { "sort-previous", "Sort back a step", "<" },
	[A_SORT_NEXT] = { "sort-next", "Sort: again reverses", ">" },
	[A_TOGGLE_PANEL] = { "panel", "Hide or show the panel", "F9" },
	[A_NEXT_TAB] = { "next-tab", "Next workspace", "Right" },
	[A_PREV_TAB] = { "previous-tab", "Previous workspace", "Left" },
	[A_REDRAW] = { "redraw", "Redraw the screen", "^L" },
	[A_FIRST_ERROR] = { "first-error", "Go to the first problem", "^E" },
	[A_TRAIL] = { "trail", "Back to an earlier page", "F3" },
	[A_MENU] = { "actions", "What can be done with the row", "F5" },
	[A_DELETE] = { "delete", "Delete (asks first)", "Delete" },
	[A_ADD] = { "add", "Add a record", "Insert" },
	[A_QUICK_FIND] = { "quick-find", "Quick search for a client", "F6" },
	[A_DOWNLOAD] = { "download", "Save a file to a path", "^D" },
	[A_ADD_MEMBER] = { "add-member", "Add a new client to the family", "^N" },
	[A_PREV_MEMBER] = { "previous-member", "Previous member of the family", "F7" },
	[A_NEXT_MEMBER] = { "next-member", "Next member of the family", "F8" },
};

static int bound[A_COUNT][MAX_KEYS_PER_ACTION];
static bool loaded;

static const struct {
	const char *name;
	int key;
} named[] = {
	{ "Esc", 27 }, { "Enter", '\n' }, { "Tab", '\t' }, { "Space", ' ' },
	{ "BTab", KEY_FLAG | KEY_BTAB }, { "Up", KEY_FLAG | KEY_UP },
	{ "Down", KEY_FLAG | KEY_DOWN }, { "Left", KEY_FLAG | KEY_LEFT },
	{ "Right", KEY_FLAG | KEY_RIGHT }, { "PgUp", KEY_FLAG | KEY_PPAGE },
	{ "PgDn", KEY_FLAG | KEY_NPAGE }, { "Home", KEY_FLAG | KEY_HOME },
	{ "End", KEY_FLAG | KEY_END }, { "Backspace", KEY_FLAG | KEY_BACKSPACE },
	{ "Delete", KEY_FLAG | KEY_DC }, { "Insert", KEY_FLAG | KEY_IC },
};

const char *action_name(enum action a)
{
	return a > A_NONE && a < A_COUNT ? actions[a].name : "";
}

const char *action_help(enum action a)
{
	return a > A_NONE && a < A_COUNT ? actions[a].help : "";
}

enum action action_by_name(const char *name)
{
	int a;

	for (a = A_NONE + 1; a < A_COUNT; a++)
		if (!strcasecmp(actions[a].name, name))
			return (enum action)a;
	return A_NONE;
}

/* ^A .. ^_ : the control character, except ^@ (NUL, which no terminal
 * sends as a key of its own, and 0 means "no key" in the tables), -1; ^M is
 * Enter, the same key as ^J (terminals send either for Enter). */
static int control_key(char letter)
{
	int c = toupper((unsigned char)letter);

	if (c <= '@' || c > '_')
		return -1;
	return c == 'M' ? '\n' : c - '@';
}

int keys_parse(const char *name)
{
	size_t i;
	int n;

	for (i = 0; i < sizeof named / sizeof named[0]; i++)
		if (!strcasecmp(named[i].name, name))
			return named[i].key;
	if ((name[0] == 'F' || name[0] == 'f') && isdigit((unsigned char)name[1])) {
		char *end;
		n = (int)strtol(name + 1, &end, 10);
		return *end == 0 && n >= 1 && n <= 12 ? KEY_FLAG | KEY_F(n) : -1;
	}
	if (name[0] == '^' && name[1] && !name[2])
		return control_key(name[1]);
	if (name[0] && !name[1] && isprint((unsigned char)name[0]))
		return (unsigned char)name[0];
	return -1;
}

void keys_name(int key, char *buf, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof named / sizeof named[0]; i++) {
		if (named[i].key == key) {
			snprintf(buf, len, "%s", named[i].name);
			return;
		}
	}
	if (key >= (KEY_FLAG | KEY_F(1)) && key <= (KEY_FLAG | KEY_F(12)))
		snprintf(buf, len, "F%d", (key & ~KEY_FLAG) - KEY_F0);
	else if (key >= 0 && key < 32)
		snprintf(buf, len, "^%c", key + '@');
	else if (key > 32 && key < 127)
		snprintf(buf, len, "%c", key);
	else
		snprintf(buf, len, "key %d", key);
}

/* Parse the names of spec into keys[]; returns the count, or -1. */
static int parse_spec(const char *spec, int keys[MAX_KEYS_PER_ACTION],
                      const char **bad, size_t *bad_len)
{
	char word[32];
	const char *p = spec;
	int n = 0;
	size_t len;

	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		len = strcspn(p, " \t,");
		if (!len)
			break;
		if (len >= sizeof word || n == MAX_KEYS_PER_ACTION
		    || (memcpy(word, p, len), word[len] = 0, (keys[n] = keys_parse(word)) < 0)) {
			*bad = p;
			*bad_len = len;
			return -1;
		}
		n++;
		p += len;
	}
	return n;
}

static void load_defaults(void)
{
	const char *bad;
	size_t bad_len;
	int a, keys[MAX_KEYS_PER_ACTION], n, i;

	memset(bound, 0, sizeof bound);
	for (a = A_NONE + 1; a < A_COUNT; a++) {
		n = parse_spec(actions[a].keys, keys, &bad, &bad_len);
		for (i = 0; i < n; i++)
			bound[a][i] = keys[i];
	}
	loaded = true;
}

void keys_reset(void)
{
	load_defaults();
}

void keys_apply(struct conf *conf)
{
	char **kb = conf->key_bindings;
	const char *bad;
	size_t bad_len;
	enum action a;

	keys_reset();
	for (; kb && kb[0] && kb[1]; kb += 2) {
		if ((a = action_by_name(kb[0])) == A_NONE)
			conf_problem(conf, xasprintf("%s: [keys] has no action named \"%s\"", conf->path, kb[0]));
		else if (!keys_bind(a, kb[1], &bad, &bad_len))
			conf_problem(conf, xasprintf("%s: [keys] %s: \"%.*s\" is not a key (try F2, ^S, Esc)",
			                             conf->path, kb[0], (int)bad_len, bad));
	}
}

bool keys_bind(enum action a, const char *spec, const char **bad, size_t *bad_len)
{
	int keys[MAX_KEYS_PER_ACTION], n, i, other, j;

	if (!loaded)
		load_defaults();
	if (a <= A_NONE || a >= A_COUNT || (n = parse_spec(spec, keys, bad, bad_len)) < 0)
		return false;
	/* A key does one thing: taking it here takes it from any other action. */
	for (i = 0; i < n; i++)
		for (other = A_NONE + 1; other < A_COUNT; other++)
			for (j = 0; j < MAX_KEYS_PER_ACTION; j++)
				if (bound[other][j] == keys[i])
					bound[other][j] = 0;
	memset(bound[a], 0, sizeof bound[a]);
	for (i = 0; i < n; i++)
		bound[a][i] = keys[i];
	return true;
}

enum action keys_action(int key)
{
	int a, i;

	if (!loaded)
		load_defaults();
	if (key == (KEY_FLAG | KEY_ENTER) || key == '\r')
		key = '\n';
	for (a = A_NONE + 1; a < A_COUNT; a++)
		for (i = 0; i < MAX_KEYS_PER_ACTION; i++)
			if (bound[a][i] && bound[a][i] == key)
				return (enum action)a;
	return A_NONE;
}

void keys_of(enum action a, char *buf, size_t len)
{
	char name[16];
	size_t used = 0;
	int i;

	if (!loaded)
		load_defaults();
	buf[0] = 0;
	for (i = 0; a > A_NONE && a < A_COUNT && i < MAX_KEYS_PER_ACTION; i++) {
		if (!bound[a][i])
			continue;
		keys_name(bound[a][i], name, sizeof name);
		used += (size_t)snprintf(buf + used, used < len ? len - used : 0, "%s%s",
		                         used ? " " : "", name);
		if (used >= len)
			break;
	}
}
