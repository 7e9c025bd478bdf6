-- tests/sql/defaults.sql: what the database fills in for a real HMIS user:
-- the ownership columns (the active organization and the caller), the
-- active organization itself (chosen only among one's own), the created_at /
-- updated_at stamps, and ownership columns that never change.
--
-- Fixtures (tests/sql/run): organizations Harbor, Northside, Riverside;
-- users alice (Harbor), bob (Northside), carol (Riverside), dan (Harbor and
-- Northside), ada (administrator, no organization); MOU M1 (Harbor,
-- Northside). Everything here happens in one transaction, rolled back.
--
-- Acting as a user. SET SESSION AUTHORIZATION, unlike SET ROLE, changes
-- session_user, which is what hearth's identity functions read. HMIS login
-- roles have no TEMP privilege on the database and no rights on objects
-- other roles made, while pgTAP keeps its state in temporary objects that
-- plan() creates, as the superuser, in this session's pg_temp schema
-- (__tcache__, __tcache___id_seq, __tresults___numb_seq). So right after
-- plan() we GRANT them to PUBLIC (pgTAP 1.x does the same itself; the grant
-- keeps us independent of that). A role needs no TEMP privilege to use
-- objects that already exist in the session's own temp schema, only to
-- create new ones; so while acting as a user we call only assertions that
-- create nothing: ok, is, isnt, results_eq, is_empty, throws_ok, lives_ok.
-- (set_eq, bag_eq and their kin CREATE TEMP TABLE and would fail there.)
-- The statements under test run as the user, in the user's own right.

BEGIN;
SELECT plan(50);
\ir lib/as_user.psql

SELECT (SELECT id FROM hearth.organization WHERE name = 'Harbor') AS harbor,
       (SELECT id FROM hearth.organization WHERE name = 'Northside') AS northside,
       (SELECT id FROM hearth.organization WHERE name = 'Riverside') AS riverside,
       (SELECT id FROM hearth.hmis_user WHERE username = 'alice') AS alice_id,
       (SELECT id FROM hearth.hmis_user WHERE username = 'bob') AS bob_id,
       (SELECT id FROM hearth.hmis_user WHERE username = 'dan') AS dan_id
\gset

-- Switching identity: back to the superuser, forget the organization hint,
-- become the user.

-- A Northside client that only Northside may see.
:as_bob
INSERT INTO hearth.client (first_name, intake_sharing) VALUES ('Nora', 'organization');

-- ---- who the caller is -----------------------------------------------------

:as_alice
SELECT is(session_user::text, 'alice', 'SET SESSION AUTHORIZATION makes alice the session user');
SELECT is(hearth.current_user_id(), :alice_id::bigint, 'current_user_id() is alice''s hmis_user id');
SELECT is(hearth.active_org(), :harbor::bigint, 'a one-organization user works in it without choosing');
-- (Whether a user may SET SESSION AUTHORIZATION is not testable here: the
-- connection authenticated as the superuser, so PostgreSQL allows it.)

-- ---- ownership columns filled in ------------------------------------------

INSERT INTO hearth.client (first_name, last_name) VALUES ('Dee', 'Fault');
SELECT is((SELECT created_org FROM hearth.client WHERE first_name = 'Dee'), :harbor::bigint,
	'a client inserted without created_org belongs to the active organization');
SELECT is((SELECT created_by FROM hearth.client WHERE first_name = 'Dee'), :alice_id::bigint,
	'a client inserted without created_by is created by the caller');

INSERT INTO hearth.case_note (client_id, title)
	SELECT id, 'default note' FROM hearth.client WHERE first_name = 'Dee';
SELECT is((SELECT org_id FROM hearth.case_note WHERE title = 'default note'), :harbor::bigint,
	'a case note inserted without org_id belongs to the active organization');
SELECT is((SELECT author_id FROM hearth.case_note WHERE title = 'default note'), :alice_id::bigint,
	'a case note inserted without author_id is written by the caller');
SELECT is((SELECT note_date FROM hearth.case_note WHERE title = 'default note'), hearth.today(),
	'a case note inserted without note_date is dated today');

INSERT INTO hearth.release_exception (client_id, accessing_org)
	SELECT id, :riverside FROM hearth.client WHERE first_name = 'Dee';
SELECT results_eq(
	format($$SELECT granting_org = %s AND created_by = %s AND begin_date = hearth.today()
	         FROM hearth.release_exception$$, :harbor, :alice_id),
	ARRAY[true],
	'a release exception is granted by the active organization, by the caller, from today');

-- The defaults cannot be replaced by somebody else's.
SELECT throws_ok(format($$INSERT INTO hearth.client (first_name, created_org) VALUES ('X', %s)$$, :northside),
	'42501', NULL, 'alice cannot insert a client owned by another organization');
SELECT throws_ok(format($$INSERT INTO hearth.client (first_name, created_by) VALUES ('X', %s)$$, :bob_id),
	'42501', NULL, 'alice cannot insert a client in bob''s name');
SELECT throws_ok(format($$INSERT INTO hearth.case_note (client_id, title, org_id)
	SELECT id, 'X', %s FROM hearth.client WHERE first_name = 'Dee'$$, :northside),
	'42501', NULL, 'alice cannot insert a case note owned by another organization');
SELECT throws_ok(format($$INSERT INTO hearth.case_note (client_id, title, author_id)
	SELECT id, 'X', %s FROM hearth.client WHERE first_name = 'Dee'$$, :bob_id),
	'42501', NULL, 'alice cannot insert a case note in bob''s name');
SELECT throws_ok($$INSERT INTO hearth.client (id, first_name) VALUES (999999, 'X')$$,
	'428C9', NULL, 'a user cannot choose a client''s id');

-- ---- the active organization -----------------------------------------------

SELECT throws_ok(format('SELECT hearth.set_active_org(%s)', :riverside), '42501',
	format('you are not a member of organization %s', :riverside),
	'set_active_org refuses an organization the caller is not a member of');
SELECT throws_ok('SELECT hearth.set_active_org(NULL)', '42501', NULL,
	'set_active_org refuses NULL');
SELECT throws_ok('SELECT hearth.set_active_org(999999)', '42501', NULL,
	'set_active_org refuses an organization that does not exist');

SET hearth.active_org = :'northside';
SELECT is(current_setting('hearth.active_org'), :'northside',
	'a user can SET hearth.active_org to a foreign organization ...');
SELECT is(hearth.active_org(), :harbor::bigint,
	'... but hearth.active_org() ignores it: still her own organization');
INSERT INTO hearth.client (first_name) VALUES ('Spoof');
SELECT is((SELECT created_org FROM hearth.client WHERE first_name = 'Spoof'), :harbor::bigint,
	'a client inserted under the foreign hint still belongs to her organization');
SELECT is((SELECT count(*) FROM hearth.client WHERE first_name = 'Nora'), 0::bigint,
	'the foreign hint does not show the foreign organization''s restricted client');
SET hearth.active_org = '1 OR true';
SELECT is(hearth.active_org(), :harbor::bigint, 'a malformed hint is ignored');

-- ---- a user of two organizations -------------------------------------------

:as_dan
SELECT is(hearth.active_org(), :harbor::bigint,
	'without a choice, a user works in the first of their organizations');
SELECT is(hearth.set_active_org(:northside), :northside::bigint,
	'set_active_org accepts one of the caller''s organizations');
SELECT is(hearth.active_org(), :northside::bigint, '... and it becomes the active organization');
INSERT INTO hearth.client (first_name) VALUES ('Dan-N');
SELECT results_eq(
	$$SELECT created_org, created_by FROM hearth.client WHERE first_name = 'Dan-N'$$,
	format('VALUES (%s::bigint, %s::bigint)', :northside, :dan_id),
	'dan''s client belongs to his chosen organization and to him');
INSERT INTO hearth.case_note (client_id, title)
	SELECT id, 'dan note' FROM hearth.client WHERE first_name = 'Dan-N';
SELECT results_eq(
	$$SELECT org_id, author_id FROM hearth.case_note WHERE title = 'dan note'$$,
	format('VALUES (%s::bigint, %s::bigint)', :northside, :dan_id),
	'dan''s case note belongs to his chosen organization and to him');
SET hearth.active_org = :'harbor';
SELECT is(hearth.active_org(), :harbor::bigint,
	'SET hearth.active_org chooses among the caller''s own organizations');
RESET hearth.active_org;
SELECT is(hearth.active_org(), :northside::bigint,
	'without a hint, the organization last chosen with set_active_org is the default');

-- ---- stamps: created_at kept, updated_at moved on update ----------------------

-- Inside one transaction now() does not move, so we date the rows back
-- (as the superuser, with triggers off: session_replication_role) and check
-- that an update by the user stamps updated_at with now() and keeps created_at.
:as_postgres
SET session_replication_role = replica;
UPDATE hearth.client SET created_at = '2001-02-03 04:05:06+00', updated_at = '2001-02-03 04:05:06+00'
	WHERE first_name = 'Dee';
UPDATE hearth.case_note SET created_at = '2001-02-03 04:05:06+00', updated_at = '2001-02-03 04:05:06+00'
	WHERE title = 'default note';
RESET session_replication_role;

:as_alice
UPDATE hearth.client SET last_name = 'Changed' WHERE first_name = 'Dee';
SELECT results_eq(
	$$SELECT updated_at = now(), created_at = '2001-02-03 04:05:06+00' FROM hearth.client WHERE first_name = 'Dee'$$,
	$$VALUES (true, true)$$,
	'updating a client stamps updated_at and keeps created_at');
UPDATE hearth.case_note SET body = 'more' WHERE title = 'default note';
SELECT results_eq(
	$$SELECT updated_at = now(), created_at = '2001-02-03 04:05:06+00' FROM hearth.case_note WHERE title = 'default note'$$,
	$$VALUES (true, true)$$,
	'updating a case note stamps updated_at and keeps created_at');

-- ---- ownership columns never change -----------------------------------------

SELECT throws_ok(format($$UPDATE hearth.client SET created_org = %s WHERE first_name = 'Dee'$$, :northside),
	'42501', NULL, 'a user cannot change a client''s created_org');
SELECT throws_ok(format($$UPDATE hearth.client SET created_by = %s WHERE first_name = 'Dee'$$, :bob_id),
	'42501', NULL, 'a user cannot change a client''s created_by');
SELECT throws_ok(format($$UPDATE hearth.case_note SET org_id = %s WHERE title = 'default note'$$, :northside),
	'42501', NULL, 'a user cannot change a case note''s org_id');
SELECT throws_ok(format($$UPDATE hearth.case_note SET author_id = %s WHERE title = 'default note'$$, :bob_id),
	'42501', NULL, 'a user cannot change a case note''s author_id');
SELECT throws_ok($$UPDATE hearth.case_note SET client_id = client_id + 0 WHERE title = 'default note'$$,
	'42501', NULL, 'a user cannot move a case note to another client');

-- Behind the column privileges, the guard trigger holds even for a role that
-- could write the column (here the superuser).
:as_postgres
SELECT throws_ok(format($$UPDATE hearth.client SET created_org = %s WHERE first_name = 'Dee'$$, :northside),
	'42501', 'created_org of a client record cannot be changed',
	'created_org cannot be changed, even by the superuser');
SELECT throws_ok(format($$UPDATE hearth.case_note SET org_id = %s WHERE title = 'default note'$$, :northside),
	'42501', 'org_id of a case_note record cannot be changed',
	'a case note''s org_id cannot be changed, even by the superuser');
UPDATE hearth.client SET created_at = '1999-01-01', updated_at = '1999-01-01' WHERE first_name = 'Dee';
SELECT results_eq(
	$$SELECT created_at = '2001-02-03 04:05:06+00', updated_at = now() FROM hearth.client WHERE first_name = 'Dee'$$,
	$$VALUES (true, true)$$,
	'created_at and updated_at are stamped by the database, whatever an update says');
SELECT results_eq(
	$$SELECT created_org, created_by FROM hearth.client WHERE first_name = 'Dee'$$,
	format('VALUES (%s::bigint, %s::bigint)', :harbor, :alice_id),
	'after all that, the client still belongs to Harbor and alice');

-- SET ROLE changes current_user, not session_user: it gives no identity.
SET ROLE alice;
SELECT is(hearth.current_user_id(), NULL::bigint, 'SET ROLE alice (session user postgres) is nobody');
SELECT is((SELECT count(*) FROM hearth.client), 0::bigint, '... and sees no client');
RESET ROLE;

-- ---- users who are nobody ---------------------------------------------------

:as_carol
SELECT is((SELECT count(*) FROM hearth.client WHERE first_name = 'Dee'), 1::bigint,
	'carol sees alice''s globally shared client');
:as_postgres
UPDATE hearth.hmis_user SET disabled_at = now() WHERE username = 'carol';
:as_carol
SELECT is(hearth.current_user_id(), NULL::bigint, 'a disabled user is nobody');
SELECT is(hearth.active_org(), NULL::bigint, 'a disabled user has no active organization');
SELECT is((SELECT count(*) FROM hearth.client), 0::bigint, 'a disabled user sees no client, not even global ones');
SELECT throws_ok($$INSERT INTO hearth.client (first_name) VALUES ('X')$$, '42501', NULL,
	'a disabled user cannot insert a client');
SELECT throws_ok(format('SELECT hearth.set_active_org(%s)', :riverside), '42501', NULL,
	'a disabled user cannot choose an organization, even their own');

:as_ada
SELECT is(hearth.active_org(), NULL::bigint, 'an administrator without an organization has no active organization');
SELECT is((SELECT count(*) FROM hearth.client), 0::bigint, 'being an administrator shows no client data');

:as_postgres
SELECT * FROM finish();
ROLLBACK;
