/* address_history.h: where a client has lived, for the Address History
 * Report: the intake's address now, then every address of the history the
 * user may see.
 *
 * Offers: address_history. */
#ifndef HEARTH_ADDRESS_HISTORY_H
#define HEARTH_ADDRESS_HISTORY_H

struct db;
struct db_rows;

/* Newest first: since ('?' when unknown), until ("now" for the intake's,
 * "" while it holds), the address on one line, its kind, the organization
 * that recorded it. NULL on error (db_error). */
struct db_rows *address_history(struct db *db, const char *client_id);

#endif
