/* form_errors.c: a growing list of "file:line: message" sentences. */
#include "form_errors.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "../util/xalloc.h"

void form_errors_add(struct form_errors *e, const char *path, int line, const char *fmt, ...)
{
	va_list ap;
	char *what, *msg;
	int n;

	if (!e)
		return;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	what = xmalloc(n < 0 ? 1 : (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(what, n < 0 ? 1 : (size_t)n + 1, fmt, ap);
	va_end(ap);
	msg = line > 0 ? xasprintf("%s:%d: %s", path, line, what) : xasprintf("%s: %s", path, what);
	free(what);
	if (e->n == e->cap) {
		e->cap = e->cap ? e->cap * 2 : 8;
		e->msgs = xrealloc(e->msgs, e->cap * sizeof *e->msgs);
	}
	e->msgs[e->n++] = msg;
}

void form_errors_free(struct form_errors *e)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->n; i++)
		free(e->msgs[i]);
	free(e->msgs);
	e->msgs = NULL;
	e->n = e->cap = 0;
}
