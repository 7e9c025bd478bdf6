-- tests/sql/change_refusal.sql: hearth.change_refusal and hearth.record_marks
-- (050): whether the caller may change a record, and why not, as the
-- database's own rules say; nothing about rows the caller cannot see.
--
-- Fixtures (tests/sql/run): organizations Harbor, Northside, Riverside;
-- users alice (Harbor), bob (Northside), carol (Riverside), dan (Harbor and
-- Northside); MOU M1 (Harbor, Northside). One transaction, rolled back.

BEGIN;
SELECT plan(22);
\ir lib/as_user.psql

SELECT (SELECT id FROM hearth.mou WHERE name = 'M1') AS m1,
       (SELECT id FROM hearth.organization WHERE name = 'Harbor') AS harbor \gset
:as_alice
INSERT INTO hearth.client (first_name, last_name, mou_id) VALUES ('Cora', 'Refusal', :m1);
INSERT INTO hearth.client (first_name, last_name, intake_sharing) VALUES ('Hana', 'Hidden', 'organization');
:as_postgres
SELECT (SELECT id FROM hearth.client WHERE last_name = 'Refusal') AS cora,
       (SELECT id FROM hearth.client WHERE last_name = 'Hidden') AS hana \gset
:as_alice
INSERT INTO hearth.case_note (client_id, title) VALUES (:cora, 'open note');
INSERT INTO hearth.case_note (client_id, title, restriction) VALUES (:cora, 'alice only', 'user');
INSERT INTO hearth.case_note (client_id, title, read_only) VALUES (:cora, 'frozen', true);
INSERT INTO hearth.case_note (client_id, title) VALUES (:hana, 'hidden note');
:as_postgres
SELECT (SELECT id FROM hearth.case_note WHERE title = 'open note') AS open_note,
       (SELECT id FROM hearth.case_note WHERE title = 'alice only') AS mine,
       (SELECT id FROM hearth.case_note WHERE title = 'frozen') AS frozen,
       (SELECT id FROM hearth.case_note WHERE title = 'hidden note') AS hidden \gset

-- the author's organization may change its records
SELECT xmin::text AS open_xmin FROM hearth.case_note WHERE id = :open_note \gset
:as_alice
SELECT is(hearth.change_refusal('case_note', :open_note), NULL, 'alice may change her organization''s note');
SELECT is(hearth.change_refusal('case_note', :mine), NULL, 'and her own restricted one');
SELECT is(hearth.change_refusal('client', :cora), NULL, 'and the intake Harbor made');
SELECT matches(hearth.change_refusal('case_note', :frozen), 'read-only',
	'a read-only note: the trigger''s own sentence');
SELECT is(hearth.change_refusal('case_note', :frozen, 'read_only', 'false'), NULL,
	'but clearing its mark is allowed to its organization');
SELECT is((SELECT xmin::text FROM hearth.case_note WHERE id = :open_note), :'open_xmin',
	'asking changes nothing (the probe is rolled back)');

-- another organization that sees them through the MOU may only read
:as_bob
SELECT is(hearth.change_refusal('case_note', :open_note),
	'This record is Harbor''s: it is shared with you to read, not to change.',
	'Northside reads Harbor''s note through the MOU, and is told why it may not change it');
SELECT is(hearth.change_refusal('client', :cora),
	'This record is Harbor''s: it is shared with you to read, not to change.',
	'nor Harbor''s intake');
SELECT isnt(hearth.change_refusal('case_note', :frozen, 'read_only', 'false'), NULL,
	'nor clear the read-only mark of Harbor''s note');

-- a row the caller cannot see is told apart from nothing
SELECT is(hearth.change_refusal('case_note', :mine),
	'That record is not there, or it is not shared with you.',
	'a note restricted to alice: the same sentence as no note at all');
SELECT is(hearth.change_refusal('case_note', :hidden),
	'That record is not there, or it is not shared with you.',
	'a note about a client bob may not see: the same');
SELECT is(hearth.change_refusal('case_note', 999999999),
	'That record is not there, or it is not shared with you.', 'a note that does not exist');
SELECT is(hearth.change_refusal('client', :hana),
	'That record is not there, or it is not shared with you.', 'a hidden client');
SELECT throws_ok(format('SELECT hearth.change_refusal(%L, 1)', 'case_note; DROP TABLE x'),
	'42P01', NULL, 'a table name is a name, never SQL');
SELECT throws_ok($$SELECT hearth.change_refusal('pg_authid', 1)$$,
	'42P01', NULL, 'only hearth''s own tables');

-- the same organization, another user: a record restricted to its author
:as_dan
SELECT set_config('hearth.active_org', :'harbor', false);
SELECT is(hearth.change_refusal('case_note', :open_note), NULL, 'dan, in Harbor, may change Harbor''s note');
SELECT is(hearth.change_refusal('case_note', :mine),
	'That record is not there, or it is not shared with you.',
	'alice''s restricted note is not even seen by dan');

-- the lists' marks
:as_bob
SELECT results_eq(
	format('SELECT id, author, organization, refusal IS NULL FROM hearth.record_marks(%L, ARRAY[%s, %s, %s, %s]::bigint[]) ORDER BY id',
	       'case_note', :open_note, :mine, :frozen, :hidden),
	format('VALUES (%s::bigint, %L::text, %L::text, false), (%s, %L, %L, false)',
	       :open_note, 'alice', 'Harbor', :frozen, 'alice', 'Harbor'),
	'bob''s marks: the notes he sees, by whom, whose, read-only; nothing of the others');
:as_alice
SELECT results_eq(
	format('SELECT id, refusal IS NULL FROM hearth.record_marks(%L, ARRAY[%s, %s, %s]::bigint[]) ORDER BY id',
	       'case_note', :open_note, :mine, :frozen),
	format('VALUES (%s::bigint, true), (%s, true), (%s, false)', :open_note, :mine, :frozen),
	'alice''s: hers to change but the read-only one');

-- SECURITY INVOKER, and for users only
:as_postgres
SELECT is((SELECT prosecdef FROM pg_proc WHERE proname = 'change_refusal'), false,
	'change_refusal runs as its caller');
SELECT is((SELECT prosecdef FROM pg_proc WHERE proname = 'record_marks'), false,
	'record_marks runs as its caller');
SELECT ok(NOT has_function_privilege('public', 'hearth.change_refusal(text, bigint, text, text)', 'EXECUTE'),
	'PUBLIC may not call it');

SELECT * FROM finish();
ROLLBACK;
