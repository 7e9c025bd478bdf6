-- tests/sql/enrollment_assessments.sql: 077_enrollment_assessments.sql. An
-- enrollment's entry and exit assessments: the columns, the rules of the
-- trigger that checks a newly named one (the client's own, of the
-- enrollment's organization, seen by the caller, not another enrollment's,
-- taken at that collection point or at none) and ties it to the
-- enrollment; clearing and deleting; and that no user deletes an
-- enrollment (006: one is ended instead).
--
-- Fixtures (tests/sql/run): organizations Harbor, Northside, Riverside;
-- users alice (Harbor, its administrator), bob (Northside, its
-- administrator), carol (Riverside), dan (Harbor and Northside); MOU M1
-- (Harbor, Northside). One transaction, rolled back. While acting as a user,
-- only assertions that create no temporary table (see policies.sql).

BEGIN;
SELECT plan(47);
\ir lib/as_user.psql
\set as_dan_harbor 'RESET SESSION AUTHORIZATION; RESET ROLE; RESET hearth.active_org; SET SESSION AUTHORIZATION dan; DO $$ BEGIN PERFORM hearth.set_active_org(hearth.org_id(''Harbor'')); END $$;'

SELECT (SELECT id FROM hearth.mou WHERE name = 'M1') AS m1,
       (SELECT id FROM hearth.organization WHERE name = 'Harbor') AS harbor
\gset

-- ---- the columns, indexes, constraint and triggers ----------------------------------

SELECT has_column('hearth', 'enrollment', c, 'enrollment.' || c || ' exists')
FROM unnest(ARRAY['entry_assessment_id', 'exit_assessment_id']) c;
SELECT fk_ok('hearth', 'enrollment', c, 'hearth', 'assessment', 'id',
	'enrollment.' || c || ' references an assessment')
FROM unnest(ARRAY['entry_assessment_id', 'exit_assessment_id']) c;
SELECT is((SELECT string_agg(a.attname || ':' || c.confdeltype::text, ' ' ORDER BY a.attname)
           FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
           WHERE c.conrelid = 'hearth.enrollment'::regclass AND c.contype = 'f'
             AND c.confrelid = 'hearth.assessment'::regclass),
	'entry_assessment_id:n exit_assessment_id:n',
	'a deleted assessment leaves the enrollment without one (ON DELETE SET NULL)');
SELECT has_index('hearth', 'enrollment', 'enrollment_entry_assessment', 'entry_assessment_id',
	'enrollments are found by their entry assessment');
SELECT has_index('hearth', 'enrollment', 'enrollment_exit_assessment', 'exit_assessment_id',
	'enrollments are found by their exit assessment');
SELECT is((SELECT pg_get_constraintdef(oid) FROM pg_constraint
           WHERE conrelid = 'hearth.enrollment'::regclass AND conname = 'enrollment_two_assessments'),
	'CHECK (((entry_assessment_id IS DISTINCT FROM exit_assessment_id) OR (entry_assessment_id IS NULL)))',
	'constraint enrollment_two_assessments: the entry and exit assessments are two');
SELECT has_trigger('hearth', 'enrollment', t, 'enrollment has trigger ' || t)
FROM unnest(ARRAY['enrollment_assessments', 'enrollment_assessments_tie']) t;
SELECT ok(has_column_privilege('hearth_user', 'hearth.enrollment', c, 'INSERT')
          AND has_column_privilege('hearth_user', 'hearth.enrollment', c, 'UPDATE'),
	'hearth_user writes enrollment.' || c)
FROM unnest(ARRAY['entry_assessment_id', 'exit_assessment_id']) c;
SELECT ok(NOT has_table_privilege('hearth_user', 'hearth.enrollment', 'DELETE'),
	'hearth_user still deletes no enrollment (006: one is ended instead)');

-- ---- the directory, the clients, the assessments ------------------------------------

:as_alice
INSERT INTO hearth.program (name, begin_date) VALUES ('EA Shelter', '2020-01-01'),
	('EA Other', '2020-01-01'), ('EA Third', '2020-01-01');
