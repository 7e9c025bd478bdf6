/* client_files.c: files, the document check and the photo, between a path
 * and the database (bytes travel as binary bytea parameters: see db.h). */
#include "client_files.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db/db.h"
#include "util/xalloc.h"

/* ---- pure helpers ------------------------------------------------------------ */

/* "%.1f" without a trailing ".0" */
static void one_decimal(double v, const char *unit, char *buf, size_t len)
{
	snprintf(buf, len, "%.1f", v);
	if (strlen(buf) > 2 && !strcmp(buf + strlen(buf) - 2, ".0"))
		buf[strlen(buf) - 2] = 0;
	snprintf(buf + strlen(buf), len - strlen(buf), " %s", unit);
}

void files_size_text(long long bytes, char *buf, size_t len)
{
	if (bytes < 1024)
		snprintf(buf, len, "%lld byte%s", bytes, bytes == 1 ? "" : "s");
	else if (bytes < 1024 * 1024)
		one_decimal((double)bytes / 1024, "KB", buf, len);
	else
		one_decimal((double)bytes / (1024 * 1024), "MB", buf, len);
}

char *files_base_name(const char *path)
{
	size_t end = strlen(path), start;

	while (end > 0 && path[end - 1] == '/')
		end--;
	start = end;
	while (start > 0 && path[start - 1] != '/')
		start--;
	return xstrndup_trimmed(path + start, end - start);
}

char *files_save_name(const char *stored)
{
	char *name = files_base_name(stored ? stored : ""), *s = name, *d;

	while (*s == '.')
		s++;
	for (d = name; *s; s++)
		*d++ = ((unsigned char)*s < 0x20 || *s == 0x7f) ? '_' : *s;
	*d = 0;
	if (!*name) {
		free(name);
		name = xstrdup("download");
	}
	return name;
}

