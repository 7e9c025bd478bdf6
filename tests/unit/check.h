/* check.h: the unit tests' assertions. Each test program ends with
 * `return check_done();`, which prints "RESULT passed failed" for the runner
 * (tests/unit/run) to add up, and returns non-zero if anything failed. */
#ifndef HEARTH_CHECK_H
#define HEARTH_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond) check_at((cond), #cond, __FILE__, __LINE__)
#define CHECK_STR(got, want) check_str_at((got), (want), #got, __FILE__, __LINE__)

static inline void check_at(int ok, const char *what, const char *file, int line)
{
	if (ok) {
		check_passed++;
	} else {
		check_failed++;
		fprintf(stderr, "%s:%d: failed: %s\n", file, line, what);
	}
}

static inline void check_str_at(const char *got, const char *want, const char *what,
                                const char *file, int line)
{
	if (got && want && !strcmp(got, want)) {
		check_passed++;
	} else {
		check_failed++;
		fprintf(stderr, "%s:%d: failed: %s is \"%s\", want \"%s\"\n", file, line, what,
		        got ? got : "(null)", want ? want : "(null)");
	}
}

static inline int check_done(void)
{
	printf("RESULT %d %d\n", check_passed, check_failed);
	return check_failed != 0;
}

#endif
