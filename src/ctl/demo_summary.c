/* demo_summary.c: what hearthctl demo-data says once the data is loaded:
 * the time it took, the demo accounts and how many rows each table got. It
 * also runs ANALYZE first. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "../db/db.h"
#include "ctl.h"
#include "demo.h"
#include "table.h"


static int print_accounts(struct demo *d)
{
	static const char *const headings[] = { "USERNAME", "PASSWORD", "ORGANIZATIONS" };
	const char *names[DEMO_USERS];
	char *array;
	struct db_rows *rows;
	int u;

	for (u = 0; u < DEMO_USERS; u++)
		names[u] = demo_users[u].username;
	array = db_text_array(names, DEMO_USERS);
	rows = db_query(d->db,
		"SELECT u.username, $2::text,"
		"       concat_ws(' ', string_agg(o.name, ', ' ORDER BY o.id),"
		"                 CASE WHEN pg_has_role(u.username, 'hearth_admin', 'MEMBER')"
		"                      THEN '(system administrator)' END)"
		" FROM hearth.hmis_user u"
		" LEFT JOIN hearth.membership m ON m.user_id = u.id"
		" LEFT JOIN hearth.organization o ON o.id = m.org_id"
		" WHERE u.username = ANY ($1::text[])"
		" GROUP BY u.id, u.username ORDER BY u.id", 2,
		(const char *const[]){ array, PASSWORD });
	free(array);
	if (!rows)
		return ctl_fail("the demo data is loaded, but listing the accounts failed: %s",
		                db_error(d->db));
	table_print(rows, headings);
	db_rows_free(rows);
	return CTL_OK;
}

static void print_counts(const struct demo *d)
{
	int t;

	printf("\n%10d organizations\n%10d users\n%10d MOUs (one membership ended)\n",
	       DEMO_ORGS, DEMO_USERS, DEMO_MOUS);
	for (t = 0; t < DEMO_TABLES; t++)
		printf("%10llu %s\n", (unsigned long long)d->rows[t], demo_table_names[t]);
}

static double seconds_since(const struct timespec *start)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

int demo_finish(struct demo *d, const struct timespec *start)
{
	int status;

	/* every table, so that none loaded here is left without statistics */
	if (!db_exec(d->db, "ANALYZE", 0, NULL))
		return ctl_fail("the demo data is loaded, but ANALYZE failed: %s", db_error(d->db));
	printf("Loaded the demo data (seed %llu, %lu clients) in %.1f seconds.\n\n"
	       "Demo accounts (every password is \"%s\"):\n",
	       (unsigned long long)d->seed, (unsigned long)d->clients, seconds_since(start),
	       PASSWORD);
	status = print_accounts(d);
	print_counts(d);
	return status;
}
