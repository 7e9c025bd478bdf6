/* ctl.h: what hearthctl's commands share. */
#ifndef HEARTH_CTL_H
#define HEARTH_CTL_H

#include <stdbool.h>

struct db;

/* Exit statuses. */
enum { CTL_OK = 0, CTL_FAILED = 1, CTL_USAGE = 2 };

struct ctl {
	const char *conninfo;   /* -d, or NULL for the PG* variables */
	struct db *db;          /* opened on first use by ctl_db */
};

/* The connection, opened on first use; exits with a sentence on failure. */
struct db *ctl_db(struct ctl *ctl);
/* Print "hearthctl: <sentence>" on stderr; returns CTL_FAILED. */
int ctl_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print a usage error and the command's usage line; returns CTL_USAGE. */
int ctl_usage(const char *usage, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Read a password from standard input (one line); NULL with a message
 * printed when there is none. The caller frees. */
char *ctl_read_password(void);
/* Parse a date option (YYYY-MM-DD, MM/DD/YYYY, t, +N) into "YYYY-MM-DD".
 * Returns false when it is not a date. */
bool ctl_date(const char *text, char out[11]);

int cmd_migrate(struct ctl *ctl, int argc, char **argv);
int cmd_org(struct ctl *ctl, int argc, char **argv);
int cmd_user(struct ctl *ctl, int argc, char **argv);
int cmd_mou(struct ctl *ctl, int argc, char **argv);
int cmd_workgroup(struct ctl *ctl, int argc, char **argv);
int cmd_demo_data(struct ctl *ctl, int argc, char **argv);

#endif
