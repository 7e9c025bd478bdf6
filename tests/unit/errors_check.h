/* errors_check.h: compare the mistakes a loader reported with the ones a
 * test expects, in order (shared by the form and workflow loader tests). */
#ifndef HEARTH_ERRORS_CHECK_H
#define HEARTH_ERRORS_CHECK_H

#include <stdio.h>

#include "forms/form_errors.h"
#include "check.h"

/* `want` is NULL-terminated; every extra message is printed. Frees errs. */
static inline void check_errors(const char *name, struct form_errors *errs,
                                const char *const *want)
{
	size_t n = 0;

	for (; want[n]; n++)
		CHECK_STR(n < errs->n ? errs->msgs[n] : NULL, want[n]);
	CHECK(errs->n == n);
	for (size_t i = n; i < errs->n; i++)
		fprintf(stderr, "%s: unexpected: %s\n", name, errs->msgs[i]);
	form_errors_free(errs);
}

#endif
