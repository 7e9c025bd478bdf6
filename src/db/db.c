/* db.c: connections, parameterised statements, COPY, error sentences.
 * The record helpers (db_insert and the like) are in db_records.c. */
#include "db.h"

#include <ctype.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "db_internal.h"

struct db_rows {
	int rows, columns;
	char **cells;           /* rows * columns, NULL for SQL null */
};

void db_set_error(struct db *db, const char *sentence, const char *code)
{
	free(db->error);
	db->error = xstrdup(sentence);
	snprintf(db->code, sizeof db->code, "%s", code ? code : "");
}

/* The first line of a libpq message, without its "FATAL:  " prefix. */
static char *first_line(const char *msg)
{
	const char *colon;
	size_t len;
	char *s;

	if (!msg)
		msg = "";
	colon = strstr(msg, ":  ");
	if (colon && colon - msg < 10)
		msg = colon + 3;
	len = strcspn(msg, "\n");
	s = xmalloc(len + 1);
	memcpy(s, msg, len);
	s[len] = 0;
	return s;
}

/* Turn a server message into a sentence: capital letter, full stop. */
static char *sentence(const char *msg)
{
	char *s = first_line(msg);
	size_t len = strlen(s);
	char *out;

	if (len == 0) {
		free(s);
		return xstrdup("The database reported an error.");
	}
	s[0] = (char)toupper((unsigned char)s[0]);
	out = strchr(".!?", s[len - 1]) ? xstrdup(s) : xasprintf("%s.", s);
	free(s);
	return out;
}

/* The rules the database keeps with a constraint rather than a sentence of
 * its own: what a person is told when one refuses a change. */
static const struct { const char *constraint, *sentence; } constraint_sentences[] = {
	{ "enrollment_no_overlap", "The client is already enrolled in this program for part of "
	  "that time; a client is never in one program twice at once." },
	{ "enrollment_one_head", "This case already has its head of household; choose another "
	  "relationship to the head." },
	{ "enrollment_two_assessments", "The entry and the exit are taken with two different "
	  "assessments; choose another for one of them." },
	{ "prior_living_situation_enrollment_id_key", "This enrollment already has its prior "
	  "living situation; change that one." },
};

/* The sentence for a refusal by a constraint, or NULL. */
static const char *constraint_sentence(const PGresult *res)
{
	const char *name = res ? PQresultErrorField(res, PG_DIAG_CONSTRAINT_NAME) : NULL;

	for (size_t i = 0; name && i < sizeof constraint_sentences / sizeof constraint_sentences[0]; i++)
		if (!strcmp(name, constraint_sentences[i].constraint))
			return constraint_sentences[i].sentence;
	return NULL;
}

static char *connect_error(PGconn *conn)
{
	const char *msg = conn ? PQerrorMessage(conn) : "";
	char *line, *out;

	if (strstr(msg, "password authentication failed") || strstr(msg, "no password supplied"))
		return xstrdup("The user name or password is not right.");
	if (strstr(msg, "not permitted to log in"))
		return xstrdup("This account is disabled; ask your system administrator.");
	if (strstr(msg, "No such file or directory") || strstr(msg, "Connection refused")
	    || strstr(msg, "could not translate host name") || strstr(msg, "timeout expired"))
		return xstrdup("The database server cannot be reached; check that it is running and that "
		               "hearth is pointed at it (conninfo, PGHOST).");
	if (strstr(msg, "does not exist") && strstr(msg, "database"))
		return xstrdup("The database named in the connection settings does not exist.");
	line = first_line(msg);
	out = xasprintf("Could not connect to the database: %s", line);
	free(line);
	return out;
}

static struct db *finish_connect(PGconn *conn, char **err)
{
	struct db *db;

	if (!conn || PQstatus(conn) != CONNECTION_OK) {
		*err = connect_error(conn);
		PQfinish(conn);
		return NULL;
	}
	db = xcalloc(1, sizeof *db);
	db->conn = conn;
	return db;
}

static void quiet_notices(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

struct db *db_connect(const char *conninfo, char **err)
{
	return db_connect_as(conninfo, NULL, NULL, err);
}

struct db *db_connect_as(const char *conninfo, const char *user,
                         const char *password, char **err)
{
	const char *keys[6], *values[6];
	int n = 0;
	PGconn *conn;
	struct db *db;

	keys[n] = "dbname", values[n++] = conninfo && *conninfo ? conninfo : NULL;
	if (user)
		keys[n] = "user", values[n++] = user;
	if (password)
		keys[n] = "password", values[n++] = password;
	keys[n] = "connect_timeout", values[n++] = "10";
	keys[n] = "application_name", values[n++] = "hearth";
	keys[n] = NULL, values[n] = NULL;
	/* expand_dbname = 1: a conninfo string in "dbname" is parsed whole. */
	conn = PQconnectdbParams(keys, values, 1);
	db = finish_connect(conn, err);
	/* Server notices (RAISE NOTICE) are not for the terminal. */
	if (db)
		PQsetNoticeProcessor(db->conn, quiet_notices, NULL);
	return db;
}

void db_close(struct db *db)
{
	if (!db)
		return;
	PQfinish(db->conn);
	free(db->error);
	free(db);
}

/* Check a result; on failure record the sentence and free it. */
static bool result_ok(struct db *db, PGresult *res)
{
	ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
	const char *code;
	char *s;

	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_COPY_IN)
		return true;
	if (PQstatus(db->conn) == CONNECTION_BAD) {
		db_set_error(db, "The connection to the database was lost.", "08006");
	} else {
		code = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
		if (code && !strcmp(code, "42501")
		    && strstr(PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY), "row-level security"))
			s = xstrdup("You may not add or change that record.");
		else if (code && !strcmp(code, "57014"))
			s = xstrdup("The database took too long to answer; try again.");
		else if (constraint_sentence(res))
			s = xstrdup(constraint_sentence(res));
		else
			s = sentence(res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)
			                 : PQerrorMessage(db->conn));
		db_set_error(db, s, code);
		free(s);
	}
	PQclear(res);
	return false;
}

