/* admin.c: hearthctl org, user and mou — what system administrators do.
 *
 * Each command calls one of the schema's administrative functions (004_admin),
 * so the database decides who may do it; run as the DBA or an HMIS user with
 * the hearth_admin role. Passwords are read from standard input and turned
 * into SCRAM verifiers here; the plain password never leaves this process.
 */
#include <ctype.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../util/xalloc.h"
#include "ctl.h"
#include "table.h"

#define ORG_ADD_USAGE "hearthctl org add NAME"
#define USER_ADD_USAGE "hearthctl user add USERNAME --org NAME [--org NAME ...] [--admin] " \
	"[--full-name TEXT] --password-stdin"
#define USER_PASSWD_USAGE "hearthctl user passwd USERNAME --password-stdin"
#define USER_ORG_ADMIN_USAGE "hearthctl user org-admin USERNAME ORG on|off"
#define MOU_ADD_USAGE "hearthctl mou add NAME --org NAME --org NAME [--begin DATE] [--end DATE]"

/* Run a statement that returns one value and print it; the usual ending of
 * an "add" command. */
static int print_value(struct ctl *ctl, const char *sql, int n, const char *const *params)
{
	bool found;
	char *v = db_value(ctl_db(ctl), sql, n, params, &found);

	if (!v)
		return ctl_fail("%s", db_error(ctl_db(ctl)));
	if (found)
		printf("%s\n", v);
	free(v);
	return CTL_OK;
}

static int run(struct ctl *ctl, const char *sql, int n, const char *const *params)
{
	if (!db_exec(ctl_db(ctl), sql, n, params))
		return ctl_fail("%s", db_error(ctl_db(ctl)));
	return CTL_OK;
}

static int list(struct ctl *ctl, const char *sql, const char *const *headings)
{
	struct db_rows *rows = db_query(ctl_db(ctl), sql, 0, NULL);

	if (!rows)
		return ctl_fail("%s", db_error(ctl_db(ctl)));
	table_print(rows, headings);
	db_rows_free(rows);
	return CTL_OK;
}

/* A non-empty argument, or NULL. */
static const char *text_arg(const char *s)
{
	const char *p = s;

	while (*p == ' ' || *p == '\t')
		p++;
	return *p ? s : NULL;
}

int cmd_org(struct ctl *ctl, int argc, char **argv)
{
	static const char *const headings[] = { "ID", "NAME" };

	if (argc == 3 && !strcmp(argv[1], "add")) {
		const char *params[1] = { argv[2] };
		if (!text_arg(argv[2]))
			return ctl_usage(ORG_ADD_USAGE, "the organization needs a name");
		return print_value(ctl, "SELECT hearth.org_add($1)", 1, params);
	}
	if (argc == 2 && !strcmp(argv[1], "list"))
		return list(ctl, "SELECT id, name FROM hearth.organization ORDER BY lower(name)",
		            headings);
	if (argc >= 2 && !strcmp(argv[1], "add"))
		return ctl_usage(ORG_ADD_USAGE, "org add takes one NAME (quote a name with spaces)");
	return ctl_usage("hearthctl org add NAME | hearthctl org list",
	                 "unknown org command");
}

struct user_opts {
	const char **orgs;
	int norgs;
	bool admin, password_stdin;
	const char *full_name;
	const char *name;
};

