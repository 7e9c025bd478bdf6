/* migrations.h: the schema migrations built into hearthctl (from sql/). */
#ifndef HEARTH_MIGRATIONS_H
#define HEARTH_MIGRATIONS_H

struct migration {
	int version;
	const char *name;
	const char *sql;
};

/* In ascending order of version. */
extern const struct migration migrations[];
extern const int migration_count;

#endif
