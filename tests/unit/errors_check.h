/* errors_check.h: compare the mistakes a loader reported with the ones a
 * test expects, in order (shared by the form and workflow loader tests). */
#ifndef HEARTH_ERRORS_CHECK_H
#define HEARTH_ERRORS_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forms/form.h"
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

/* Loading the form file `dir``name` fails with exactly the messages `want`
 * (NULL-terminated). */
static inline void form_fails_with(const char *dir, const char *name, const char *const *want)
{
	char *path = malloc(strlen(dir) + strlen(name) + 1);
	struct form_errors errs = { 0 };
	struct form *form;

	strcpy(path, dir);
	strcat(path, name);
	form = form_load(path, &errs);
	CHECK(form == NULL);
	form_free(form);
	check_errors(name, &errs, want);
	free(path);
}

/* FORM_FAILS_WITH("file.ini", "message", ...), the file in the test's DIR */
#define FORM_FAILS_WITH(name, ...) form_fails_with(DIR, name, (const char *const[]){ __VA_ARGS__, NULL })

#endif