static struct db_rows *copy_rows(PGresult *res)
{
	struct db_rows *rows = xcalloc(1, sizeof *rows);
	int r, c;

	rows->rows = PQntuples(res);
	rows->columns = PQnfields(res);
	rows->cells = xcalloc((size_t)rows->rows * (size_t)rows->columns + 1, sizeof(char *));
	for (r = 0; r < rows->rows; r++)
		for (c = 0; c < rows->columns; c++)
			if (!PQgetisnull(res, r, c))
				rows->cells[r * rows->columns + c] = xstrdup(PQgetvalue(res, r, c));
	return rows;
}

void db_on_reconnect(struct db *db, void (*reconnected)(void *ctx), void *ctx)
{
	db->reconnected = reconnected;
	db->ctx = ctx;
}

/* A connection found lost before a statement is sent is made again, once a
 * statement, when the owner asked for it: the statement never ran, so
 * running it now cannot run it twice. */
static bool connected(struct db *db)
{
	if (PQstatus(db->conn) == CONNECTION_OK)
		return true;
	/* a transaction lost with its connection cannot go on in a new one */
	if (db->reconnected && !db->reconnecting && !db->in_transaction) {
		PQreset(db->conn);
		if (PQstatus(db->conn) == CONNECTION_OK) {
			db->reconnecting = true;
			db->reconnected(db->ctx);
			db->reconnecting = false;
			return PQstatus(db->conn) == CONNECTION_OK;
		}
	}
	db_set_error(db, "The connection to the database was lost.", "08006");
	return false;
}

struct db_rows *db_query(struct db *db, const char *sql, int n,
                         const char *const *params)
{
	PGresult *res;
	struct db_rows *rows;

	if (!connected(db))
		return NULL;
	res = PQexecParams(db->conn, sql, n, NULL, params, NULL, NULL, 0);
	if (!result_ok(db, res))
		return NULL;
	rows = copy_rows(res);
	PQclear(res);
	db_set_error(db, "", "");
	return rows;
}

bool db_begin(struct db *db)
{
	if (!db_exec(db, "BEGIN", 0, NULL))
		return false;
	db->in_transaction = true;
	return true;
}

bool db_finish(struct db *db, bool ok)
{
	char *error;
	char code[sizeof db->code];

	if (ok && db_exec(db, "COMMIT", 0, NULL)) {
		db->in_transaction = false;
		return true;
	}
	error = xstrdup(db->error ? db->error : "");
	memcpy(code, db->code, sizeof code);
	if (PQstatus(db->conn) == CONNECTION_OK)
		db_exec(db, "ROLLBACK", 0, NULL);
	db->in_transaction = false;
	db_set_error(db, error, code);
	free(error);
	return false;
}

bool db_exec(struct db *db, const char *sql, int n, const char *const *params)
{
	struct db_rows *rows = db_query(db, sql, n, params);

	db_rows_free(rows);
	return rows != NULL;
}

char **db_column(struct db *db, const char *sql, int n, const char *const *params)
{
	struct db_rows *rows = db_query(db, sql, n, params);
	char **list;

	if (!rows)
		return NULL;
	list = xcalloc((size_t)rows->rows + 1, sizeof *list);
	for (int r = 0; r < rows->rows; r++) {
		const char *v = db_rows_get(rows, r, 0);
		list[r] = xstrdup(v ? v : "");
	}
	db_rows_free(rows);
	return list;
}

char *db_value(struct db *db, const char *sql, int n,
               const char *const *params, bool *found)
{
	struct db_rows *rows = db_query(db, sql, n, params);
	const char *v;
	char *out;

	*found = false;
	if (!rows)
		return NULL;
	v = rows->rows > 0 && rows->columns > 0 ? rows->cells[0] : NULL;
	*found = v != NULL;
	out = xstrdup(v ? v : "");
	db_rows_free(rows);
	return out;
}

#define BYTEA_OID 17

