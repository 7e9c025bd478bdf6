/* form_ini.c: an INI file read twice: once by scanning its text, which
 * records the line of every section header and key and finds the lines
 * iniparser would refuse, and once by iniparser for the values. */
#include "form_ini.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <iniparser.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/xalloc.h"

/* iniparser reads lines of up to 1023 bytes; stay clear of that. */
#define LINE_MAX_BYTES 1000

struct ini_entry {
	char *section;          /* lower case, trimmed */
	char *key;              /* NULL for the section's header */
	int line;
};

struct form_ini {
	char *path;
	dictionary *dict;
	struct ini_entry *entries;
	size_t n, cap;
};

/* ---- scanning the text ----------------------------------------------- */

static char *trimmed_lower(const char *s, size_t len)
{
	char *out = xstrndup_trimmed(s, len), *p;

	for (p = out; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return out;
}

static void add_entry(struct form_ini *ini, char *section, char *key, int line)
{
	if (ini->n == ini->cap) {
		ini->cap = ini->cap ? ini->cap * 2 : 32;
		ini->entries = xrealloc(ini->entries, ini->cap * sizeof *ini->entries);
	}
	ini->entries[ini->n++] = (struct ini_entry){ section, key, line };
}

static char *strip(char *s)
{
	size_t len;

	while (isspace((unsigned char)*s))
		s++;
	len = strlen(s);
	while (len && isspace((unsigned char)s[len - 1]))
		s[--len] = 0;
	return s;
}

static bool scan_header(struct form_ini *ini, char *s, int line, const char **section,
                        struct form_errors *errs)
{
	char *close = strchr(s, ']'), *name;
	bool alone = s[strlen(s) - 1] == ']';

	if (!alone)
		form_errors_add(errs, ini->path, line, "\"%s\": a section header ends with ] and "
		                "stands alone on its line (put a comment on a line of its own)", s);
	if (!close)
		return false;
	name = trimmed_lower(s + 1, (size_t)(close - s - 1));
	if (!*name) {
		free(name);
		form_errors_add(errs, ini->path, line, "a section header with no name");
		return false;
	}
	add_entry(ini, name, NULL, line);     /* even when refused: fewer errors after it */
	*section = name;
	return alone;
}

static bool scan_key(struct form_ini *ini, char *s, int line, const char *section,
                     struct form_errors *errs)
{
	char *eq = strchr(s, '='), *key;

	if (!eq) {
		form_errors_add(errs, ini->path, line,
		                "\"%s\" is neither a [section] header nor a key = value", s);
		return false;
	}
	key = trimmed_lower(s, (size_t)(eq - s));
	if (!*key)
		form_errors_add(errs, ini->path, line, "\"%s\" has no key before =", s);
	else if (!*section)
		form_errors_add(errs, ini->path, line, "key \"%s\" comes before any [section]", key);
	if (!*key || !*section) {
		free(key);
		return false;
	}
	add_entry(ini, xstrdup(section), key, line);
	return true;
}

/* One logical line (continuations joined), already stripped. Returns
 * false after reporting a line iniparser would refuse. */
static bool scan_line(struct form_ini *ini, char *s, int line, const char **section,
                      struct form_errors *errs)
{
	if (!*s || *s == ';' || *s == '#')
		return true;
	if (*s == '[')
		return scan_header(ini, s, line, section, errs);
	return scan_key(ini, s, line, *section, errs);
}

/* Cuts the physical line at *p off the text, stripped of its newline and
 * trailing blanks; advances *p past it and adds its length to *bytes. */
static char *next_line(char **p, size_t *bytes)
{
	char *s = *p, *nl = strchr(s, '\n');
	size_t len;

	if (nl) {
		*nl = 0;
		*p = nl + 1;
	} else {
		*p = s + strlen(s);
	}
	len = strlen(s);
	*bytes += len;
	while (len && isspace((unsigned char)s[len - 1]))
		s[--len] = 0;
	return s;
}

/* Scans the whole text; returns how many lines iniparser would refuse. */
static int scan_text(struct form_ini *ini, char *text, struct form_errors *errs)
{
	char *p = text, *buf = NULL;
	const char *section = "";
	int line = 0, bad = 0;

	if (!strncmp(p, "\xEF\xBB\xBF", 3)) {
		form_errors_add(errs, ini->path, 1, "the file starts with a byte order mark; "
		                "save it as UTF-8 without one");
		return 1;
	}
	while (*p) {
		int first = ++line;
		size_t len, bytes = 0;
		char *s = next_line(&p, &bytes);

		buf = xrealloc(buf, strlen(s) + 1);
		strcpy(buf, s);
		len = strlen(buf);
		while (len && buf[len - 1] == '\\' && *p) {   /* a continued line */
			s = next_line(&p, &bytes);
			line++;
			buf = xrealloc(buf, len + strlen(s) + 1);
			strcpy(buf + len - 1, s);
			len = strlen(buf);
		}
		if (bytes > LINE_MAX_BYTES) {
			form_errors_add(errs, ini->path, first, "the line is longer than %d bytes",
			                LINE_MAX_BYTES);
			bad++;
			continue;
		}
		bad += !scan_line(ini, strip(buf), first, &section, errs);
	}
	free(buf);
	return bad;
}

/* ---- loading --------------------------------------------------------- */

static char iniparser_said[256];

__attribute__((format(printf, 1, 2)))
static int keep_iniparser_message(const char *fmt, ...)
{
	va_list ap;

	if (!iniparser_said[0]) {
		va_start(ap, fmt);
		vsnprintf(iniparser_said, sizeof iniparser_said, fmt, ap);
		va_end(ap);
	}
	return 0;
}

static char *read_text(const char *path, struct form_errors *errs)
{
	FILE *f = fopen(path, "r");
	char *text = NULL;
	size_t len = 0, got;

	if (f) {
		do {
			text = xrealloc(text, len + 4097);
			got = fread(text + len, 1, 4096, f);
			len += got;
		} while (got == 4096);
		text[len] = 0;
	}
	if (!f || ferror(f)) {
		form_errors_add(errs, path, 0, "cannot read the file (%s)", strerror(errno));
		free(text);
		text = NULL;
	}
	if (f)
		fclose(f);
	return text;
}

/* iniparser refused what the scan let through: say what it said. */
static void iniparser_refused(const char *path, struct form_errors *errs)
{
	char *nl;

	while ((nl = strchr(iniparser_said, '\n')))
		*nl = ' ';
	form_errors_add(errs, path, 0, "iniparser cannot read the file (%s)",
	                iniparser_said[0] ? strip(iniparser_said) : "no reason given");
}

struct form_ini *form_ini_load(const char *path, struct form_errors *errs)
{
	struct form_ini *ini;
	char *text = read_text(path, errs);

	if (!text)
		return NULL;
	ini = xcalloc(1, sizeof *ini);
	ini->path = xstrdup(path);
	if (scan_text(ini, text, errs)) {
		free(text);
		form_ini_free(ini);
		return NULL;
	}
	free(text);
	iniparser_said[0] = 0;
	iniparser_set_error_callback(keep_iniparser_message);
	ini->dict = iniparser_load(path);
	iniparser_set_error_callback(NULL);
	if (!ini->dict) {
		iniparser_refused(path, errs);
		form_ini_free(ini);
		return NULL;
	}
	return ini;
}

void form_ini_free(struct form_ini *ini)
{
	if (!ini)
		return;
	for (size_t i = 0; i < ini->n; i++) {
		free(ini->entries[i].section);
		free(ini->entries[i].key);
	}
	free(ini->entries);
	if (ini->dict)
		iniparser_freedict(ini->dict);
	free(ini->path);
	free(ini);
}

const char *form_ini_path(const struct form_ini *ini)
{
	return ini->path;
}

/* ---- sections, keys and lines ---------------------------------------- */

/* The index in entries of the i-th section header. */
static size_t header_entry(const struct form_ini *ini, size_t i)
{
	size_t e;

	for (e = 0; e < ini->n; e++)
		if (!ini->entries[e].key && i-- == 0)
			break;
	return e;
}

size_t form_ini_nsections(const struct form_ini *ini)
{
	size_t count = 0;

	for (size_t e = 0; e < ini->n; e++)
		count += !ini->entries[e].key;
	return count;
}

const char *form_ini_section(const struct form_ini *ini, size_t i, int *line, int *earlier)
{
	size_t e = header_entry(ini, i);
	const struct ini_entry *h = &ini->entries[e];

	*line = h->line;
	*earlier = form_ini_line(ini, h->section, NULL);
	if (*earlier == h->line)
		*earlier = 0;
	return h->section;
}

const char *form_ini_get(const struct form_ini *ini, const char *section, const char *key)
{
	char *full = xasprintf("%s:%s", section, key);
	const char *v = iniparser_getstring(ini->dict, full, NULL);

	free(full);
	return v;
}

int form_ini_line(const struct form_ini *ini, const char *section, const char *key)
{
	for (size_t e = 0; e < ini->n; e++) {
		const struct ini_entry *x = &ini->entries[e];

		if (!strcmp(x->section, section)
		    && (key ? x->key && !strcmp(x->key, key) : !x->key))
			return x->line;
	}
	return 0;
}

void form_ini_complain(const struct form_ini *ini, struct form_errors *errs, const char *section,
                       const char *key, const char *fmt, ...)
{
	int line = key ? form_ini_line(ini, section, key) : 0;
	va_list ap;

	if (!line)
		line = form_ini_line(ini, section, NULL);
	va_start(ap, fmt);
	form_errors_vadd(errs, ini->path, line, fmt, ap);
	va_end(ap);
}

bool form_ini_is_name(const char *s)
{
	if (!*s || isdigit((unsigned char)*s) || strlen(s) > 63)
		return false;
	for (; *s; s++)
		if (!islower((unsigned char)*s) && !isdigit((unsigned char)*s) && *s != '_')
			return false;
	return true;
}

bool form_ini_yes_no(const char *s, bool *out)
{
	static const char *const words[] = { "no", "yes", "false", "true", "0", "1" };

	for (int i = 0; i < 6; i++)
		if (!strcasecmp(s, words[i])) {
			*out = i % 2;
			return true;
		}
	return false;
}

static bool known_key(const char *key, const char *const *known)
{
	for (; *known; known++)
		if (!strcmp(key, *known))
			return true;
	return false;
}

char *form_ini_names(const char *const *known)
{
	char *list = xstrdup(""), *more;

	for (; *known; known++) {
		more = xasprintf("%s%s%s", list, *list ? ", " : "", *known);
		free(list);
		list = more;
	}
	return list;
}

void form_ini_check_keys(const struct form_ini *ini, size_t i, const char *const *known,
                         const char *who, struct form_errors *errs)
{
	size_t h = header_entry(ini, i);

	for (size_t e = h + 1; e < ini->n && ini->entries[e].key; e++) {
		const struct ini_entry *x = &ini->entries[e];

		if (!known_key(x->key, known)) {
			char *list = form_ini_names(known);
			form_errors_add(errs, ini->path, x->line, "%s: unknown key \"%s\" (%s)",
			                who, x->key, list);
			free(list);
			continue;
		}
		for (size_t d = h + 1; d < e; d++)
			if (!strcmp(ini->entries[d].key, x->key)) {
				form_errors_add(errs, ini->path, x->line, "%s: %s is given twice "
				                "(first on line %d)", who, x->key, ini->entries[d].line);
				break;
			}
	}
}

/* ---- directories ----------------------------------------------------- */

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_ini_name(const char *name)
{
	size_t len = strlen(name);

	return name[0] != '.' && len > 4 && !strcmp(name + len - 4, ".ini");
}

size_t form_ini_list(const char *dir, char ***paths, struct form_errors *errs)
{
	DIR *d = opendir(dir);
	struct dirent *ent;
	size_t n = 0;

	*paths = NULL;
	if (!d) {
		form_errors_add(errs, dir, 0, "cannot read the directory (%s)", strerror(errno));
		return 0;
	}
	while ((ent = readdir(d)))
		if (is_ini_name(ent->d_name)) {
			*paths = xrealloc(*paths, (n + 1) * sizeof **paths);
			(*paths)[n++] = xasprintf("%s/%s", dir, ent->d_name);
		}
	closedir(d);
	if (n)
		qsort(*paths, n, sizeof **paths, by_name);
	return n;
}

char *form_ini_name(const char *path)
{
	const char *base = strrchr(path, '/');
	size_t len;
	char *name;

	base = base ? base + 1 : path;
	len = strlen(base);
	if (len > 4 && !strcmp(base + len - 4, ".ini"))
		len -= 4;
	name = xmalloc(len + 1);
	memcpy(name, base, len);
	name[len] = 0;
	return name;
}
