/* merge.h: merging two records of the same person (hearth.merge_clients,
 * sql/), undoing a merge, and the merges the user may see.
 *
 * Offers: merge_list, merge_clients, merge_undo. */
#ifndef HEARTH_MERGE_H
#define HEARTH_MERGE_H

#include <stdbool.h>

struct db;
struct db_rows;

/* The last 100 merges the user may see, newest first: id, when (YYYY-MM-DD
 * HH:MM), kept client, merged client, when undone (NULL: not). NULL on
 * error (db_error). */
struct db_rows *merge_list(struct db *db);
/* Merge client `drop` into client `keep`: the merge's id (the caller
 * frees), or NULL with db_error. */
char *merge_clients(struct db *db, const char *keep, const char *drop);
/* Undo merge `id`; false with db_error. */
bool merge_undo(struct db *db, const char *id);

#endif
