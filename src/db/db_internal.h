/* db_internal.h: what db.c and db_records.c share inside src/db: the
 * connection's struct and the error setter. Not for use outside src/db. */
#ifndef HEARTH_DB_INTERNAL_H
#define HEARTH_DB_INTERNAL_H

#include <libpq-fe.h>
#include <stdbool.h>

#include "db.h"

struct db {
	PGconn *conn;
	char *error;
	char code[6];
	void (*reconnected)(void *ctx);  /* NULL: a lost connection stays lost */
	void *ctx;
	bool reconnecting;
	bool in_transaction;             /* between db_begin and db_finish */
};

/* Records the sentence and SQLSTATE code (NULL for none) as db's error. */
void db_set_error(struct db *db, const char *sentence, const char *code);

#endif