INSERT INTO hearth.client (first_name, last_name, intake_sharing, mou_id) VALUES
	('Ava', 'Assessed', 'mou', :m1), ('Cal', 'Assessed', 'mou', :m1),
	('Dee', 'Assessed', 'mou', :m1), ('Eve', 'Assessed', 'mou', :m1);
:as_postgres
SELECT (SELECT id FROM hearth.program WHERE name = 'EA Shelter') AS shelter,
       (SELECT id FROM hearth.program WHERE name = 'EA Other') AS other,
       (SELECT id FROM hearth.program WHERE name = 'EA Third') AS third,
       (SELECT id FROM hearth.client WHERE first_name = 'Ava' AND last_name = 'Assessed') AS ava,
       (SELECT id FROM hearth.client WHERE first_name = 'Cal' AND last_name = 'Assessed') AS cal,
       (SELECT id FROM hearth.client WHERE first_name = 'Dee' AND last_name = 'Assessed') AS dee,
       (SELECT id FROM hearth.client WHERE first_name = 'Eve' AND last_name = 'Assessed') AS eve
\gset
:as_alice
-- an earlier stay of Ava's, with an assessment taken in it
INSERT INTO hearth.enrollment (client_id, program_id, household_id, entry_date, exit_date)
VALUES (:ava, :other, 'ea-earlier', hearth.today() - 100, hearth.today() - 90);
INSERT INTO hearth.assessment (client_id, enrollment_id, assessment_type)
SELECT :ava, id, 'taken' FROM hearth.enrollment WHERE household_id = 'ea-earlier';
-- Ava's, Harbor's, in no enrollment yet: one for the entry (no stage, no
-- program), one for the exit (a referral's screening: another program),
-- one taken at exit already, spares; Cal's
INSERT INTO hearth.assessment (client_id, assessment_type, program_id, data_collection_stage) VALUES
	(:ava, 'entry', NULL, NULL), (:ava, 'exit', :other, NULL), (:ava, 'at-exit', NULL, 3),
	(:ava, 'spare', NULL, NULL), (:ava, 'spare2', NULL, NULL), (:cal, 'cals', NULL, NULL),
	(:cal, 'cal-del', NULL, NULL);
:as_bob
INSERT INTO hearth.program (name, begin_date) VALUES ('EA North', '2020-01-01');
-- Northside's, about Ava (whom bob sees through M1), unrestricted
INSERT INTO hearth.assessment (client_id, assessment_type) VALUES (:ava, 'northside');
:as_dan_harbor
-- a colleague's: one restricted to himself, one open (hidden later)
INSERT INTO hearth.assessment (client_id, assessment_type, restriction) VALUES
	(:ava, 'dans-own', 'user'), (:ava, 'dans-open', 'none');
:as_postgres
SELECT (SELECT id FROM hearth.enrollment WHERE household_id = 'ea-earlier') AS e_earlier,
       (SELECT id FROM hearth.assessment WHERE assessment_type = 'taken') AS a_taken,
       (SELECT id FROM hearth.assessment WHERE assessment_type = 'entry') AS a_entry,
       (SELECT id FROM hearth.assessment WHERE assessment_type = 'exit') AS a_exit,
       (SELECT id FROM hearth.assessment WHERE assessment_type = 'at-exit') AS a_stage3,
       (SELECT id FROM hearth.assessment WHERE assessment_type = 'spare') AS a_spare,
       (SELECT id FROM hearth.assessment WHERE assessment_type = 'spare2') AS a_spare2,
       (SELECT id FROM hearth.assessment WHERE assessment_type = 'cals') AS a_cal,
       (SELECT id FROM hearth.assessment WHERE assessment_type = 'cal-del') AS a_cal_del,
       (SELECT id FROM hearth.assessment WHERE assessment_type = 'northside') AS a_north,
       (SELECT id FROM hearth.assessment WHERE assessment_type = 'dans-own') AS a_dan_own,
       (SELECT id FROM hearth.assessment WHERE assessment_type = 'dans-open') AS a_dan_open
\gset

-- ---- naming the entry assessment on insert, the exit one on update ------------------

:as_alice
SELECT lives_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, household_id, entry_date,
	follow_up_days, entry_assessment_id) VALUES (%s, %s, 'ea-main', hearth.today() - 20, 30, %s)$$,
	:ava, :shelter, :a_entry),
	'alice enrolls Ava naming her assessment as the entry one');
