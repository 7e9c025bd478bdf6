/* address_history.c: where a client has lived (see address_history.h). */
#include "address_history.h"

#include "db/db.h"

struct db_rows *address_history(struct db *db, const char *client_id)
{
	const char *params[1] = { client_id };

	return db_query(db,
		"SELECT coalesce(c.address_since::text, '?'), 'now', concat_ws(', ', c.address_line1, c.address_line2, c.city,"
		"       concat_ws(' ', c.state, c.zip)), 'current', o.name"
		" FROM hearth.client c JOIN hearth.organization o ON o.id = c.created_org"
		" WHERE c.id = $1::bigint AND c.address_line1 IS NOT NULL"
		" UNION ALL"
		" SELECT * FROM (SELECT coalesce(a.begin_date::text, '?'), coalesce(a.end_date::text, ''),"
		"       concat_ws(', ', a.line1, a.line2, a.city, concat_ws(' ', a.state, a.zip)),"
		"       replace(a.address_type, '_', ' '), o.name"
		" FROM hearth.client_address a JOIN hearth.organization o ON o.id = a.org_id"
		" WHERE a.client_id = $1::bigint"
		" ORDER BY a.end_date DESC NULLS FIRST, a.begin_date DESC NULLS LAST, a.id DESC) h",
		1, params);
}
