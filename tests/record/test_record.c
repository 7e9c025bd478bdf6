/* test_record.c: src/forms/record.c against a real database (tests/record/run
 * makes it: organizations Harbor and Northside, users amy of Harbor and bob
 * of Northside, password "pw-NAME"), with the project's own forms. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../unit/check.h"
#include "db/db.h"
#include "forms/field.h"
#include "forms/form.h"
#include "forms/record.h"
#include "lookup.h"
#include "util/xalloc.h"

static struct form_set *forms;
static const struct field_context ctx = { .today = { 2026, 12, 5 } };

static struct db *login(const char *user)
{
	char password[32], *err = NULL;
	struct db *db;

	snprintf(password, sizeof password, "pw-%s", user);
	db = db_connect_as("", user, password, &err);
	if (!db) {
		fprintf(stderr, "cannot log in as %s: %s\n", user, err);
		exit(2);
	}
	return db;
}

static const struct form *form(const char *name)
{
	const struct form *f = form_set_find(forms, name);

	if (!f) {
		fprintf(stderr, "no form %s in forms/\n", name);
		exit(2);
	}
	return f;
}

/* A form's values, all empty. */
static char **values_of(const struct form *f)
{
	return xcalloc(f->nfields + 1, sizeof(char *));
}

static void set(const struct form *f, char **values, const char *field, const char *value)
{
	int i = form_field_find(f, field);

	if (i < 0) {
		fprintf(stderr, "no field %s in form %s\n", field, f->name);
		exit(2);
	}
	free(values[i]);
	values[i] = value ? xstrdup(value) : NULL;
}

static const char *get(const struct form *f, char **values, const char *field)
{
	return values[form_field_find(f, field)];
}

/* The first column of the first row of `sql` with one parameter, as a new
 * string ("(none)" when no row). */
static char *value(struct db *db, const char *sql, const char *param)
{
	bool found = false;
	char *v = db_value(db, sql, param ? 1 : 0, &param, &found);

	return v ? v : xstrdup(found ? "(error)" : "(none)");
}

static void check_value(struct db *db, const char *sql, const char *param, const char *want)
{
	char *got = value(db, sql, param);

	CHECK_STR(got, want);
	free(got);
}

static char **new_client(const char *first, const char *last)
{
	const struct form *f = form("client_add");
	char **v = values_of(f);

	set(f, v, "first_name", first);
	set(f, v, "last_name", last);
	set(f, v, "name_data_quality", "1");
	set(f, v, "ssn_data_quality", "99");
	set(f, v, "dob_data_quality", "1");
	set(f, v, "veteran_status", "99");
	set(f, v, "birth_date", "1984-03-02");
	return v;
}

/* An intake with a new family (the family field's `add`): the client, the
 * family and the membership are made together. */
static char *test_insert_linked(struct db *amy)
{
	const struct form *f = form("client_add");
	char **v = new_client("Rosa", "Linkwell");
	char *id = NULL;

	set(f, v, "family", "new");
	set(f, v, "relationship_to_head", "1");
	set(f, v, "is_current", "yes");
	enum record_outcome r = record_insert(amy, f, v, form_field_find(f, "family"), NULL, &id);

	if (r != RECORD_DONE)
		fprintf(stderr, "insert: %s\n", db_error(amy));
	CHECK(r == RECORD_DONE);
	CHECK(id && *id);
	check_value(amy, "SELECT last_name FROM hearth.client WHERE id = $1::bigint", id, "Linkwell");
	check_value(amy, "SELECT count(*) FROM hearth.family_member m WHERE m.client_id = $1::bigint"
	            " AND m.relationship_to_head = '1' AND m.is_current", id, "1");
	/* the family made is the one the field now names */
	check_value(amy, "SELECT family_id::text FROM hearth.family_member WHERE client_id = $1::bigint",
	            id, get(f, v, "family"));
	record_values_free(f, v);
	return id;
}

