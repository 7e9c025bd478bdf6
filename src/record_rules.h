/* record_rules.h: what the database's rules let the user do with a record
 * (sql/050, hearth.change_refusal and hearth.record_marks), asked before
 * anything is typed so that a record the user may only read opens read-only
 * and lists can mark it. The rules are the database's; nothing here decides. */
#ifndef HEARTH_RECORD_RULES_H
#define HEARTH_RECORD_RULES_H

#include <stdbool.h>

struct db;

/* Why the user may not change the record `id` of hearth.<table>: a new
 * sentence (the caller frees), or NULL when they may (or when the question
 * could not be asked: the database still refuses at saving). With `column`
 * and `value`, whether they may make that one change. */
char *record_refusal(struct db *db, const char *table, const char *id, const char *column,
                     const char *value);

/* What a list shows beside a record: who made it, for which organization,
 * and whether the user may only read it. */
struct record_mark {
	char *id, *author, *org;
	bool read_only;
};
/* The marks of the records `ids` (n of them) the user sees, into a new
 * array *marks (record_marks_free frees it). Returns how many, or -1. */
int record_marks(struct db *db, const char *table, const char *const *ids, int n,
                 struct record_mark **marks);
void record_marks_free(struct record_mark *marks, int n);
/* The mark of record `id` among them, or NULL. */
const struct record_mark *record_mark_of(const struct record_mark *marks, int n, const char *id);

#endif
