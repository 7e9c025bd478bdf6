/* input.h: a text editor (UTF-8 in, UTF-8 out), for the login screen and
 * form fields: one line, or (a memo) several lines of up to max_chars. */
#ifndef HEARTH_INPUT_H
#define HEARTH_INPUT_H

#include <stdbool.h>
#include <wchar.h>

#define INPUT_MAX 1024

struct input {
	wchar_t text[INPUT_MAX + 1];
	wchar_t *big;       /* a memo's text (max_chars + 1), instead of text */
	int len, cursor;
	int max_chars;      /* 0: INPUT_MAX */
	bool masked;        /* shown as '*' (passwords) */
	bool multiline;     /* Enter makes a new line; Up and Down move in the text */
	int width;          /* multiline: the width it was last drawn in */
	bool full;          /* the last key was refused: max_chars are there */
};

/* One line of up to max_chars (0: INPUT_MAX). Past INPUT_MAX the text is
 * kept in `big`, and the input must be freed with input_free. */
void input_init(struct input *in, int max_chars, bool masked);
/* A memo: several lines, up to max_chars (which may exceed INPUT_MAX); it
 * must be freed with input_free. */
void input_init_memo(struct input *in, int max_chars);
void input_free(struct input *in);
/* The text as a new UTF-8 string (the caller frees). */
char *input_text(const struct input *in);
void input_set(struct input *in, const char *utf8);
/* The text as UTF-8 into buf (of len bytes). */
void input_get(const struct input *in, char *buf, int len);
/* Handle an editing key (a character from get_wch, or a KEY_ code when
 * is_key). Returns true when the key was an editing key. A character typed
 * into a full input is refused and sets in->full (until the next key). */
bool input_key(struct input *in, wint_t key, bool is_key);
/* Draw in `width` columns at (y, x); places the cursor when focused. */
void input_draw(const struct input *in, int y, int x, int width, int attr, bool focused);
/* A memo in `rows` lines of `width` columns, wrapped, scrolled to show the
 * cursor. */
void input_draw_lines(struct input *in, int y, int x, int width, int rows, int attr, bool focused);

#endif
