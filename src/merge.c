/* merge.c: merging client records (see merge.h). */
#include "merge.h"

#include "db/db.h"

struct db_rows *merge_list(struct db *db)
{
	return db_query(db,
		"SELECT id, to_char(merged_at, 'YYYY-MM-DD HH24:MI'), kept_id, merged_id,"
		"       to_char(undone_at, 'YYYY-MM-DD HH24:MI')"
		" FROM hearth.client_merge ORDER BY id DESC LIMIT 100", 0, NULL);
}

char *merge_clients(struct db *db, const char *keep, const char *drop)
{
	const char *params[2] = { keep, drop };
	bool found;

	return db_value(db, "SELECT hearth.merge_clients($1::bigint, $2::bigint)", 2, params,
	                &found);
}

bool merge_undo(struct db *db, const char *id)
{
	const char *params[1] = { id };

	return db_exec(db, "SELECT hearth.undo_merge($1::bigint)", 1, params);
}
