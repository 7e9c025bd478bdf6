/* record.h: the records a form saves, in the database: listed, read,
 * inserted (with their linked rows, in one transaction), updated over the
 * stamp they were read at, deleted. No curses: hearth's screens and
 * hearthctl use it alike. Values are stored values (field.h), one a field
 * of the form, NULL for a field left empty or of another table.
 *
 * Offers: enum record_outcome, struct record_edit, record_list, record_read,
 * record_insert, record_update, record_edit_free, record_delete.
 *
 * Every outcome but RECORD_FAILED and RECORD_LOST leaves the connection
 * usable; with those two, db_error says why.
 */
#ifndef HEARTH_RECORD_H
#define HEARTH_RECORD_H

#include <stdbool.h>

#include "form.h"

struct db;
struct db_rows;
struct field_context;

enum record_outcome {
	RECORD_DONE,       /* saved, or deleted */
	RECORD_CONFLICT,   /* someone changed what the person changed: see theirs */
	RECORD_GONE,       /* deleted, or no longer shared with the caller */
	RECORD_READ_ONLY,  /* there, but the sharing rules refuse the change */
	RECORD_LOST,       /* the connection went: nothing was saved */
	RECORD_FAILED,     /* the database refused it: db_error says why */
};

/* The rows of the form's list (view, else table) whose `key` column is
 * `owner` (key NULL: every row the caller may see): the id, then the
 * columns of fields[0..n-1]; sorted by field fields[sort] (-1: by id), a
 * page. NULL on error. */
struct db_rows *record_list(struct db *db, const struct form *form, const int *fields, int n,
                            const char *key, const char *owner, int sort, bool desc,
                            int limit, int offset);

/* The record `id` of the form's own table as it is now: its values (a new
 * array of the form's nfields, the caller frees each and it) and its stamp
 * (a new string). RECORD_GONE when the caller cannot see it. */
enum record_outcome record_read(struct db *db, const struct form *form, const char *id,
                                const struct field_context *ctx, char ***values, char **stamp);

/* A new record of `values`, and in the same transaction a row of each of
 * the form's other tables whose first field is given (its link column
 * taking the new id). `new_at`, when not -1, is a lookup field whose record
 * is made first (its `add`), from `new_text`, what was typed there (an
 * employer's name; NULL for a family): its value becomes that record's id.
 * *id is the new record's (a new string) on RECORD_DONE. */
enum record_outcome record_insert(struct db *db, const struct form *form, char **values,
                                  int new_at, const char *new_text, char **id);

/* A record being edited: what was read, and (after RECORD_CONFLICT) what
 * is there now. record_edit_free frees the strings; form and id are the
 * caller's. */
struct record_edit {
	const struct form *form;
	const char *id;
	char **orig;                 /* its values when read */
	char *stamp;                 /* its stamp then */
	char **theirs;               /* after a change meanwhile: its values now, */
	char *their_stamp;           /* and its stamp */
};

/* Write the fields of the form's own table that `mine` changes from orig.
 * A change saved meanwhile to other fields is taken in (the stamp moves
 * on); one to a field the person changed too is RECORD_CONFLICT, with
 * theirs and their_stamp filled in. To save the person's changes over
 * theirs, take their_stamp as the stamp and call again. */
enum record_outcome record_update(struct db *db, struct record_edit *e, char *const *mine,
                                  const struct field_context *ctx);
/* record_update, after making the record that lookup field `new_at` stands
 * for (its `add`, from `new_text` as record_insert does; none when -1), in
 * one transaction with the update: either both are saved or neither. */
enum record_outcome record_update_new(struct db *db, struct record_edit *e, char **mine,
                                      const struct field_context *ctx, int new_at,
                                      const char *new_text);
void record_edit_free(struct record_edit *e);

/* Delete row `id` of hearth.<table>: RECORD_DONE, RECORD_GONE (gone
 * already, or the sharing rules keep it), RECORD_LOST or RECORD_FAILED. */
enum record_outcome record_delete(struct db *db, const char *table, const char *id);
/* The same for a page with `deleted_at`: the row is kept, marked deleted. */
enum record_outcome record_mark_deleted(struct db *db, const char *table, const char *column,
                                        const char *id);

/* Free an array of the form's values. */
void record_values_free(const struct form *form, char **values);

#endif