const char *files_mime_type(const char *name)
{
	static const struct {
		const char *ext, *type;
	} types[] = {
		{ "pdf", "application/pdf" }, { "jpg", "image/jpeg" }, { "jpeg", "image/jpeg" },
		{ "png", "image/png" }, { "gif", "image/gif" }, { "webp", "image/webp" },
		{ "tif", "image/tiff" }, { "tiff", "image/tiff" }, { "heic", "image/heic" },
		{ "txt", "text/plain" }, { "csv", "text/csv" }, { "html", "text/html" },
		{ "rtf", "application/rtf" }, { "doc", "application/msword" },
		{ "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
		{ "xls", "application/vnd.ms-excel" },
		{ "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
		{ "odt", "application/vnd.oasis.opendocument.text" },
		{ "ods", "application/vnd.oasis.opendocument.spreadsheet" },
		{ "zip", "application/zip" },
	};
	const char *dot = strrchr(name, '.'), *slash = strrchr(name, '/');
	size_t i;

	if (dot && (!slash || dot > slash) && dot != name && dot[-1] != '/')
		for (i = 0; i < sizeof types / sizeof types[0]; i++)
			if (!strcasecmp(dot + 1, types[i].ext))
				return types[i].type;
	return "application/octet-stream";
}

char *files_expand_path(const char *path)
{
	char *trimmed = xstrndup_trimmed(path, strlen(path)), *out;
	const char *home = getenv("HOME");

	if (trimmed[0] == '~' && (trimmed[1] == '/' || !trimmed[1]) && home && *home) {
		out = xasprintf("%s%s", home, trimmed + 1);
		free(trimmed);
		return out;
	}
	return trimmed;
}

/* ---- local files ---------------------------------------------------------------- */

static char *read_error(const char *path, int e)
{
	if (e == ENOENT || e == ENOTDIR)
		return xasprintf("There is no file %s.", path);
	if (e == EACCES || e == EPERM)
		return xasprintf("%s cannot be read: you do not have permission.", path);
	return xasprintf("%s cannot be read: %s.", path, strerror(e));
}

/* Refuse what is not a regular file of at most max bytes. */
static char *check_readable(const char *path, const struct stat *st, size_t max,
                            const char *what)
{
	char *base, size[32], limit[32], *err;

	if (S_ISDIR(st->st_mode))
		return xasprintf("%s is a folder, not a file.", path);
	if (!S_ISREG(st->st_mode))
		return xasprintf("%s is not a regular file.", path);
	if (st->st_size == 0)
		return xasprintf("%s is empty: there is nothing to upload.", path);
	if ((unsigned long long)st->st_size <= max)
		return NULL;
	base = files_base_name(path);
	files_size_text(st->st_size, size, sizeof size);
	files_size_text((long long)max, limit, sizeof limit);
	err = xasprintf("%s is %s; %s may be at most %s.", base, size, what, limit);
	free(base);
	return err;
}

bool files_read(const char *path, size_t max, const char *what, unsigned char **data,
                size_t *len, char **err)
{
	struct stat st;
	ssize_t got = 1;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);

	*data = NULL;
	*len = 0;
	if (fd < 0 || fstat(fd, &st) < 0) {
		*err = read_error(path, errno);
		if (fd >= 0)
			close(fd);
		return false;
	}
	if ((*err = check_readable(path, &st, max, what)) != NULL) {
		close(fd);
		return false;
	}
	*data = xmalloc((size_t)st.st_size + 1);
	while (*len < (size_t)st.st_size
	       && (got = read(fd, *data + *len, (size_t)st.st_size - *len)) > 0)
		*len += (size_t)got;
	if (got < 0)
		*err = read_error(path, errno);
	else if (*len != (size_t)st.st_size)
		*err = xasprintf("%s changed while it was read; try again.", path);
	close(fd);
	if (*err) {
		free(*data);
		*data = NULL;
	}
	return *err == NULL;
}

static char *write_error(const char *path, int e)
{
	char *dir, *slash, *out;

	if (e == ENOENT || e == ENOTDIR) {
		dir = xstrdup(path);
		slash = strrchr(dir, '/');
		if (slash)
			slash[slash == dir ? 1 : 0] = 0;
		out = xasprintf("%s cannot be written: there is no folder %s.", path,
		                slash ? dir : ".");
		free(dir);
		return out;
	}
	if (e == EACCES || e == EPERM || e == EROFS)
		return xasprintf("%s cannot be written: you do not have permission.", path);
	if (e == EISDIR)
		return xasprintf("%s is a folder; give the path of a file to write.", path);
	return xasprintf("%s cannot be written: %s.", path, strerror(e));
}

static bool write_all(int fd, const unsigned char *p, size_t len)
{
	ssize_t put;

	while (len > 0) {
		if ((put = write(fd, p, len)) < 0) {
			if (errno == EINTR)
				continue;
			return false;
		}
		p += put;
		len -= (size_t)put;
	}
	return true;
}

/* Write into a new file beside `path` and rename it over path, so that a
 * failure never leaves the file it replaces half written. */
static bool replace_file(const char *path, const void *data, size_t len, char **err)
{
	char *tmp = xasprintf("%s.XXXXXX", path);
	int fd = mkstemp(tmp), e = 0;

	if (fd < 0) {
		*err = write_error(path, errno);
		free(tmp);
		return false;
	}
	if (!write_all(fd, data, len))
		e = errno;
	if (close(fd) != 0 && !e)
		e = errno;
	if (!e && rename(tmp, path) != 0)
		e = errno;
	if (e) {
		*err = write_error(path, e);
		unlink(tmp);
	}
	free(tmp);
	return e == 0;
}

static bool is_folder(const char *path)
{
	struct stat st;

	return path[strlen(path) - 1] == '/' || (stat(path, &st) == 0 && S_ISDIR(st.st_mode));
}

bool files_write(const char *path, const void *data, size_t len, bool overwrite, bool *exists,
                 char **err)
{
	int fd, e = 0;

	*exists = false;
	*err = NULL;
	if (!path[0] || is_folder(path)) {
		*err = path[0] ? write_error(path, EISDIR) : xstrdup("Give the path of a file to write.");
		return false;
	}
	if (overwrite && access(path, F_OK) == 0)
		return replace_file(path, data, len, err);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		*exists = errno == EEXIST;
		*err = *exists ? xasprintf("%s already exists.", path) : write_error(path, errno);
		return false;
	}
	if (!write_all(fd, data, len))
		e = errno;
	if (close(fd) != 0 && !e)
		e = errno;
	if (e) {
		*err = write_error(path, e);
		unlink(path);
	}
	return e == 0;
}

/* ---- files and documents ------------------------------------------------------------ */

