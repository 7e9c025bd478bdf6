/* option_field.c: choice, radio and yes/no fields: picked, never typed. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "option_field.h"

#include <curses.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wctype.h>

#include "draw.h"

#define NOT_CHOSEN "(not chosen)"

bool option_field(const struct form_field *f)
{
	return f->type == FIELD_CHOICE || f->type == FIELD_RADIO || f->type == FIELD_YESNO;
}

/* The option `in` shows, or -1 (not chosen, or not one of them). */
static int option_now(const struct input *in, const struct form_option *o, size_t n)
{
	char now[256];

	input_get(in, now, sizeof now);
	for (size_t i = 0; i < n; i++)
		if (!strcasecmp(now, o[i].label) || !strcasecmp(now, o[i].code))
			return (int)i;
	return -1;
}

static void set_option(struct input *in, const struct form_option *o, int i)
{
	input_set(in, i >= 0 ? o[i].label : "");
	in->cursor = 0;
}

void option_cycle(struct input *in, const struct form_field *f, const struct field_context *ctx,
                  int dir)
{
	size_t n;
	const struct form_option *o = field_options(f, ctx, &n);
	int at, first = field_may_be_unchosen(f) ? -1 : 0, last;

	if (!o || !n)
		return;
	last = (int)n - 1;
	at = option_now(in, o, n);
	if (at < 0 && first == 0)
		at = dir > 0 ? 0 : last;
	else
		at = at + dir > last ? first : at + dir < first ? last : at + dir;
	set_option(in, o, at);
}

/* A character typed: the option whose label starts with what was typed so
 * far, else the next one that starts with this character. */
static bool type_option(struct input *in, const struct form_field *f,
                        const struct field_context *ctx, struct option_typing *t, wint_t k,
                        const char **problem)
{
	size_t n, len;
	const struct form_option *o = field_options(f, ctx, &n);
	char ch[MB_LEN_MAX + 1], typed[sizeof t->typed + MB_LEN_MAX];
	mbstate_t st;
	int at, i = -1;

	memset(&st, 0, sizeof st);
	if (!o || !n || (len = wcrtomb(ch, (wchar_t)k, &st)) == (size_t)-1)
		return true;
	ch[len] = 0;
	if (t->in != in)
		t->typed[0] = 0;
	at = option_now(in, o, n);
	snprintf(typed, sizeof typed, "%s%s", t->typed, ch);
	if (t->typed[0] && strlen(typed) < sizeof t->typed)
		i = field_option_pick(o, n, at < 0 ? 0 : (size_t)at, typed);
	if (i < 0) {
		snprintf(typed, sizeof typed, "%s", ch);
		i = field_option_pick(o, n, (size_t)(at + 1) % n, typed);
	}
	if (i < 0) {
		t->typed[0] = 0;
		*problem = "no choice starts with that; Left and Right (or Space) show them.";
		return true;
	}
	len = strlen(typed);
	if (len >= sizeof t->typed)
		len = 0;                     /* too long to go on from: start again */
	memcpy(t->typed, typed, len);
	t->typed[len] = 0;
	t->in = in;
	set_option(in, o, i);
	return true;
}

bool option_key(struct input *in, const struct form_field *f, const struct field_context *ctx,
                struct option_typing *t, wint_t k, bool is_key, const char **problem)
{
	*problem = NULL;
	if (!is_key && k == ' ' && !(t->in == in && t->typed[0])) {   /* a space goes on typing */
		option_cycle(in, f, ctx, 1);
		return true;
	}
	if (!is_key && iswprint(k))
		return type_option(in, f, ctx, t, k, problem);
	t->typed[0] = 0;
	if ((!is_key && (k == 21 || k == 127 || k == 8))
	    || (is_key && (k == KEY_BACKSPACE || k == KEY_DC))) {
		input_set(in, "");
		return true;
	}
	return is_key && (k == KEY_HOME || k == KEY_END);
}

void option_draw(const struct input *in, int y, int x, int width, int attr, bool focused)
{
	char *label = input_text(in);

	draw_text(y, x, width, label[0] ? label : NOT_CHOSEN, attr, 1);
	free(label);
	if (focused)
		move(y, x);
}
