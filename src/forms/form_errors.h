/* form_errors.h: the mistakes found in form and workflow files, each one
 * line "file:line: what is wrong" (or "file: what is wrong" when no line
 * applies), in the order they were found.
 *
 * Offers: struct form_errors (zero-initialise it: `struct form_errors e = {0}`),
 * form_errors_add, form_errors_free. The list owns its messages.
 */
#ifndef HEARTH_FORM_ERRORS_H
#define HEARTH_FORM_ERRORS_H

#include <stddef.h>

struct form_errors {
	char **msgs;         /* n messages, each "file:line: sentence" */
	size_t n, cap;
};

/* Append "path:line: message" (line <= 0: "path: message"). `e` may be
 * NULL, and then nothing is kept. */
void form_errors_add(struct form_errors *e, const char *path, int line,
                     const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* Free every message and empty the list (it may be used again). */
void form_errors_free(struct form_errors *e);

#endif