:as_postgres
SELECT (SELECT id FROM hearth.enrollment WHERE household_id = 'ea-main') AS e_main \gset
SELECT is((SELECT (entry_assessment_id, exit_assessment_id)::text FROM hearth.enrollment WHERE id = :e_main),
	format('(%s,)', :a_entry), 'the enrollment names it');
SELECT is((SELECT (enrollment_id, data_collection_stage, program_id)::text FROM hearth.assessment WHERE id = :a_entry),
	format('(%s,1,%s)', :e_main, :shelter),
	'and it is tied to the enrollment: its enrollment, stage 1 (project start) and program');
:as_alice
SELECT lives_ok(format($$UPDATE hearth.enrollment SET exit_assessment_id = %s WHERE id = %s$$, :a_exit, :e_main),
	'alice names the exit assessment on update');
:as_postgres
SELECT is((SELECT (enrollment_id, data_collection_stage, program_id)::text FROM hearth.assessment WHERE id = :a_exit),
	format('(%s,3,%s)', :e_main, :other),
	'it is tied with stage 3 (project exit); the program it named already stays');
:as_alice
SELECT lives_ok(format($$UPDATE hearth.enrollment SET exit_assessment_id = %s, exit_date = NULL WHERE id = %s$$,
	:a_exit, :e_main), 'naming the same exit assessment again is fine');

-- ---- what is refused -----------------------------------------------------------------

SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, entry_assessment_id)
	VALUES (%s, %s, %s)$$, :ava, :third, :a_cal), '23503',
	'the entry assessment is not one of this client''s that you can see',
	'another client''s assessment is refused');
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, entry_assessment_id)
	VALUES (%s, %s, %s)$$, :ava, :third, 999999999), '23503',
	'the entry assessment is not one of this client''s that you can see',
	'so is one that does not exist');
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, entry_assessment_id)
	VALUES (%s, %s, %s)$$, :ava, :third, :a_dan_own), '23503',
	'the entry assessment is not one of this client''s that you can see',
	'a colleague''s assessment restricted to himself is refused with the very words of a missing one');
SELECT throws_ok(format($$UPDATE hearth.enrollment SET exit_assessment_id = %s WHERE id = %s$$, :a_dan_own, :e_main),
	'23503', 'the exit assessment is not one of this client''s that you can see',
	'(as the exit assessment too)');
SELECT is((SELECT count(*)::integer FROM hearth.assessment WHERE id = :a_north), 1,
	'alice sees Northside''s assessment of Ava, through M1 (control)');
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, entry_assessment_id)
	VALUES (%s, %s, %s)$$, :ava, :third, :a_north), '23514',
	'the entry assessment is another organization''s; take one of your own',
	'another organization''s assessment she sees is refused');
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, entry_assessment_id)
	VALUES (%s, %s, %s)$$, :ava, :third, :a_taken), '23514',
	'the entry assessment was taken in another enrollment',
	'an assessment taken in another enrollment is refused');
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, entry_assessment_id)
	VALUES (%s, %s, %s)$$, :ava, :third, :a_stage3), '23514',
	'the entry assessment was taken at another collection point than the project start',
	'an assessment taken at exit (stage 3) is refused as the entry one');
SELECT throws_ok(format($$UPDATE hearth.enrollment SET exit_assessment_id = %s WHERE id = %s$$, :a_entry, :e_main),
	'23514', 'the exit assessment was taken at another collection point than the project exit',
	'the entry assessment (now stage 1) is refused as the exit one');
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, entry_assessment_id, exit_assessment_id)
	VALUES (%s, %s, %s, %s)$$, :ava, :third, :a_spare, :a_spare), '23514',
	'new row for relation "enrollment" violates check constraint "enrollment_two_assessments"',
	'one assessment is not both the entry and the exit one');
SELECT is((SELECT (enrollment_id, data_collection_stage)::text FROM hearth.assessment WHERE id = :a_spare),
	'(,)', 'a refused enrollment ties nothing');