/* A linked row the database refuses undoes the whole record. */
static void test_insert_all_or_nothing(struct db *amy)
{
	const struct form *f = form("client_add");
	char **v = new_client("Otto", "Halfmade");
	char *id = (char *)"x";

	set(f, v, "family", "new");
	set(f, v, "relationship_to_head", "not-a-code");
	set(f, v, "is_current", "yes");
	CHECK(record_insert(amy, f, v, form_field_find(f, "family"), NULL, &id) == RECORD_FAILED);
	CHECK(id == NULL);
	CHECK(db_error(amy)[0] != 0);
	check_value(amy, "SELECT count(*) FROM hearth.client WHERE last_name = $1", "Halfmade", "0");
	/* and the connection goes on */
	check_value(amy, "SELECT 1", NULL, "1");
	record_values_free(f, v);
}

/* A new employer (the employer field's `add`) is named by the text typed,
 * trimmed; without a name none is made; everybody reads the directory. */
static void test_new_employer(struct db *amy, struct db *bob)
{
	char *err = NULL, *id = lookup_create(amy, FIELD_LOOKUP_EMPLOYER, "  Acme Works ", &err);
	const char *ids[1];
	char **names;

	CHECK(id && !err);
	check_value(amy, "SELECT name FROM hearth.employer WHERE id = $1::bigint", id, "Acme Works");
	ids[0] = id;
	names = lookup_names(bob, FIELD_LOOKUP_EMPLOYER, ids, 1);
	CHECK(names && names[0] && !strcmp(names[0], "Acme Works"));
	lookup_names_free(names, 1);
	free(id);
	CHECK(lookup_create(amy, FIELD_LOOKUP_EMPLOYER, "  ", &err) == NULL);
	CHECK_STR(err, "a new employer needs a name: type it into the field");
	free(err);
	CHECK(lookup_create(amy, FIELD_LOOKUP_CLIENT, "Someone", &err) == NULL);
	CHECK_STR(err, "a new client cannot be made here");
	free(err);
}

/* A note about the client, as the user of `db`. */
static char *new_note(struct db *db, const char *client, const char *title, const char *day)
{
	const struct form *f = form("case_note");
	char **v = values_of(f);
	char *id = NULL;

	set(f, v, "client", client);
	set(f, v, "note_date", day);
	set(f, v, "title", title);
	set(f, v, "restriction", "none");
	set(f, v, "read_only", "no");
	CHECK(record_insert(db, f, v, -1, NULL, &id) == RECORD_DONE);
	record_values_free(f, v);
	return id;
}

static void test_read(struct db *amy, struct db *bob, const char *client)
{
	const struct form *f = form("client_edit");
	char **v = NULL, *stamp = NULL;

	CHECK(record_read(amy, f, client, &ctx, &v, &stamp) == RECORD_DONE);
	CHECK_STR(get(f, v, "first_name"), "Rosa");
	CHECK_STR(get(f, v, "birth_date"), "1984-03-02");
	CHECK(stamp && *stamp);
	record_values_free(f, v);
	free(stamp);
	CHECK(record_read(bob, f, "999999999", &ctx, &v, &stamp) == RECORD_GONE);
}

/* An edit's state as record_read leaves it. */
static struct record_edit begin_edit(struct db *db, const struct form *f, const char *id)
{
	struct record_edit e = { .form = f, .id = id };

	CHECK(record_read(db, f, id, &ctx, &e.orig, &e.stamp) == RECORD_DONE);
	return e;
}

/* A copy of what was read, with one field changed. */
static char **changed(const struct record_edit *e, const char *field, const char *to)
{
	char **v = values_of(e->form);

	for (size_t i = 0; i < e->form->nfields; i++)
		v[i] = e->orig[i] ? xstrdup(e->orig[i]) : NULL;
	set(e->form, v, field, to);
	return v;
}

/* Another session of the user saves `field` of the record meanwhile. */
static void saved_meanwhile(struct db *db, const struct form *f, const char *id,
                            const char *field, const char *value)
{
	struct record_edit other = begin_edit(db, f, id);
	char **theirs = changed(&other, field, value);

	CHECK(record_update(db, &other, theirs, &ctx) == RECORD_DONE);
	record_values_free(f, theirs);
	record_edit_free(&other);
}

