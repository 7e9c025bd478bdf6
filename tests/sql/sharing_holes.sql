-- tests/sql/sharing_holes.sql: the five holes of issue 10, closed: a merge
-- never widens sharing (022), paused operations are their author's and
-- vouch for nothing (023), the intake-release cache takes turns per client
-- (024; the interleaving itself is tested with two connections in
-- tests/security/intake_race.sh), and the merge log is client data (022).
--
-- Fixtures (tests/sql/run): organizations Harbor, Northside, Riverside;
-- users alice (Harbor), bob (Northside), carol (Riverside), dan (Harbor and
-- Northside), ada (administrator, no organization); MOU M1 (Harbor,
-- Northside). Here: hole_admin, an administrator working in Harbor. One
-- transaction, rolled back. See policies.sql for acting as a user.

BEGIN;
SELECT plan(26);
\ir lib/as_user.psql

CREATE ROLE hole_admin NOLOGIN IN ROLE hearth_user, hearth_admin;
INSERT INTO hearth.hmis_user (username, full_name) VALUES ('hole_admin', 'Hole Admin');
INSERT INTO hearth.membership (user_id, org_id)
	SELECT u.id, o.id FROM hearth.hmis_user u, hearth.organization o
	WHERE u.username = 'hole_admin' AND o.name = 'Harbor';
\set as_hole_admin 'RESET SESSION AUTHORIZATION; RESET ROLE; RESET hearth.active_org; SET SESSION AUTHORIZATION hole_admin;'
SELECT (SELECT id FROM hearth.organization WHERE name = 'Harbor') AS harbor,
       (SELECT id FROM hearth.organization WHERE name = 'Northside') AS northside,
       (SELECT id FROM hearth.organization WHERE name = 'Riverside') AS riverside,
       (SELECT id FROM hearth.mou WHERE name = 'M1') AS m1
\gset

:as_alice
INSERT INTO hearth.client (first_name, last_name) VALUES ('Gale', 'Global'), ('Gwen', 'Global');
INSERT INTO hearth.client (first_name, last_name, intake_sharing) VALUES ('Oona', 'Orgonly', 'organization');
:as_bob
INSERT INTO hearth.client (first_name, last_name, intake_sharing, mou_id) VALUES ('Bea', 'Mou', 'mou', :m1);
:as_postgres
SELECT (SELECT id FROM hearth.client WHERE first_name = 'Gale') AS gale,
       (SELECT id FROM hearth.client WHERE first_name = 'Gwen') AS gwen,
       (SELECT id FROM hearth.client WHERE first_name = 'Oona') AS oona,
       (SELECT id FROM hearth.client WHERE first_name = 'Bea') AS bea
\gset
:as_alice
INSERT INTO hearth.case_note (client_id, title) VALUES (:gale, 'gale open');
INSERT INTO hearth.case_note (client_id, title, restriction) VALUES (:gale, 'gale org', 'organization');

-- ===========================================================================
-- 1. A merge never widens sharing.
-- ===========================================================================

:as_postgres
SELECT ok(hearth.merge_shared_alike(:gale, :gwen), 'two global clients of one organization are shared alike');
SELECT ok(NOT hearth.merge_shared_alike(:gale, :oona), 'a global and an organization-only client are not');
SELECT ok(NOT hearth.merge_shared_alike(:gale, :bea), 'clients of two organizations are not');
:as_alice
INSERT INTO hearth.release_exception (client_id, accessing_org) VALUES (:gwen, :riverside);
:as_postgres
SELECT ok(NOT hearth.merge_shared_alike(:gale, :gwen), 'a release exception on one only makes them differ');

:as_bob
SELECT is((SELECT count(*) FROM hearth.case_note WHERE title = 'gale open'), 0::bigint,
	'Northside does not read Harbor''s note about a global client in no MOU');
:as_hole_admin
SELECT hearth.merge_clients(:bea, :gale) AS merge1 \gset
:as_bob
SELECT is((SELECT count(*) FROM hearth.case_note WHERE title = 'gale open'), 0::bigint,
	'merged into Northside''s client in the Harbor+Northside MOU, it is still not Northside''s to read');
:as_alice
SELECT results_eq($$SELECT title, restriction FROM hearth.case_note WHERE title LIKE 'gale%' ORDER BY title$$,
	$$VALUES ('gale open'::text, 'organization'::text), ('gale org', 'organization')$$,
	'its unrestricted note moved restricted to Harbor, which still reads both');
