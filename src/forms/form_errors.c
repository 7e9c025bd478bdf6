/* form_errors.c: a growing list of "file:line: message" sentences. */
#include "form_errors.h"

#include <stdio.h>
#include <stdlib.h>

#include "../util/xalloc.h"

static void push(struct form_errors *e, char *msg, int line)
{
	if (e->n == e->cap) {
		e->cap = e->cap ? e->cap * 2 : 8;
		e->msgs = xrealloc(e->msgs, e->cap * sizeof *e->msgs);
		e->lines = xrealloc(e->lines, e->cap * sizeof *e->lines);
	}
	e->lines[e->n] = line > 0 ? line : 0;
	e->msgs[e->n++] = msg;
}

void form_errors_vadd(struct form_errors *e, const char *path, int line,
                      const char *fmt, va_list ap)
{
	va_list again;
	char *what, *msg;
	int n;

	if (!e)
		return;
	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	what = xmalloc(n < 0 ? 1 : (size_t)n + 1);
	vsnprintf(what, n < 0 ? 1 : (size_t)n + 1, fmt, again);
	va_end(again);
	msg = line > 0 ? xasprintf("%s:%d: %s", path, line, what) : xasprintf("%s: %s", path, what);
	free(what);
	push(e, msg, line);
}

void form_errors_add(struct form_errors *e, const char *path, int line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	form_errors_vadd(e, path, line, fmt, ap);
	va_end(ap);
}

void form_errors_sort(struct form_errors *e)
{
	for (size_t i = 1; i < e->n; i++) {
		char *msg = e->msgs[i];
		int line = e->lines[i];
		size_t j = i;

		for (; j > 0 && e->lines[j - 1] > line; j--) {
			e->msgs[j] = e->msgs[j - 1];
			e->lines[j] = e->lines[j - 1];
		}
		e->msgs[j] = msg;
		e->lines[j] = line;
	}
}

void form_errors_move(struct form_errors *to, struct form_errors *from)
{
	if (!to) {
		form_errors_free(from);
		return;
	}
	for (size_t i = 0; i < from->n; i++)
		push(to, from->msgs[i], from->lines[i]);
	free(from->msgs);
	free(from->lines);
	*from = (struct form_errors){ 0 };
}

void form_errors_free(struct form_errors *e)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->n; i++)
		free(e->msgs[i]);
	free(e->msgs);
	free(e->lines);
	*e = (struct form_errors){ 0 };
}
