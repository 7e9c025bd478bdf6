/* compare.h: an enrollment's entry and exit side by side. Each form of a
 * HUD data element (a form of its own table with the columns enrollment_id
 * and data_collection_stage) gives a heading and a line a field: the value
 * of the newest record taken at project start (stage 1), the value of the
 * newest taken at exit (stage 3), and whether they differ. Read through the
 * sharing rules like any list. No curses. */
#ifndef HEARTH_COMPARE_H
#define HEARTH_COMPARE_H

#include <stdbool.h>
#include <stddef.h>

struct db;
struct db_rows;
struct form;

struct compare_line {
	char *label;                 /* a field's label, or a form's heading */
	char *entry, *exit;          /* shown values ("" when none); NULL on a heading */
	bool changed;
};

struct comparison {
	struct compare_line *lines;
	int n;
};

/* The client's enrollments the caller sees, newest first: id, program,
 * entry date, exit date. NULL on error. */
struct db_rows *compare_enrollments(struct db *db, const char *client);

/* Compare enrollment `id` over the element forms among forms[0..n-1] into
 * *out (the caller frees it with comparison_free). False with *err (a
 * sentence, the caller frees) when a list cannot be read. */
bool compare_enrollment(struct db *db, const struct form *const *forms, size_t n,
                        const char *id, struct comparison *out, char **err);
void comparison_free(struct comparison *c);

#endif
