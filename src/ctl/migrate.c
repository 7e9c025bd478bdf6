/* migrate.c: hearthctl migrate — apply the built-in migrations in order.
 *
 * Each migration runs in its own transaction together with the row that
 * records it, under an advisory lock, so two runs at once are safe and a
 * failed one leaves the database as it was. A database whose schema is newer
 * than this hearthctl is refused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "ctl.h"
#include "migrations.h"

#define LOCK_SQL "SELECT pg_advisory_lock(hashtext('hearth.migrate'))"

/* The highest applied version, 0 for an empty database, -1 on error. */
static int current_version(struct db *db)
{
	bool found;
	char *v = db_value(db, "SELECT to_regclass('hearth.schema_migration') IS NOT NULL",
	                   0, NULL, &found);
	int version = 0;

	if (!v)
		return -1;
	if (!strcmp(v, "t")) {
		free(v);
		v = db_value(db, "SELECT coalesce(max(version), 0) FROM hearth.schema_migration",
		             0, NULL, &found);
		if (!v)
			return -1;
		version = atoi(v);
	}
	free(v);
	return version;
}

static bool is_superuser(struct db *db)
{
	bool found;
	char *v = db_value(db, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user",
	                   0, NULL, &found);
	bool yes = v && !strcmp(v, "t");

	free(v);
	return yes;
}

static bool apply(struct db *db, const struct migration *m)
{
	char version[16];
	const char *params[2] = { version, m->name };

	snprintf(version, sizeof version, "%d", m->version);
	if (!db_exec(db, "BEGIN", 0, NULL))
		return false;
	if (db_exec_script(db, m->sql)
	    && db_exec(db, "RESET ROLE", 0, NULL)
	    && db_exec(db, "INSERT INTO hearth.schema_migration (version, name) VALUES ($1, $2)",
	               2, params)
	    && db_exec(db, "COMMIT", 0, NULL))
		return true;
	ctl_fail("migration %s failed: %s", m->name, db_error(db));
	db_exec(db, "ROLLBACK", 0, NULL);
	return false;
}

int cmd_migrate(struct ctl *ctl, int argc, char **argv)
{
	struct db *db;
	int current, latest = migrations[migration_count - 1].version, applied = 0, i;

	(void)argv;
	if (argc != 1)
		return ctl_usage("hearthctl migrate", "migrate takes no arguments");
	db = ctl_db(ctl);
	if (!is_superuser(db))
		return ctl_fail("migrate creates roles and extensions: run it as the database superuser");
	if (!db_exec(db, LOCK_SQL, 0, NULL) || (current = current_version(db)) < 0)
		return ctl_fail("%s", db_error(db));
	if (current > latest)
		return ctl_fail("the database is at schema version %d, newer than this hearthctl "
		                "knows (%d); use a newer hearthctl", current, latest);
	for (i = 0; i < migration_count; i++) {
		if (migrations[i].version <= current)
			continue;
		if (!apply(db, &migrations[i]))
			return CTL_FAILED;
		applied++;
	}
	if (applied)
		printf("migrated to schema version %d (%d applied)\n", latest, applied);
	else
		printf("schema is up to date (version %d)\n", latest);
	return CTL_OK;
}