/* A file's bytes cross the network while its statement runs (an upload's
 * arrive after it has begun, a download's leave before it ends): over a slow
 * link a large file could outlast the session's statement_timeout. A
 * transfer runs in a transaction of its own, with a longer one. */
#define TRANSFER_TIMEOUT "10min"

static bool transfer_begin(struct db *db)
{
	if (!db_begin(db))
		return false;
	if (db_exec(db, "SET LOCAL statement_timeout = '" TRANSFER_TIMEOUT "'", 0, NULL))
		return true;
	db_finish(db, false);
	return false;
}

/* Commit the transfer that gave `result`, or roll it back when it gave
 * NULL. Returns the result, or NULL (freeing it) when it failed. */
static void *transfer_end(struct db *db, void *result)
{
	if (db_finish(db, result != NULL))
		return result;
	free(result);
	return NULL;
}

const char *files_table(enum file_store store)
{
	return store == STORE_DOCUMENTS ? "client_document" : "client_file";
}

struct db_rows *files_list(struct db *db, enum file_store store, const char *const *columns,
                           int n, const char *client_id, const char *sort, bool desc,
                           int limit, int offset)
{
	return db_select_where(db, files_table(store), columns, n, "client_id", client_id, sort,
	                       desc, limit, offset);
}

static const char *const insert_sql[] = {
	[STORE_FILES] = "INSERT INTO hearth.client_file (client_id, name, mime_type, description,"
	                " restriction, data)"
	                " VALUES ($1::bigint, $2, $3, $4, coalesce($5, 'none'), $6) RETURNING id",
	[STORE_DOCUMENTS] = "INSERT INTO hearth.client_document (client_id, name, mime_type, note,"
	                    " restriction, document_type, data)"
	                    " VALUES ($1::bigint, $2, $3, $4, coalesce($5, 'none'),"
	                    " coalesce($6, 'other'), $7) RETURNING id",
};

static const char *const select_sql[] = {
	/* the download is audited, for the row the sharing rules let through */
	[STORE_FILES] = "SELECT data, hearth.audit_download('client_file', id)"
	                " FROM hearth.client_file WHERE id = $1::bigint",
	[STORE_DOCUMENTS] = "SELECT data, hearth.audit_download('client_document', id)"
	                    " FROM hearth.client_document WHERE id = $1::bigint",
};

static const char *empty_null(const char *s)
{
	return s && *s ? s : NULL;
}

char *files_upload(struct db *db, enum file_store store, const struct file_upload *u,
                   char **err)
{
	unsigned char *data;
	size_t len;
	char *base, *id;
	const char *params[7];
	bool found;
	int n;

	if (!files_read(u->path, FILES_MAX_BYTES, store == STORE_DOCUMENTS ? "documents" : "files",
	                &data, &len, err))
		return NULL;
	base = files_base_name(u->path);
	params[0] = u->client_id;
	params[1] = empty_null(u->name) ? u->name : base;
	params[2] = files_mime_type(params[1]);
	if (!strcmp(params[2], "application/octet-stream"))
		params[2] = files_mime_type(base);
	params[3] = empty_null(u->description);
	params[4] = empty_null(u->restriction);
	params[5] = empty_null(u->document_type);
	params[6] = NULL;
	/* the bytes are the last parameter: $6 for files, $7 for documents */
	n = store == STORE_DOCUMENTS ? 7 : 6;
	id = transfer_begin(db)
	     ? transfer_end(db, db_value_bytes(db, insert_sql[store], n, params, n - 1, data, len, &found))
	     : NULL;
	free(base);
	free(data);
	if (!id)
		*err = xasprintf("Not uploaded: %s", db_error(db));
	return id;
}

static bool refused(struct db *db, const char *what, char **err)
{
	*err = xasprintf("%s%s", what, db_error(db));
	return false;
}

/* The bytes one statement reads (by the id `id`) written to `path`; `gone`
 * says why when no row came back. */
static bool download(struct db *db, const char *sql, const char *id, const char *gone,
                     const char *path, bool overwrite, bool *exists, char **err)
{
	const char *params[1] = { id };
	unsigned char *data;
	size_t len;
	bool found, ok;

	*exists = false;
	data = transfer_begin(db) ? transfer_end(db, db_bytes(db, sql, 1, params, &len, &found)) : NULL;
	if (!data)
		return refused(db, "Not downloaded: ", err);
	if (!found) {
		free(data);
		*err = xstrdup(gone);
		return false;
	}
	ok = files_write(path, data, len, overwrite, exists, err);
	free(data);
	return ok;
}