/* Parse the options of user add/passwd; returns false after printing why. */
static bool parse_user_opts(int argc, char **argv, const char *usage, bool orgs_allowed,
                            struct user_opts *o)
{
	static const struct option longopts[] = {
		{ "org", required_argument, NULL, 'o' },
		{ "admin", no_argument, NULL, 'a' },
		{ "full-name", required_argument, NULL, 'f' },
		{ "password-stdin", no_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	o->orgs = xcalloc((size_t)argc, sizeof *o->orgs);
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "-", longopts, NULL)) != -1) {
		switch (c) {
		case 1:
			if (o->name) {
				ctl_usage(usage, "unexpected '%s'", optarg);
				return false;
			}
			o->name = optarg;
			break;
		case 'o':
		case 'a':
		case 'f':
			if (!orgs_allowed) {
				ctl_usage(usage, "'%s' does not apply here", argv[optind - 1]);
				return false;
			}
			if (c == 'o')
				o->orgs[o->norgs++] = optarg;
			else if (c == 'a')
				o->admin = true;
			else
				o->full_name = optarg;
			break;
		case 'p':
			o->password_stdin = true;
			break;
		default:
			ctl_usage(usage, "unknown or incomplete option '%s'", argv[optind - 1]);
			return false;
		}
	}
	if (!o->name || !text_arg(o->name)) {
		ctl_usage(usage, "which user?");
		return false;
	}
	if (!o->password_stdin) {
		ctl_usage(usage, "give the password on standard input, with --password-stdin");
		return false;
	}
	return true;
}