static void test_update(struct db *amy, struct db *amy2, const char *note)
{
	const struct form *f = form("case_note");
	struct record_edit e = begin_edit(amy, f, note);
	char **mine, *before = xstrdup(e.stamp);

	/* nothing changed: nothing written */
	mine = changed(&e, "title", get(f, e.orig, "title"));
	CHECK(record_update(amy, &e, mine, &ctx) == RECORD_DONE);
	CHECK_STR(e.stamp, before);
	record_values_free(f, mine);

	/* a change */
	mine = changed(&e, "title", "Housing plan");
	CHECK(record_update(amy, &e, mine, &ctx) == RECORD_DONE);
	CHECK(strcmp(e.stamp, before) != 0);
	check_value(amy, "SELECT title FROM hearth.case_note WHERE id = $1::bigint", note, "Housing plan");
	record_values_free(f, mine);
	record_edit_free(&e);

	/* someone saves another field meanwhile: taken in, both kept */
	e = begin_edit(amy, f, note);
	saved_meanwhile(amy2, f, note, "body", "Called the landlord.");
	mine = changed(&e, "title", "Housing plan, week 2");
	CHECK(record_update(amy, &e, mine, &ctx) == RECORD_DONE);
	check_value(amy, "SELECT title || ' / ' || body FROM hearth.case_note WHERE id = $1::bigint",
	            note, "Housing plan, week 2 / Called the landlord.");
	record_values_free(f, mine);
	record_edit_free(&e);

	/* ... and the same field: a conflict, theirs shown, nothing written
	 * until the person saves over it */
	e = begin_edit(amy, f, note);
	saved_meanwhile(amy2, f, note, "title", "Their title");
	mine = changed(&e, "title", "My title");
	CHECK(record_update(amy, &e, mine, &ctx) == RECORD_CONFLICT);
	CHECK(e.theirs != NULL);
	if (e.theirs)
		CHECK_STR(get(f, e.theirs, "title"), "Their title");
	check_value(amy, "SELECT title FROM hearth.case_note WHERE id = $1::bigint", note, "Their title");
	free(e.stamp);
	e.stamp = e.their_stamp;
	e.their_stamp = NULL;
	CHECK(record_update(amy, &e, mine, &ctx) == RECORD_DONE);
	check_value(amy, "SELECT title FROM hearth.case_note WHERE id = $1::bigint", note, "My title");
	record_values_free(f, mine);
	record_edit_free(&e);
	free(before);
}

/* Another organization's user reads a global client's record but may not
 * change it; a record deleted meanwhile is gone. */
static void test_refused_and_gone(struct db *amy, struct db *bob, const char *client)
{
	const struct form *f = form("client_edit");
	const struct form *notes = form("case_note");
	struct record_edit e = begin_edit(bob, f, client);
	char **mine = changed(&e, "last_name", "Renamed");
	char *note;

	CHECK(record_update(bob, &e, mine, &ctx) == RECORD_READ_ONLY);
	check_value(amy, "SELECT last_name FROM hearth.client WHERE id = $1::bigint", client, "Linkwell");
	record_values_free(f, mine);
	record_edit_free(&e);

	note = new_note(amy, client, "Soon gone", "2026-12-01");
	e = begin_edit(amy, notes, note);
	CHECK(record_delete(amy, "case_note", note) == RECORD_DONE);
	mine = changed(&e, "title", "Too late");
	CHECK(record_update(amy, &e, mine, &ctx) == RECORD_GONE);
	record_values_free(notes, mine);
	record_edit_free(&e);
	free(note);
}

static void test_delete(struct db *amy, struct db *bob, const char *client)
{
	char *note = new_note(amy, client, "To delete", "2026-12-02");

	CHECK(record_delete(bob, "case_note", note) == RECORD_GONE);   /* not bob's to delete */
	check_value(amy, "SELECT count(*) FROM hearth.case_note WHERE id = $1::bigint", note, "1");
	CHECK(record_delete(amy, "case_note", note) == RECORD_DONE);
	CHECK(record_delete(amy, "case_note", note) == RECORD_GONE);
	free(note);
}

