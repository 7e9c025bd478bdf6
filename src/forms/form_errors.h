/* form_errors.h: the mistakes found in form and workflow files, each one
 * line "file:line: what is wrong" (or "file: what is wrong" when no line
 * applies). form_load and workflow_load give each file's in line order.
 *
 * Offers: struct form_errors (start it as `struct form_errors e = { 0 }`),
 * form_errors_add, form_errors_vadd, form_errors_sort, form_errors_move,
 * form_errors_free. The list owns its messages.
 */
#ifndef HEARTH_FORM_ERRORS_H
#define HEARTH_FORM_ERRORS_H

#include <stdarg.h>
#include <stddef.h>

struct form_errors {
	char **msgs;         /* n messages, each "file:line: sentence" */
	int *lines;          /* the line of each, 0 when none */
	size_t n, cap;
};

/* Append "path:line: message" (line <= 0: "path: message"). `e` may be
 * NULL, and then nothing is kept. */
void form_errors_add(struct form_errors *e, const char *path, int line,
                     const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void form_errors_vadd(struct form_errors *e, const char *path, int line,
                      const char *fmt, va_list ap) __attribute__((format(printf, 4, 0)));
/* Put the messages in the order of their lines (those without a line
 * first), keeping the order of messages on the same line. */
void form_errors_sort(struct form_errors *e);
/* Append the messages of `from` to `to` (which takes them over; when `to`
 * is NULL they are freed) and empty `from`. */
void form_errors_move(struct form_errors *to, struct form_errors *from);
/* Free every message and empty the list (it may be used again). */
void form_errors_free(struct form_errors *e);

#endif
