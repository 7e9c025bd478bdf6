/* test_keys.c: the key table: names, defaults, rebinding. */
#include <curses.h>
#include <string.h>

#include "ui/keys.h"
#include "check.h"

static const char *keys(enum action a)
{
	static char buf[64];

	keys_of(a, buf, sizeof buf);
	return buf;
}

int main(void)
{
	const char *bad = NULL;
	size_t bad_len = 0;
	char name[32];
	int a;

	keys_reset();
	/* the defaults DESIGN.md names */
	CHECK_STR(keys(A_HELP), "F1 ?");
	CHECK_STR(keys(A_NAV_SEARCH), "/");
	CHECK_STR(keys(A_SAVE), "F2 ^S");
	CHECK_STR(keys(A_BACK), "Esc");
	CHECK_STR(keys(A_PAUSE), "F4 ^P");
	CHECK_STR(keys(A_LOGOUT), "F10 ^Q");
	CHECK_STR(keys(A_SORT_PREV), "<");
	CHECK_STR(keys(A_SORT_NEXT), ">");
	CHECK(keys_action(KEY_FLAG | KEY_F(2)) == A_SAVE);
	CHECK(keys_action(19) == A_SAVE);                 /* ^S */
	CHECK(keys_action('\n') == A_OPEN);
	CHECK(keys_action('\r') == A_OPEN);
	CHECK(keys_action(KEY_FLAG | KEY_ENTER) == A_OPEN);
	CHECK(keys_action('x') == A_NONE);
	/* a character never meets a function key of the same number */
	CHECK(keys_action(KEY_F(10)) == A_NONE);
	CHECK(keys_action(keys_code((unsigned)KEY_F(10), false)) == A_NONE);
	CHECK(keys_action(keys_code((unsigned)KEY_F(10), true)) == A_LOGOUT);

	/* every action has a name, help text and at least one key */
	for (a = A_NONE + 1; a < A_COUNT; a++) {
		CHECK(action_name((enum action)a)[0] != 0);
		CHECK(action_help((enum action)a)[0] != 0);
		CHECK(keys((enum action)a)[0] != 0);
		CHECK((int)action_by_name(action_name((enum action)a)) == a);
	}
	CHECK(action_by_name("nonsense") == A_NONE);

	/* names both ways */
	CHECK(keys_parse("F12") == (KEY_FLAG | KEY_F(12)));
	CHECK(keys_parse("f3") == (KEY_FLAG | KEY_F(3)));
	CHECK(keys_parse("^a") == 1);
	CHECK(keys_parse("Esc") == 27);
	CHECK(keys_parse("BTab") == (KEY_FLAG | KEY_BTAB));
	CHECK(keys_parse("?") == '?');
	CHECK(keys_parse("F13") == -1);
	CHECK(keys_parse("F0") == -1);
	CHECK(keys_parse("^") == '^');
	CHECK(keys_parse("^1") == -1);
	CHECK(keys_parse("^@") == -1);        /* NUL: no key (0 is "none") */
	CHECK(keys_parse("^M") == '\n');      /* Enter, as ^J */
	CHECK(keys_parse("^m") == keys_parse("Enter"));
	CHECK(keys_parse("^[") == keys_parse("Esc"));
	CHECK(keys_parse("Nope") == -1);
	keys_name(KEY_FLAG | KEY_F(7), name, sizeof name);
	CHECK_STR(name, "F7");
	keys_name(17, name, sizeof name);
	CHECK_STR(name, "^Q");
	keys_name(KEY_FLAG | KEY_PPAGE, name, sizeof name);
	CHECK_STR(name, "PgUp");

	/* rebinding replaces the keys and takes them from any other action */
	CHECK(keys_bind(A_LOGOUT, "F12", &bad, &bad_len));
	CHECK_STR(keys(A_LOGOUT), "F12");
	CHECK(keys_action(KEY_FLAG | KEY_F(10)) == A_NONE);
	CHECK(keys_bind(A_HELP, "F1 F2", &bad, &bad_len));
	CHECK(keys_action(KEY_FLAG | KEY_F(2)) == A_HELP);
	CHECK_STR(keys(A_SAVE), "^S");
	/* a bad name changes nothing and is pointed at */
	CHECK(!keys_bind(A_SAVE, "F2 F99 ^S", &bad, &bad_len));
	CHECK(bad_len == 3 && !strncmp(bad, "F99", 3));
	CHECK_STR(keys(A_SAVE), "^S");
	CHECK(!keys_bind(A_NONE, "F5", &bad, &bad_len));
	/* ^@ is refused and changes nothing; ^M is Enter, shown so */
	CHECK(!keys_bind(A_SAVE, "F2 ^@", &bad, &bad_len));
	CHECK(bad_len == 2 && !strncmp(bad, "^@", 2));
	CHECK_STR(keys(A_SAVE), "^S");
	CHECK(keys_bind(A_SAVE, "^M", &bad, &bad_len));
	CHECK(keys_action('\r') == A_SAVE && keys_action('\n') == A_SAVE);
	CHECK_STR(keys(A_SAVE), "Enter");
	keys_reset();
	CHECK_STR(keys(A_LOGOUT), "F10 ^Q");
	CHECK_STR(keys(A_SAVE), "F2 ^S");
	return check_done();
}
