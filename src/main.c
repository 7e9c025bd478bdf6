/* hearth: the terminal client. Parses the command line and hearth.conf,
 * then hands over to the event loop (src/ui/app.c). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "conf.h"
#include "ui/app.h"
#include "ui/keys.h"
#include "util/xalloc.h"

#ifndef HEARTH_VERSION
#define HEARTH_VERSION "0.1"
#endif

static const char usage[] =
	"usage: hearth [-c FILE] [-d CONNINFO]\n"
	"\n"
	"  -c FILE       read this hearth.conf (default: $HEARTH_CONF,\n"
	"                ~/.config/hearth/hearth.conf, /etc/hearth/hearth.conf)\n"
	"  -d CONNINFO   the database, as a libpq connection string or URI\n"
	"  --keys        print every action and its keys (after hearth.conf)\n"
	"  -h, --help    this text;  --version  the version\n"
	"\n"
	"See hearth(1) for the keys, hearth.conf(5) for the settings.\n";

/* The key table, as hearth(1) lists it. */
static void print_keys(void)
{
	char keys[64];
	int a;

	for (a = A_NONE + 1; a < A_COUNT; a++) {
		keys_of((enum action)a, keys, sizeof keys);
		printf("%-16s %-12s %s\n", action_name((enum action)a), keys,
		       action_help((enum action)a));
	}
}

int main(int argc, char **argv)
{
	bool list_keys = false;
	const char *conf_path = NULL, *conninfo = NULL;
	struct conf *conf;
	int i, status;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			fputs(usage, stdout);
			return 0;
		} else if (!strcmp(argv[i], "--version")) {
			printf("hearth %s\n", HEARTH_VERSION);
			return 0;
		} else if (!strcmp(argv[i], "--keys")) {
			list_keys = true;
		} else if (!strcmp(argv[i], "-c") && i + 1 < argc) {
			conf_path = argv[++i];
		} else if (!strcmp(argv[i], "-d") && i + 1 < argc) {
			conninfo = argv[++i];
		} else {
			fprintf(stderr, "hearth: unknown argument '%s'\n%s", argv[i], usage);
			return 2;
		}
	}
	if (list_keys) {
		conf = conf_load(conf_path);
		keys_apply(conf);
		print_keys();
		for (i = 0; conf->problems && conf->problems[i]; i++)
			fprintf(stderr, "hearth: %s\n", conf->problems[i]);
		conf_free(conf);
		return 0;
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "hearth: runs in a terminal; use hearthctl for scripts\n");
		return 2;
	}
	conf = conf_load(conf_path);
	keys_apply(conf);
	if (conninfo) {
		free(conf->conninfo);
		conf->conninfo = xstrdup(conninfo);
	}
	status = app_run(conf);
	conf_free(conf);
	return status;
}
