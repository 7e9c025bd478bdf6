/* paused.h: paused operations: an unfinished form, with what was typed, kept
 * in the database (hearth.paused_operation) or, when the database cannot be
 * reached, in a local file that is sent at the next login. */
#ifndef HEARTH_PAUSED_H
#define HEARTH_PAUSED_H

#include <stdbool.h>

struct db;

struct paused {
	char *id;                /* NULL: not yet in the database */
	char *form;              /* the form's name ("client_add") */
	char *client_id;         /* the client it is about, or NULL */
	char *title;
	int step;
	char **names, **texts;   /* the fields as typed */
	int n;
	char *when;              /* when it was paused (from the database) */
	char *who;               /* who paused it (from the database) */
	char *client_name;       /* "Last, First" of its client, when seen (from the database) */
	bool shared;             /* a client's workflow, seen by the author's organization */
};

/* Keep `p` in the database: the row p->id when it is the caller's, else a
 * new row (taking the place of p->id: a colleague's paused workflow resumed
 * becomes the caller's). Returns false with *err (the caller frees). */
bool paused_save(struct db *db, const struct paused *p, char **err);
/* Keep `p` in the database, or, when the connection is lost (or
 * local_only), in a local file for `user`; *local says which. Returns false
 * with *err when neither worked. */
bool paused_keep(struct db *db, const char *user, const struct paused *p, bool local_only,
                 bool *local, char **err);
/* Keep `p` in a local file for `user` (when the database is gone). */
bool paused_save_local(const char *user, const struct paused *p, char **err);
/* Send the local files of `user` to the database; returns how many. */
int paused_send_local(struct db *db, const char *user);
/* The caller's paused operations (client_id NULL), or every user's about
 * that client (its paused workflows), newest first (*n of them; free with
 * paused_free_all). */
struct paused *paused_list(struct db *db, const char *client_id, int *n, char **err);
/* Fill p->names/texts/n from the database row p->id. */
bool paused_load(struct db *db, struct paused *p, char **err);
bool paused_delete(struct db *db, const char *id, char **err);
/* Whether hearth may act on record `id` of `table`, named by the paused
 * operation `op` (an edit's record, a row a step saved): the database
 * re-reads both as the caller and checks the record is the operation's own
 * client's and its author organization's. False also when it cannot say. */
bool paused_record_ok(struct db *db, const char *op, const char *table, const char *id);
void paused_free(struct paused *p);
void paused_free_all(struct paused *list, int n);

#endif
