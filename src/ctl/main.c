/* hearthctl: hearth's non-interactive tool for administrators and scripts.
 *
 * hearthctl [-d CONNINFO] COMMAND ...; see hearthctl(1). This file parses the
 * global options, dispatches, and holds what the commands share.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../util/date.h"
#include "../util/xalloc.h"
#include "ctl.h"

#ifndef HEARTH_VERSION
#define HEARTH_VERSION "0.1"
#endif

static const char usage_text[] =
	"usage: hearthctl [-d CONNINFO] COMMAND [ARGS]\n"
	"\n"
	"  migrate                              apply the schema migrations\n"
	"  org add NAME                         add an organization, print its id\n"
	"  org list                             list organizations\n"
	"  user add USERNAME --org NAME [--org NAME ...] [--admin]\n"
	"           [--full-name TEXT] --password-stdin\n"
	"                                       add a user (a login role)\n"
	"  user passwd USERNAME --password-stdin  set a user's password\n"
	"  user disable USERNAME                stop a user from logging in\n"
	"  user enable USERNAME                 let a disabled user log in again\n"
	"  user org-admin USERNAME ORG on|off   make a member an organization administrator\n"
	"                                       (or not)\n"
	"  user list                            list users\n"
	"  mou add NAME --org NAME --org NAME [--begin DATE] [--end DATE]\n"
	"                                       add an MOU, print its id\n"
	"  mou list                             list MOUs and their members\n"
	"  workgroup add ORG NAME WORKSPACE[,WORKSPACE...]\n"
	"                                       add a workgroup, print its id\n"
	"  workgroup join ORG NAME USERNAME     put a user in a workgroup\n"
	"  workgroup leave ORG NAME USERNAME    take a user out of a workgroup\n"
	"  workgroup list                       list workgroups and their members\n"
	"  demo-data [--clients N] [--seed N]   load deterministic demo data\n"
	"\n"
	"  -d CONNINFO   the database (a libpq connection string or URI);\n"
	"                without it the PG* environment variables apply\n"
	"  -h, --help    this text;  --version  the version\n"
	"\n"
	"See hearthctl(1).\n";

struct db *ctl_db(struct ctl *ctl)
{
	char *err = NULL;

	if (ctl->db)
		return ctl->db;
	ctl->db = db_connect(ctl->conninfo, &err);
	if (!ctl->db) {
		fprintf(stderr, "hearthctl: %s\n", err);
		free(err);
		exit(CTL_FAILED);
	}
	return ctl->db;
}

int ctl_fail(const char *fmt, ...)
{
	va_list ap;

	fputs("hearthctl: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return CTL_FAILED;
}

int ctl_usage(const char *usage, const char *fmt, ...)
{
	va_list ap;

	fputs("hearthctl: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nusage: %s\n", usage);
	return CTL_USAGE;
}

char *ctl_read_password(void)
{
	char buf[1024];
	size_t len;

	if (!fgets(buf, sizeof buf, stdin)) {
		ctl_fail("no password on standard input");
		return NULL;
	}
	len = strcspn(buf, "\r\n");
	if (len == sizeof buf - 1) {
		ctl_fail("the password is too long (at most 1000 characters)");
		return NULL;
	}
	buf[len] = 0;
	if (len == 0) {
		ctl_fail("the password is empty");
		return NULL;
	}
	return xstrdup(buf);
}

bool ctl_date(const char *text, char out[11])
{
	struct hdate d;

	if (!date_parse(text, date_today(), &d))
		return false;
	date_format(d, out);
	return true;
}

static const struct {
	const char *name;
	int (*run)(struct ctl *, int, char **);
} commands[] = {
	{ "migrate", cmd_migrate },
	{ "org", cmd_org },
	{ "user", cmd_user },
	{ "mou", cmd_mou },
	{ "workgroup", cmd_workgroup },
	{ "demo-data", cmd_demo_data },
};

int main(int argc, char **argv)
{
	struct ctl ctl = { 0 };
	int i = 1, status;
	size_t c;

	while (i < argc && argv[i][0] == '-') {
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			fputs(usage_text, stdout);
			return CTL_OK;
		} else if (!strcmp(argv[i], "--version")) {
			printf("hearthctl %s\n", HEARTH_VERSION);
			return CTL_OK;
		} else if (!strcmp(argv[i], "-d") && i + 1 < argc) {
			ctl.conninfo = argv[i + 1];
			i += 2;
		} else if (!strncmp(argv[i], "--dbname=", 9)) {
			ctl.conninfo = argv[i] + 9;
			i++;
		} else {
			fprintf(stderr, "hearthctl: unknown option '%s'\n%s", argv[i], usage_text);
			return CTL_USAGE;
		}
	}
	if (i >= argc) {
		fprintf(stderr, "hearthctl: which command?\n%s", usage_text);
		return CTL_USAGE;
	}
	for (c = 0; c < sizeof commands / sizeof commands[0]; c++) {
		if (!strcmp(argv[i], commands[c].name)) {
			status = commands[c].run(&ctl, argc - i, argv + i);
			db_close(ctl.db);
			return status;
		}
	}
	fprintf(stderr, "hearthctl: unknown command '%s'\n%s", argv[i], usage_text);
	return CTL_USAGE;
}