static char *lower_dup(const char *s)
{
	char *d = xstrdup(s), *p;

	for (p = d; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return d;
}

/* Read the password and make its verifier; NULL after printing why. */
static char *verifier_from_stdin(struct ctl *ctl, const char *username)
{
	char *password = ctl_read_password(), *verifier;

	if (!password)
		return NULL;
	verifier = db_password_verifier(ctl_db(ctl), username, password);
	memset(password, 0, strlen(password));
	free(password);
	if (!verifier)
		ctl_fail("%s", db_error(ctl_db(ctl)));
	return verifier;
}

static int user_add(struct ctl *ctl, int argc, char **argv)
{
	struct user_opts o = { 0 };
	char *username = NULL, *verifier = NULL, *orgs = NULL;
	int status = CTL_USAGE;

	if (!parse_user_opts(argc, argv, USER_ADD_USAGE, true, &o))
		goto out;
	if (o.norgs == 0 && !o.admin) {
		ctl_usage(USER_ADD_USAGE, "a user needs at least one --org");
		goto out;
	}
	status = CTL_FAILED;
	username = lower_dup(o.name);
	if (!(verifier = verifier_from_stdin(ctl, username)))
		goto out;
	orgs = db_text_array(o.orgs, o.norgs);
	{
		const char *params[5] = { username, verifier, o.full_name ? o.full_name : "",
		                          orgs, o.admin ? "true" : "false" };
		status = print_value(ctl, "SELECT hearth.user_add($1, $2, $3, $4::text[], $5::boolean)",
		                     5, params);
	}
out:
	free(o.orgs);
	free(username);
	free(verifier);
	free(orgs);
	return status;
}

static int user_passwd(struct ctl *ctl, int argc, char **argv)
{
	struct user_opts o = { 0 };
	char *username = NULL, *verifier = NULL;
	int status = CTL_USAGE;

	if (!parse_user_opts(argc, argv, USER_PASSWD_USAGE, false, &o))
		goto out;
	status = CTL_FAILED;
	username = lower_dup(o.name);
	if ((verifier = verifier_from_stdin(ctl, username))) {
		const char *params[2] = { username, verifier };
		status = run(ctl, "SELECT hearth.user_passwd($1, $2)", 2, params);
	}
out:
	free(o.orgs);
	free(username);
	free(verifier);
	return status;
}

int cmd_user(struct ctl *ctl, int argc, char **argv)
{
	static const char *const headings[] = { "ID", "USERNAME", "FULL NAME", "ORGANIZATIONS",
	                                        "ADMIN", "STATUS" };
	const char *sub = argc >= 2 ? argv[1] : "";

	if (!strcmp(sub, "add"))
		return user_add(ctl, argc - 1, argv + 1);
	if (!strcmp(sub, "passwd"))
		return user_passwd(ctl, argc - 1, argv + 1);
	if (!strcmp(sub, "disable") || !strcmp(sub, "enable")) {
		const char *params[2] = { argc == 3 ? argv[2] : "", sub[0] == 'e' ? "true" : "false" };
		if (argc != 3 || !text_arg(argv[2]))
			return ctl_usage("hearthctl user disable|enable USERNAME", "which user?");
		return run(ctl, "SELECT hearth.user_set_enabled($1, $2::boolean)", 2, params);
	}
	if (!strcmp(sub, "org-admin")) {
		/* on/off rather than a flag: the command says what it leaves */
		bool on = argc == 5 && !strcmp(argv[4], "on");
		const char *params[3] = { argc == 5 ? argv[2] : "", argc == 5 ? argv[3] : "",
		                          on ? "true" : "false" };
		if (argc != 5 || !text_arg(argv[2]) || !text_arg(argv[3])
		    || (!on && strcmp(argv[4], "off")))
			return ctl_usage(USER_ORG_ADMIN_USAGE, "which user, organization, and on or off?");
		return run(ctl, "SELECT hearth.org_admin_set($1, $2, $3::boolean)", 3, params);
	}
	if (!strcmp(sub, "list") && argc == 2)
		return list(ctl,
			"SELECT u.id, u.username, u.full_name,"
			"       coalesce((SELECT string_agg(o.name || CASE WHEN m.org_admin THEN ' (admin)' ELSE '' END,"
			"                                   ', ' ORDER BY lower(o.name))"
			"                 FROM hearth.membership m JOIN hearth.organization o ON o.id = m.org_id"
			"                 WHERE m.user_id = u.id), ''),"
			"       CASE WHEN pg_has_role(u.username, 'hearth_admin', 'MEMBER') THEN 'yes' ELSE '' END,"
			"       CASE WHEN u.disabled_at IS NULL THEN 'active' ELSE 'disabled' END"
			" FROM hearth.hmis_user u ORDER BY u.username", headings);
	return ctl_usage("hearthctl user add|passwd|disable|enable|org-admin|list ...",
	                 "unknown user command");
}

static int mou_add(struct ctl *ctl, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "org", required_argument, NULL, 'o' },
		{ "begin", required_argument, NULL, 'b' },
		{ "end", required_argument, NULL, 'e' },
		{ NULL, 0, NULL, 0 },
	};
	const char **orgs = xcalloc((size_t)argc, sizeof *orgs);
	const char *name = NULL, *begin = NULL, *end = NULL;
	char begin_date[11], end_date[11], *array = NULL;
	int norgs = 0, c, status = CTL_USAGE;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "-", longopts, NULL)) != -1) {
		if (c == 1 && !name) {
			name = optarg;
		} else if (c == 1) {
			ctl_usage(MOU_ADD_USAGE, "unexpected '%s' (quote a name with spaces)", optarg);
			goto out;
		} else if (c == 'o') {
			orgs[norgs++] = optarg;
		} else if (c == 'b' || c == 'e') {
			if (!ctl_date(optarg, c == 'b' ? begin_date : end_date)) {
				ctl_usage(MOU_ADD_USAGE, "'%s' is not a date (try 2026-11-23 or 11/23/2026)",
				          optarg);
				goto out;
			}
			*(c == 'b' ? &begin : &end) = c == 'b' ? begin_date : end_date;
		} else {
			ctl_usage(MOU_ADD_USAGE, "unknown or incomplete option '%s'", argv[optind - 1]);
			goto out;
		}
	}
	if (!name || !text_arg(name)) {
		ctl_usage(MOU_ADD_USAGE, "the MOU needs a name");
		goto out;
	}
	if (norgs < 2) {
		ctl_usage(MOU_ADD_USAGE, "an MOU needs at least two --org");
		goto out;
	}
	array = db_text_array(orgs, norgs);
	{
		const char *params[4] = { name, array, begin, end };
		status = print_value(ctl, "SELECT hearth.mou_add($1, $2::text[], $3::date, $4::date)",
		                     4, params);
	}