bool files_download(struct db *db, enum file_store store, const char *id, const char *path,
                    bool overwrite, bool *exists, char **err)
{
	return download(db, select_sql[store], id, "That file is not there any more, or no longer "
	                "shared with you.", path, overwrite, exists, err);
}

/* ---- the photo ---------------------------------------------------------------------- */

static const char only_creator[] =
	"Only the organization that created the intake may change the photo.";

static bool photo_refused(struct db *db, const char *what, char **err)
{
	if (!strcmp(db_error_code(db), "42501")) {
		*err = xstrdup(only_creator);
		return false;
	}
	return refused(db, what, err);
}

bool photo_set(struct db *db, const char *client_id, const char *path, char **err)
{
	unsigned char *data;
	size_t len;
	char *base, *done;
	const char *params[3];
	bool found = false, ok;

	base = files_base_name(path);
	params[0] = client_id;
	params[1] = files_mime_type(base);
	params[2] = NULL;
	if (strncmp(params[1], "image/", 6)) {
		*err = xasprintf("%s is not a picture: the photo must be a JPEG, PNG, GIF, WebP, TIFF "
		                 "or HEIC file.", base);
		free(base);
		return false;
	}
	free(base);
	if (!files_read(path, PHOTO_MAX_BYTES, "a photo", &data, &len, err))
		return false;
	if (!transfer_begin(db)) {
		free(data);
		return photo_refused(db, "The photo was not saved: ", err);
	}
	done = db_value_bytes(db, "UPDATE hearth.client_photo SET mime_type = $2, data = $3"
	                      " WHERE client_id = $1::bigint RETURNING client_id",
	                      3, params, 2, data, len, &found);
	if (done && !found) {
		free(done);
		done = db_value_bytes(db, "INSERT INTO hearth.client_photo (client_id, mime_type, data)"
		                      " VALUES ($1::bigint, $2, $3) RETURNING client_id",
		                      3, params, 2, data, len, &found);
	}
	done = transfer_end(db, done);
	free(data);
	ok = done != NULL;
	free(done);
	return ok ? true : photo_refused(db, "The photo was not saved: ", err);
}

bool photo_remove(struct db *db, const char *client_id, char **err)
{
	const char *params[1] = { client_id };
	struct photo_info info;
	char *gone;
	bool found;

	gone = db_value(db, "DELETE FROM hearth.client_photo WHERE client_id = $1::bigint"
	                " RETURNING client_id", 1, params, &found);
	if (!gone)
		return photo_refused(db, "The photo was not removed: ", err);
	free(gone);
	if (found)
		return true;
	/* nothing went: there is none, or the policy keeps it */
	if (!photo_info(db, client_id, &info, err))
		return false;
	*err = xstrdup(info.on_file ? only_creator : "There is no photo to remove.");
	photo_info_free(&info);
	return false;
}

bool photo_download(struct db *db, const char *client_id, const char *path, bool overwrite,
                    bool *exists, char **err)
{
	return download(db, "SELECT data, hearth.audit_download('client_photo', client_id)"
	                " FROM hearth.client_photo WHERE client_id = $1::bigint",
	                client_id, "This client has no photo on file.", path, overwrite, exists, err);
}

bool photo_info(struct db *db, const char *client_id, struct photo_info *out, char **err)
{
	const char *params[1] = { client_id };
	struct db_rows *rows;

	memset(out, 0, sizeof *out);
	/* octet_length reads the size from the stored value's header, not the bytes */
	rows = db_query(db, "SELECT coalesce(mime_type, ''), octet_length(data), updated_at::date"
	                " FROM hearth.client_photo WHERE client_id = $1::bigint", 1, params);
	if (!rows)
		return refused(db, "", err);
	if (db_rows_count(rows) > 0) {
		out->on_file = true;
		out->mime_type = xstrdup(db_rows_get(rows, 0, 0));
		out->size = atoll(db_rows_get(rows, 0, 1));
		out->since = xstrdup(db_rows_get(rows, 0, 2));
	}
	db_rows_free(rows);
	return true;
}

void photo_info_free(struct photo_info *p)
{
	free(p->mime_type);
	free(p->since);
	memset(p, 0, sizeof *p);
}