/* The list: the owner's rows, in the order and page asked. */
static void test_list(struct db *amy, const char *client)
{
	const struct form *f = form("case_note");
	int cols[2] = { form_field_find(f, "note_date"), form_field_find(f, "title") };
	const char *days[] = { "2026-11-03", "2026-11-01", "2026-11-02" };
	struct db_rows *rows;
	char *other = test_insert_linked(amy);

	for (int i = 0; i < 3; i++)
		free(new_note(amy, other, days[i], days[i]));
	rows = record_list(amy, f, cols, 2, "client_id", other, 0, false, 2, 0);
	CHECK(rows && db_rows_count(rows) == 2);
	if (rows && db_rows_count(rows) == 2) {
		CHECK_STR(db_rows_get(rows, 0, 1), "2026-11-01");
		CHECK_STR(db_rows_get(rows, 1, 2), "2026-11-02");
	}
	db_rows_free(rows);
	rows = record_list(amy, f, cols, 2, "client_id", other, 0, true, 2, 2);
	CHECK(rows && db_rows_count(rows) == 1);
	if (rows && db_rows_count(rows) == 1)
		CHECK_STR(db_rows_get(rows, 0, 2), "2026-11-01");
	db_rows_free(rows);
	/* a list without a parent: every record the user may see, the newest
	 * first here */
	rows = record_list(amy, f, cols, 2, NULL, NULL, 0, true, 100, 0);
	CHECK(rows && db_rows_count(rows) >= 4);
	if (rows && db_rows_count(rows) >= 4)
		CHECK_STR(db_rows_get(rows, 0, 1), "2026-11-30");
	db_rows_free(rows);
	(void)client;
	free(other);
}

/* The connection goes while editing: RECORD_LOST, and nothing saved. */
static void test_lost(struct db *amy, struct db *amy2, const char *client)
{
	const struct form *f = form("client_edit");
	struct record_edit e = begin_edit(amy, f, client);
	char **mine = changed(&e, "middle_name", "Lost");
	char *pid = value(amy, "SELECT pg_backend_pid()::text", NULL);

	/* (a role may end its own sessions) */
	check_value(amy2, "SELECT pg_terminate_backend($1::int)::text", pid, "true");
	CHECK(record_update(amy, &e, mine, &ctx) == RECORD_LOST);
	check_value(amy2, "SELECT coalesce(middle_name, '-') FROM hearth.client WHERE id = $1::bigint",
	            client, "-");
	record_values_free(f, mine);
	record_edit_free(&e);
	free(pid);
}

/* An enrollment whose entry assessment is made in place (the field's `add`
 * with add_with), then its exit with an exit assessment made the same way,
 * each in one transaction with its record. */
static char *enroll_with_assessment(struct db *amy, const char *client, const char *program)
{
	const struct form *f = form("enrollment");
	char **v = values_of(f), *id = NULL, *user = value(amy, "SELECT hearth.current_user_id()", NULL);

	set(f, v, "client", client);
	set(f, v, "entry_date", "2026-11-20");
	set(f, v, "program", program);
	set(f, v, "case_manager", user);
	set(f, v, "follow_up", "30");
	set(f, v, "entry_assessment", "new");
	if (record_insert(amy, f, v, form_field_find(f, "entry_assessment"), NULL, &id) != RECORD_DONE)
		fprintf(stderr, "enrollment: %s\n", db_error(amy));
	CHECK(id != NULL);
	if (!id)
		exit(1);
	/* the assessment made is the one the field now names, tied to the enrollment */
	check_value(amy, "SELECT entry_assessment_id::text FROM hearth.enrollment WHERE id = $1::bigint",
	            id, get(f, v, "entry_assessment"));
	check_value(amy, "SELECT concat_ws(' ', a.client_id = e.client_id, a.assessment_date,"
	            " a.assessment_type, a.data_collection_stage, a.program_id = e.program_id,"
	            " a.enrollment_id = e.id) FROM hearth.enrollment e"
	            " JOIN hearth.assessment a ON a.id = e.entry_assessment_id WHERE e.id = $1::bigint",
	            id, "t 2026-11-20 entry 1 t t");
	record_values_free(f, v);
	free(user);
	return id;
}