out:
	free(orgs);
	free(array);
	return status;
}

int cmd_mou(struct ctl *ctl, int argc, char **argv)
{
	static const char *const headings[] = { "ID", "MOU", "ORGANIZATION", "BEGIN", "END" };
	const char *sub = argc >= 2 ? argv[1] : "";

	if (!strcmp(sub, "add"))
		return mou_add(ctl, argc - 1, argv + 1);
	if (!strcmp(sub, "list") && argc == 2)
		return list(ctl,
			"SELECT m.id, m.name, o.name, mm.begin_date, mm.end_date"
			" FROM hearth.mou m JOIN hearth.mou_member mm ON mm.mou_id = m.id"
			" JOIN hearth.organization o ON o.id = mm.org_id"
			" ORDER BY lower(m.name), lower(o.name)", headings);
	return ctl_usage("hearthctl mou add|list ...", "unknown mou command");
}

#define WORKGROUP_USAGE "hearthctl workgroup add ORG NAME WORKSPACE[,WORKSPACE...] | " \
	"workgroup join|leave ORG NAME USERNAME | workgroup list"

/* "home, clients" -> {"Home","Clients"} (the names are checked by the
 * database). */
static char *workspace_array(const char *list)
{
	char *copy = xstrdup(list), *tok, *save = NULL, *p, *array;
	const char **names = xcalloc(strlen(list) + 1, sizeof *names);
	int n = 0;

	for (tok = strtok_r(copy, ", ", &save); tok; tok = strtok_r(NULL, ", ", &save)) {
		for (p = tok; *p; p++)
			*p = (char)(p == tok ? toupper((unsigned char)*p) : tolower((unsigned char)*p));
		names[n++] = tok;
	}
	array = db_text_array(names, n);
	free(names);
	free(copy);
	return array;
}

int cmd_workgroup(struct ctl *ctl, int argc, char **argv)
{
	static const char *const headings[] = { "ID", "ORGANIZATION", "WORKGROUP", "WORKSPACES",
	                                        "MEMBERS" };
	const char *sub = argc >= 2 ? argv[1] : "";

	if (!strcmp(sub, "add") && argc == 5) {
		char *spaces = workspace_array(argv[4]);
		const char *params[3] = { argv[2], argv[3], spaces };
		int status;
		if (!text_arg(argv[3])) {
			free(spaces);
			return ctl_usage(WORKGROUP_USAGE, "the workgroup needs a name");
		}
		status = print_value(ctl, "SELECT hearth.workgroup_add($1, $2, $3::text[])", 3, params);
		free(spaces);
		return status;
	}
	if ((!strcmp(sub, "join") || !strcmp(sub, "leave")) && argc == 5) {
		const char *params[4] = { argv[2], argv[3], argv[4], sub[0] == 'j' ? "true" : "false" };
		return run(ctl, "SELECT hearth.workgroup_member_set($1, $2, $3, $4::boolean)", 4, params);
	}
	if (!strcmp(sub, "list") && argc == 2)
		return list(ctl,
			"SELECT w.id, o.name, w.name, array_to_string(w.workspaces, ', '),"
			"       coalesce((SELECT string_agg(u.username, ', ' ORDER BY u.username)"
			"                 FROM hearth.workgroup_member m JOIN hearth.hmis_user u ON u.id = m.user_id"
			"                 WHERE m.workgroup_id = w.id), '')"
			" FROM hearth.workgroup w JOIN hearth.organization o ON o.id = w.org_id"
			" ORDER BY lower(o.name), lower(w.name)", headings);
	if (!strcmp(sub, "add") || !strcmp(sub, "join") || !strcmp(sub, "leave"))
		return ctl_usage(WORKGROUP_USAGE, "workgroup %s takes three arguments (quote names with spaces)", sub);
	return ctl_usage(WORKGROUP_USAGE, "unknown workgroup command");
}