char *db_value_bytes(struct db *db, const char *sql, int n, const char *const *params, int at,
                     const void *data, size_t len, bool *found)
{
	const char **values = xcalloc((size_t)n + 1, sizeof *values);
	int *lengths = xcalloc((size_t)n + 1, sizeof *lengths);
	int *formats = xcalloc((size_t)n + 1, sizeof *formats);
	Oid *types = xcalloc((size_t)n + 1, sizeof *types);
	PGresult *res = NULL;
	char *out = NULL;
	int i;

	*found = false;
	for (i = 0; i < n; i++)
		values[i] = params[i];
	values[at] = len ? data : "";
	lengths[at] = (int)len;
	formats[at] = 1;
	types[at] = BYTEA_OID;
	if (connected(db)) {
		res = PQexecParams(db->conn, sql, n, types, values, lengths, formats, 0);
		if (result_ok(db, res)) {
			*found = PQntuples(res) > 0 && PQnfields(res) > 0 && !PQgetisnull(res, 0, 0);
			out = xstrdup(*found ? PQgetvalue(res, 0, 0) : "");
			PQclear(res);
			db_set_error(db, "", "");
		}
	}
	free(values);
	free(lengths);
	free(formats);
	free(types);
	return out;
}

unsigned char *db_bytes(struct db *db, const char *sql, int n, const char *const *params,
                        size_t *len, bool *found)
{
	PGresult *res;
	unsigned char *out;

	*found = false;
	*len = 0;
	if (!connected(db))
		return NULL;
	/* resultFormat 1: the bytes as they are, not \x and two hex digits each */
	res = PQexecParams(db->conn, sql, n, NULL, params, NULL, NULL, 1);
	if (!result_ok(db, res))
		return NULL;
	*found = PQntuples(res) > 0 && PQnfields(res) > 0 && !PQgetisnull(res, 0, 0);
	*len = *found ? (size_t)PQgetlength(res, 0, 0) : 0;
	out = xmalloc(*len + 1);
	if (*len)
		memcpy(out, PQgetvalue(res, 0, 0), *len);
	PQclear(res);
	db_set_error(db, "", "");
	return out;
}

bool db_exec_script(struct db *db, const char *script)
{
	PGresult *res = PQexec(db->conn, script);

	if (!result_ok(db, res))
		return false;
	PQclear(res);
	return true;
}

bool db_copy_begin(struct db *db, const char *sql)
{
	PGresult *res = PQexec(db->conn, sql);

	if (!result_ok(db, res))
		return false;
	PQclear(res);
	return true;
}

bool db_copy_put(struct db *db, const char *data, size_t len)
{
	if (PQputCopyData(db->conn, data, (int)len) == 1)
		return true;
	db_set_error(db, "The connection to the database failed while sending data.", "08006");
	return false;
}

bool db_copy_end(struct db *db)
{
	PGresult *res;
	bool ok = true;

	if (PQputCopyEnd(db->conn, NULL) != 1) {
		db_set_error(db, "The connection to the database failed while sending data.", "08006");
		return false;
	}
	while ((res = PQgetResult(db->conn)) != NULL) {
		if (!ok)
			PQclear(res);
		else if (!result_ok(db, res))
			ok = false;
		else
			PQclear(res);
	}
	return ok;
}

char *db_password_verifier(struct db *db, const char *user, const char *password)
{
	char *v = PQencryptPasswordConn(db->conn, password, user, "scram-sha-256");
	char *out;

	if (!v) {
		db_set_error(db, "Could not encrypt the password.", "");
		return NULL;
	}
	out = xstrdup(v);
	PQfreemem(v);
	return out;
}

char *db_text_array(const char *const *items, int n)
{
	size_t cap = 3, len = 0;
	char *out;
	const char *p;
	int i;

	for (i = 0; i < n; i++)
		cap += 2 * strlen(items[i]) + 3;
	out = xmalloc(cap);
	out[len++] = '{';
	for (i = 0; i < n; i++) {
		if (i)
			out[len++] = ',';
		out[len++] = '"';
		for (p = items[i]; *p; p++) {
			if (*p == '"' || *p == '\\')
				out[len++] = '\\';
			out[len++] = *p;
		}
		out[len++] = '"';
	}
	out[len++] = '}';
	out[len] = 0;
	return out;
}

const char *db_error(const struct db *db)
{
	return db->error ? db->error : "";
}

const char *db_error_code(const struct db *db)
{
	return db->code;
}

int db_rows_count(const struct db_rows *rows)
{
	return rows->rows;
}

int db_rows_columns(const struct db_rows *rows)
{
	return rows->columns;
}

const char *db_rows_get(const struct db_rows *rows, int row, int column)
{
	if (row < 0 || row >= rows->rows || column < 0 || column >= rows->columns)
		return NULL;
	return rows->cells[row * rows->columns + column];
}

void db_rows_free(struct db_rows *rows)
{
	int i;

	if (!rows)
		return;
	for (i = 0; i < rows->rows * rows->columns; i++)
		free(rows->cells[i]);
	free(rows->cells);
	free(rows);
}