:as_bob
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, entry_assessment_id)
	SELECT %s, min(id), %s FROM hearth.program WHERE org_id = hearth.active_org()$$, :ava, :a_spare), '23514',
	'the entry assessment is another organization''s; take one of your own',
	'bob, who sees Ava and her assessment, cannot name Harbor''s as his enrollment''s entry');
SELECT is_empty(format($$UPDATE hearth.enrollment SET entry_assessment_id = %s WHERE id = %s RETURNING id$$,
	:a_north, :e_main), 'nor change Harbor''s enrollment to name his own');
:as_postgres
SELECT is((SELECT (entry_assessment_id, enrollment_id)::text
           FROM hearth.enrollment e, hearth.assessment a WHERE e.id = :e_main AND a.id = :a_spare),
	format('(%s,)', :a_entry), '(nothing changed)');

-- ---- a named assessment hidden later -----------------------------------------------

:as_alice
SELECT lives_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, household_id, entry_assessment_id)
	VALUES (%s, %s, 'ea-dan', %s)$$, :ava, :third, :a_dan_open),
	'alice names a colleague''s open assessment');
:as_postgres
SELECT (SELECT id FROM hearth.enrollment WHERE household_id = 'ea-dan') AS e_dan \gset
SELECT is((SELECT (enrollment_id, data_collection_stage, program_id)::text FROM hearth.assessment WHERE id = :a_dan_open),
	format('(%s,1,%s)', :e_dan, :third), 'which is tied to her enrollment');
:as_dan_harbor
SELECT lives_ok(format($$UPDATE hearth.assessment SET restriction = 'user' WHERE id = %s$$, :a_dan_open),
	'dan restricts it to himself afterwards');
:as_alice
SELECT is((SELECT count(*)::integer FROM hearth.assessment WHERE id = :a_dan_open), 0,
	'alice no longer sees it (control)');
SELECT lives_ok(format($$UPDATE hearth.enrollment SET exit_date = hearth.today() WHERE id = %s$$, :e_dan),
	'it does not stop alice from exiting the enrollment');
SELECT lives_ok(format($$UPDATE hearth.enrollment SET entry_assessment_id = %s, exit_date = NULL WHERE id = %s$$,
	:a_dan_open, :e_dan), 'nor from saving the enrollment with every column as it was');
SELECT is((SELECT (entry_assessment_id, exit_date)::text FROM hearth.enrollment WHERE id = :e_dan),
	format('(%s,)', :a_dan_open), 'the hidden assessment keeps its place');
SELECT throws_ok(format($$UPDATE hearth.enrollment SET exit_assessment_id = %s WHERE id = %s$$, :a_dan_open, :e_main),
	'23503', 'the exit assessment is not one of this client''s that you can see',
	'but it cannot be named anew');

-- ---- clearing, deleting the assessment ---------------------------------------------

SELECT lives_ok(format($$UPDATE hearth.enrollment SET entry_assessment_id = NULL WHERE id = %s$$, :e_main),
	'alice clears the entry assessment');
:as_postgres
SELECT is((SELECT (assessment_type, enrollment_id, data_collection_stage)::text FROM hearth.assessment WHERE id = :a_entry),
	format('(entry,%s,1)', :e_main), 'the assessment stays, as it was taken');
:as_alice
SELECT lives_ok(format($$UPDATE hearth.enrollment SET entry_assessment_id = %s WHERE id = %s$$, :a_entry, :e_main),
	'and is named again');
SELECT lives_ok(format('DELETE FROM hearth.assessment WHERE id = %s', :a_exit), 'alice deletes the exit assessment');
SELECT is((SELECT (entry_assessment_id, exit_assessment_id)::text FROM hearth.enrollment WHERE id = :e_main),
	format('(%s,)', :a_entry), 'the enrollment no longer names it, and keeps its entry assessment');

-- ---- deleting an enrollment ----------------------------------------------------------

-- Not even her own: the rows naming it (hers or hidden ones) would change.
SELECT throws_ok(format('DELETE FROM hearth.enrollment WHERE id = %s', :e_main), '42501',
	'permission denied for table enrollment',
	'a user deletes no enrollment, not even her own');

SELECT * FROM finish();
ROLLBACK;
