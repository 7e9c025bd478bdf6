/* db.h: the only door to PostgreSQL. Nothing outside src/db sees libpq.
 *
 * Every statement takes its values as parameters; result rows are copied
 * into a db_rows that the caller frees. Errors are kept on the connection as
 * one sentence for a person (db_error) and the SQLSTATE (db_error_code).
 */
#ifndef HEARTH_DB_H
#define HEARTH_DB_H

#include <stdbool.h>
#include <stddef.h>

struct db;
struct db_rows;

/* Connect with a libpq conninfo string (NULL or "" for the PG* variables).
 * On failure returns NULL and sets *err to a sentence the caller frees. */
struct db *db_connect(const char *conninfo, char **err);
/* Connect as a given user with a password (for the login screen). */
struct db *db_connect_as(const char *conninfo, const char *user,
                         const char *password, char **err);
void db_close(struct db *db);

/* Run one statement with `n` text parameters (a NULL entry is SQL null).
 * Returns the rows, which the caller frees, or NULL on error. */
struct db_rows *db_query(struct db *db, const char *sql, int n,
                         const char *const *params);
/* The first column of every row, as a new NULL-terminated list of new
 * strings ("" for a null), the caller frees; NULL on error. */
char **db_column(struct db *db, const char *sql, int n, const char *const *params);
/* The same when no rows are wanted. Returns true on success. */
bool db_exec(struct db *db, const char *sql, int n, const char *const *params);
/* Run the first column of the first row of a query into a new string (the
 * caller frees; NULL on error, or *found false when there is no row/null). */
char *db_value(struct db *db, const char *sql, int n,
               const char *const *params, bool *found);
/* Bytes in and out, for bytea columns (files and photos), sent and received
 * as binary so that they are neither escaped nor doubled in size.
 *
 * db_value_bytes: db_value with params[at] replaced by `len` bytes of
 *   `data`, a bytea parameter (params[at] itself is not read).
 * db_bytes: the first column of the first row, a bytea, into a new buffer
 *   of *len bytes (the caller frees); NULL on error, or with *found false
 *   when there is no row (or a null). */
char *db_value_bytes(struct db *db, const char *sql, int n, const char *const *params, int at,
                     const void *data, size_t len, bool *found);
unsigned char *db_bytes(struct db *db, const char *sql, int n, const char *const *params,
                        size_t *len, bool *found);
/* INSERT a row into hearth.<table> with the given columns and text values
 * (NULL: SQL null) and return its new id (the caller frees; "" for a table
 * without an id column), or NULL on error. Table and column names come from the project's form files, never
 * from what a user typed, and are quoted as identifiers; values are
 * parameters. */
char *db_insert(struct db *db, const char *table, const char *const *columns,
                const char *const *values, int n);
/* When the connection is found lost before a statement, make it again and
 * call `reconnected` (to restore the session's settings) before running the
 * statement. Without this, a lost connection stays lost (as hearthctl
 * wants: its transactions must not go on in a new session). */
void db_on_reconnect(struct db *db, void (*reconnected)(void *ctx), void *ctx);
/* Reading and changing one record of hearth.<table> by its id, for the
 * forms: table and column names come from the form files (quoted as
 * identifiers), values are parameters, every value comes back as text.
 *
 * db_select_row: the columns of row `id`, and its updated_at (the stamp of
 *   its last change) as the last column; no row when it is not (or no
 *   longer) there for the caller.
 * db_select_where: id and the columns of the rows whose `key` column is
 *   `value` (a record id; key NULL: every row the caller sees), ordered by
 *   `order` (NULL: id) then id, a page.
 * db_update: set the columns of row `id`, only if it is still as it was
 *   at `stamp`; returns the new stamp (the caller frees), or NULL on error;
 *   *found false (and "") when the row changed since, or went. */
struct db_rows *db_select_row(struct db *db, const char *table, const char *const *columns,
                              int n, const char *id);
struct db_rows *db_select_where(struct db *db, const char *table, const char *const *columns,
                                int n, const char *key, const char *value, const char *order,
                                bool desc, int limit, int offset);
char *db_update(struct db *db, const char *table, const char *id, const char *stamp,
                const char *const *columns, const char *const *values, int n, bool *found);
/* DELETE the row `id` of hearth.<table> (a name from the form files, quoted
 * as an identifier). Returns false on error; *found says whether a row went
 * (none: it is gone already, or the sharing rules keep it). */
bool db_delete(struct db *db, const char *table, const char *id, bool *found);
/* Mark row `id` of hearth.`table` deleted, keeping it: its timestamp column
 * `column` (an identifier) set to now where it was empty. *found as for
 * db_delete (none: already marked, gone, or not the caller's to change). */
bool db_mark_deleted(struct db *db, const char *table, const char *column, const char *id,
                     bool *found);
/* A transaction: db_begin, the statements, then db_finish(ok), which commits
 * when ok and rolls back otherwise, keeping the error that made it fail
 * (db_error). A connection lost inside a transaction is not made again
 * before db_finish: what was done in it is gone, and the rest must not run
 * on its own. */
bool db_begin(struct db *db);
bool db_finish(struct db *db, bool ok);
/* Run a script of several statements, without parameters: only for the
 * project's own SQL (migrations), never for text a user typed. */
bool db_exec_script(struct db *db, const char *script);

/* COPY ... FROM STDIN: begin, put data (any pieces), end. */
bool db_copy_begin(struct db *db, const char *sql);
bool db_copy_put(struct db *db, const char *data, size_t len);
bool db_copy_end(struct db *db);

/* The SCRAM verifier of a password, computed here so that the plain password
 * never reaches the server. The caller frees; NULL on error. */
char *db_password_verifier(struct db *db, const char *user, const char *password);

/* A PostgreSQL text[] literal of the items, to pass as one parameter
 * ($1::text[]). The caller frees. */
char *db_text_array(const char *const *items, int n);

const char *db_error(const struct db *db);
/* The SQLSTATE of the last error ("" when there is none). */
const char *db_error_code(const struct db *db);

int db_rows_count(const struct db_rows *rows);
int db_rows_columns(const struct db_rows *rows);
/* The value at (row, column), or NULL for SQL null. */
const char *db_rows_get(const struct db_rows *rows, int row, int column);
void db_rows_free(struct db_rows *rows);

#endif
