/* hearth: the terminal client. Parses the command line and hearth.conf,
 * then hands over to the event loop (src/ui/app.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "conf.h"
#include "ui/app.h"
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
	"  -h, --help    this text;  --version  the version\n"
	"\n"
	"See hearth(1) for the keys, hearth.conf(5) for the settings.\n";

int main(int argc, char **argv)
{
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
		} else if (!strcmp(argv[i], "-c") && i + 1 < argc) {
			conf_path = argv[++i];
		} else if (!strcmp(argv[i], "-d") && i + 1 < argc) {
			conninfo = argv[++i];
		} else {
			fprintf(stderr, "hearth: unknown argument '%s'\n%s", argv[i], usage);
			return 2;
		}
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "hearth: runs in a terminal; use hearthctl for scripts\n");
		return 2;
	}
	conf = conf_load(conf_path);
	if (conninfo) {
		free(conf->conninfo);
		conf->conninfo = xstrdup(conninfo);
	}
	status = app_run(conf);
	conf_free(conf);
	return status;
}