SELECT is((SELECT client_id FROM hearth.case_note WHERE title = 'gale open'), :bea::bigint,
	'the note is about the kept client now');
:as_hole_admin
SELECT is((SELECT kept_id FROM hearth.client_merge WHERE id = :merge1), :bea::bigint,
	'an administrator who sees both clients reads the merge');
SELECT throws_ok(format('SELECT moved FROM hearth.client_merge WHERE id = %s', :merge1), '42501', NULL,
	'but not what it moved');
:as_ada
SELECT is((SELECT count(*) FROM hearth.client_merge), 0::bigint,
	'an administrator who sees neither client reads no merge');
:as_hole_admin
SELECT lives_ok(format('SELECT hearth.undo_merge(%s)', :merge1), 'the merge is undone');
:as_alice
SELECT results_eq($$SELECT client_id, restriction FROM hearth.case_note WHERE title = 'gale open'$$,
	format('VALUES (%s::bigint, %L::text)', :gale, 'none'),
	'undo gives the note back its client and its restriction');

-- ===========================================================================
-- 2 and 3. Paused operations: their author's; what they name is re-read.
-- ===========================================================================

:as_alice
INSERT INTO hearth.paused_operation (form, title, client_id, shared, entries)
VALUES ('workflow/intake', 'shared', :gale, true, '{"body": "typed"}'),
       ('case_note', 'mine', :gale, false, '{"body": "my own"}');
SELECT throws_ok(format($$INSERT INTO hearth.paused_operation (form, title, client_id, shared, entries)
	VALUES ('workflow/intake', 'x', %s, true, '{"@restriction": "user"}')$$, :gale), '23514', NULL,
	'a workflow restricted to its author cannot be shared');
SELECT throws_ok(format($$INSERT INTO hearth.paused_operation (form, title, client_id, shared)
	VALUES ('case_note', 'x', %s, true)$$, :gale), '23514', NULL, 'a paused form cannot be shared');
:as_dan
SELECT hearth.set_active_org(:harbor) \gset
SELECT results_eq('SELECT title FROM hearth.paused_operation ORDER BY title', ARRAY['shared'],
	'a colleague reads the shared workflow, not the paused form');
SELECT hearth.set_active_org(:northside) \gset
SELECT is_empty('SELECT title FROM hearth.paused_operation',
	'the same user working for another organization reads none');
:as_bob
SELECT is_empty('SELECT title FROM hearth.paused_operation', 'another organization reads none');
SELECT is((SELECT count(*) FROM hearth.paused_operation WHERE client_id = :gale), 0::bigint,
	'not even about a client it sees');
:as_alice
SELECT id AS op FROM hearth.paused_operation WHERE title = 'shared' \gset
SELECT id AS gale_note FROM hearth.case_note WHERE title = 'gale open' \gset
SELECT ok(hearth.paused_record_ok(:op, 'case_note', :gale_note),
	'a row of the operation''s own client and organization passes');
SELECT ok(hearth.paused_record_ok(:op, 'client', :gale), 'so does its own client');
SELECT ok(NOT hearth.paused_record_ok(:op, 'client', :oona), 'another client does not');
:as_bob
INSERT INTO hearth.case_note (client_id, title) VALUES (:gale, 'bob on gale');
:as_alice
SELECT ok(NOT hearth.paused_record_ok(:op, 'case_note',
	(SELECT id FROM hearth.case_note WHERE title = 'bob on gale')),
	'a row of another organization does not, even about the same client');

-- ===========================================================================
-- 4. The intake-release cache takes turns per client.
-- ===========================================================================

:as_postgres
SELECT is((SELECT turns FROM hearth.intake_release_turn WHERE client_id = :gwen), 2::bigint,
	'a release exception''s refreshes took its client''s turn (the cache''s and, since 081, its aliases'' marks)');
:as_alice
UPDATE hearth.client SET intake_sharing = 'mou' WHERE id = :gwen;
:as_postgres
SELECT is((SELECT turns FROM hearth.intake_release_turn WHERE client_id = :gwen), 4::bigint,
	'so did both refreshes after its sharing level changed (the cache''s and, since 080, its aliases'' rows)');
SELECT is((SELECT count(*) FROM hearth.intake_release i JOIN hearth.release_exception r ON r.id = i.exception_id
           WHERE r.client_id = :gwen), 1::bigint, 'and the cache holds its exception, now that it opens the intake');
SELECT * FROM finish();
ROLLBACK;
