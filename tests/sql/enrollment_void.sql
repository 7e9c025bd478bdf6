-- tests/sql/enrollment_void.sql: 079_enrollment_void.sql. Deleting an
-- enrollment marks it (date_deleted): it leaves the lists and the rule
-- about one stay a program at a time, takes its open follow-ups with it,
-- and keeps every row that names it; only its own organization marks it.
--
-- Fixtures (tests/sql/run): organizations Harbor, Northside, Riverside;
-- users alice (Harbor, its administrator), bob (Northside), dan (Harbor and
-- Northside); MOU M1 (Harbor, Northside). One transaction, rolled back.

BEGIN;
SELECT plan(16);
\ir lib/as_user.psql

SELECT (SELECT id FROM hearth.mou WHERE name = 'M1') AS m1 \gset

SELECT has_column('hearth', 'enrollment', 'date_deleted', 'enrollment.date_deleted exists');
SELECT ok(has_column_privilege('hearth_user', 'hearth.enrollment', 'date_deleted', 'UPDATE'),
	'users may mark an enrollment deleted');
SELECT ok(NOT has_table_privilege('hearth_user', 'hearth.enrollment', 'DELETE'),
	'and still delete none (006)');

:as_alice
INSERT INTO hearth.program (name, begin_date) VALUES ('Void Shelter', '2020-01-01');
INSERT INTO hearth.client (first_name, last_name, intake_sharing, mou_id)
	VALUES ('Vic', 'Void', 'mou', :m1), ('Val', 'Void', 'mou', :m1);
:as_postgres
SELECT (SELECT id FROM hearth.program WHERE name = 'Void Shelter') AS shelter,
       (SELECT id FROM hearth.client WHERE first_name = 'Vic') AS vic,
       (SELECT id FROM hearth.client WHERE first_name = 'Val') AS val \gset
:as_alice
INSERT INTO hearth.enrollment (client_id, program_id, household_id, entry_date, follow_up_days)
	VALUES (:vic, :shelter, 'void-1', hearth.today() - 5, 30);
:as_postgres
SELECT (SELECT id FROM hearth.enrollment WHERE household_id = 'void-1') AS e1 \gset
:as_alice
INSERT INTO hearth.enrollment (client_id, program_id, case_id, relationship_to_hoh, entry_date)
	VALUES (:val, :shelter, :e1, 2, hearth.today() - 5);
INSERT INTO hearth.task (client_id, enrollment_id, due_date, title, done_date)
	VALUES (:vic, :e1, hearth.today(), 'Void called', hearth.today());
INSERT INTO hearth.case_note (client_id, title, enrollment_id) VALUES (:vic, 'Void note', :e1);
:as_postgres
SELECT (SELECT id FROM hearth.enrollment WHERE client_id = :val) AS e2 \gset

-- ---- another organization cannot ------------------------------------------------------

:as_bob
SELECT is((SELECT count(*)::integer FROM hearth.enrollment_list WHERE id = :e1), 1,
	'bob sees Harbor''s enrollment of an MOU client (control)');
SELECT is_empty(format('UPDATE hearth.enrollment SET date_deleted = now() WHERE id = %s RETURNING id', :e1),
	'bob cannot mark it deleted');

-- ---- its own organization marks it ----------------------------------------------------

:as_alice
SELECT isnt_empty(format('UPDATE hearth.enrollment SET date_deleted = now() WHERE id = %s RETURNING id', :e2),
	'alice marks the member''s enrollment deleted');
SELECT is((SELECT count(*)::integer FROM hearth.enrollment_list WHERE id = :e2), 0,
	'it leaves the list');
SELECT is((SELECT count(*)::integer FROM hearth.enrollment WHERE id = :e2 AND date_deleted IS NOT NULL), 1,
	'the row stays, marked');
SELECT is(hearth.exit_case(:e1, hearth.today(), 116::smallint, NULL), 1,
	'exiting the case exits the member not deleted only');
SELECT is((SELECT exit_date FROM hearth.enrollment WHERE id = :e2), NULL::date,
	'the deleted member''s enrollment is not exited');
UPDATE hearth.enrollment SET exit_date = NULL, destination = NULL WHERE id = :e1;
SELECT lives_ok(format('UPDATE hearth.enrollment SET date_deleted = now() WHERE id = %s', :e1),
	'alice marks the head''s enrollment deleted');
SELECT is((SELECT string_agg(title, ', ' ORDER BY title) FROM hearth.task WHERE client_id = :vic),
	'Void called', 'its open follow-up went with it; the done task stays');
SELECT is((SELECT count(*)::integer FROM hearth.case_note WHERE title = 'Void note' AND enrollment_id = :e1), 1,
	'the note that names it is unchanged');
SELECT lives_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, household_id, entry_date)
	VALUES (%s, %s, 'void-2', hearth.today() - 5)$$, :vic, :shelter),
	'the client is enrolled again in the program for the same days');
SELECT throws_like(format('UPDATE hearth.enrollment SET date_deleted = NULL WHERE id = %s', :e1),
	'%enrollment_no_overlap%',
	'the deleted one cannot come back over the new one (no overlap)');
SELECT is((SELECT count(*)::integer FROM hearth.enrollment_list WHERE client_id = :vic), 1,
	'the list shows the new enrollment alone');

SELECT * FROM finish();
ROLLBACK;