static void exit_with_assessment(struct db *amy, const char *enrollment)
{
	const struct form *f = form("enrollment_exit");
	int at = form_field_find(f, "exit_assessment");
	struct record_edit e = begin_edit(amy, f, enrollment);
	char **mine = changed(&e, "exit_date", "2026-11-01");
	char *before = value(amy, "SELECT count(*) FROM hearth.assessment", NULL);

	/* an exit before the entry is refused, and the assessment made for it goes too */
	set(f, mine, "destination", "116");
	set(f, mine, "exit_assessment", "new");
	CHECK(record_update_new(amy, &e, mine, &ctx, at, NULL) == RECORD_FAILED);
	check_value(amy, "SELECT count(*) FROM hearth.assessment", NULL, before);
	set(f, mine, "exit_date", "2026-12-03");
	set(f, mine, "exit_assessment", "new");
	CHECK(record_update_new(amy, &e, mine, &ctx, at, NULL) == RECORD_DONE);
	check_value(amy, "SELECT concat_ws(' ', e.exit_date, a.assessment_date, a.assessment_type,"
	            " a.data_collection_stage, a.enrollment_id = e.id, a.program_id = e.program_id)"
	            " FROM hearth.enrollment e JOIN hearth.assessment a ON a.id = e.exit_assessment_id"
	            " WHERE e.id = $1::bigint", enrollment, "2026-12-03 2026-12-03 exit 3 t t");
	free(before);
	record_values_free(f, mine);
	record_edit_free(&e);
}

static void test_enrollment_assessments(struct db *amy, struct db *bob, const char *client)
{
	char *program = value(amy, "INSERT INTO hearth.program (name, begin_date)"
	                      " VALUES ($1, '2020-01-01') RETURNING id", "Record Shelter");
	char *enrollment = enroll_with_assessment(amy, client, program);

	exit_with_assessment(amy, enrollment);
	/* Delete marks it (the page's deleted_at): another organization's is
	 * not its to mark, and a marked one is not marked twice */
	CHECK(record_mark_deleted(bob, "enrollment", "date_deleted", enrollment) == RECORD_GONE);
	CHECK(record_mark_deleted(amy, "enrollment", "date_deleted", enrollment) == RECORD_DONE);
	check_value(amy, "SELECT count(*) FROM hearth.enrollment WHERE id = $1::bigint"
	            " AND date_deleted IS NOT NULL", enrollment, "1");
	check_value(amy, "SELECT count(*) FROM hearth.enrollment_list WHERE id = $1::bigint",
	            enrollment, "0");
	CHECK(record_mark_deleted(amy, "enrollment", "date_deleted", enrollment) == RECORD_GONE);
	free(enrollment);
	free(program);
}

int main(int argc, char **argv)
{
	struct db *amy, *amy2, *bob;
	char *client;

	forms = form_set_load(argc > 1 ? argv[1] : "forms");
	amy = login("amy");
	amy2 = login("amy");
	bob = login("bob");
	client = test_insert_linked(amy);
	test_insert_all_or_nothing(amy);
	test_new_employer(amy, bob);
	test_read(amy, bob, client);
	{
		char *note = new_note(amy, client, "First visit", "2026-11-30");
		test_update(amy, amy2, note);
		free(note);
	}
	test_refused_and_gone(amy, bob, client);
	test_delete(amy, bob, client);
	test_list(amy, client);
	test_enrollment_assessments(amy, bob, client);
	test_lost(amy, amy2, client);
	free(client);
	db_close(amy);
	db_close(amy2);
	db_close(bob);
	form_set_free(forms);
	return check_done();
}
