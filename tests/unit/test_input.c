/* test_input.c: the fields' editor: what a key does to the text, and that
 * what it holds is what is shown (never old text behind the new). */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "ui/input.h"
#include "check.h"

static void type(struct input *in, const char *ascii)
{
	for (; *ascii; ascii++)
		input_key(in, (wint_t)(unsigned char)*ascii, false);
}

/* The input's text as a static string, for CHECK_STR. */
static const char *text_of(const struct input *in)
{
	static char buf[4096];
	char *s = input_text(in);

	snprintf(buf, sizeof buf, "%s", s);
	free(s);
	return buf;
}

/* B1: Ctrl-U in a memo empties what is kept, not only what is shown. */
static void clear_memo(void)
{
	struct input in;

	input_init_memo(&in, 2000);
	type(&in, "ABCDEFGH");
	input_key(&in, 21, false);
	CHECK_STR(text_of(&in), "");
	CHECK(in.len == 0 && in.cursor == 0);
	type(&in, "xy");
	CHECK_STR(text_of(&in), "xy");
	input_key(&in, 21, false);
	type(&in, "0123456789");
	CHECK_STR(text_of(&in), "0123456789");
	input_free(&in);
}

static void clear_line(void)
{
	struct input in;

	input_init(&in, 50, false);
	type(&in, "Tobias");
	input_key(&in, 21, false);
	type(&in, "Toby");
	CHECK_STR(text_of(&in), "Toby");
}

/* B2: a field takes its max, beyond INPUT_MAX too, and says when it is full. */
static void max_chars(void)
{
	struct input in;
	char typed[1301];

	input_init(&in, 500, false);
	memset(typed, 'a', 300);
	typed[300] = 0;
	type(&in, typed);
	CHECK(strlen(text_of(&in)) == 300);
	CHECK(!in.full);
	memset(typed, 'b', 300);
	type(&in, typed);
	CHECK(strlen(text_of(&in)) == 500);
	CHECK(in.full);
	input_key(&in, KEY_BACKSPACE, true);
	CHECK(!in.full);
	input_free(&in);

	input_init(&in, 1200, false);
	memset(typed, 'c', 1300);
	typed[1300] = 0;
	type(&in, typed);
	CHECK(strlen(text_of(&in)) == 1200);
	CHECK(in.full);
	input_set(&in, "set again");
	CHECK_STR(text_of(&in), "set again");
	input_free(&in);

	input_init(&in, 2, false);
	type(&in, "ORE");
	CHECK_STR(text_of(&in), "OR");
	CHECK(in.full);
}

static void editing(void)
{
	struct input in;

	input_init(&in, 50, false);
	type(&in, "Jon");
	input_key(&in, KEY_LEFT, true);
	input_key(&in, KEY_LEFT, true);
	type(&in, "h");
	CHECK_STR(text_of(&in), "Jhon");
	CHECK(in.cursor == 2);
	input_key(&in, KEY_DC, true);
	CHECK_STR(text_of(&in), "Jhn");
	input_key(&in, KEY_HOME, true);
	input_key(&in, KEY_DC, true);
	CHECK_STR(text_of(&in), "hn");
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	clear_memo();
	clear_line();
	max_chars();
	editing();
	return check_done();
}
