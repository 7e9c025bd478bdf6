/* input.h: a one-line text editor (UTF-8 in, UTF-8 out), for the login
 * screen and form fields. */
#ifndef HEARTH_INPUT_H
#define HEARTH_INPUT_H

#include <stdbool.h>
#include <wchar.h>

#define INPUT_MAX 1024

struct input {
	wchar_t text[INPUT_MAX + 1];
	int len, cursor;
	int max_chars;      /* 0: INPUT_MAX */
	bool masked;        /* shown as '*' (passwords) */
};

void input_init(struct input *in, int max_chars, bool masked);
void input_set(struct input *in, const char *utf8);
/* The text as UTF-8 into buf (of len bytes). */
void input_get(const struct input *in, char *buf, int len);
/* Handle an editing key (a character from get_wch, or a KEY_ code when
 * is_key). Returns true when the key was an editing key. */
bool input_key(struct input *in, wint_t key, bool is_key);
/* Draw in `width` columns at (y, x); places the cursor when focused. */
void input_draw(const struct input *in, int y, int x, int width, int attr, bool focused);

#endif
