-- tests/sql/policies.sql: the row-level security policies, as declared
-- (per table: which policies, for which command, for which roles) and as
-- they behave for real users: the client intake sharing levels, the
-- transaction restrictions, MOUs and release exceptions with their dates,
-- read-only case notes, and the audit log.
--
-- Fixtures (tests/sql/run): organizations Harbor, Northside, Riverside;
-- users alice (Harbor), bob (Northside), carol (Riverside), dan (Harbor and
-- Northside), ada (administrator, no organization); MOU M1 (Harbor,
-- Northside). Everything here happens in one transaction, rolled back.
--
-- Acting as a user: SET SESSION AUTHORIZATION (which, unlike SET ROLE,
-- changes session_user, hearth's identity). HMIS login roles have no TEMP
-- privilege and no rights on the superuser's objects, while pgTAP keeps its
-- state in temporary objects in this session's pg_temp schema; right after
-- plan() we GRANT those to PUBLIC (pgTAP 1.x also does), and while acting as
-- a user we call only assertions that create no temporary table (ok, is,
-- results_eq, is_empty, throws_ok, lives_ok; not set_eq or bag_eq). Rows are
-- compared in a fixed ORDER BY for that reason.

BEGIN;
SELECT plan(505);
\ir lib/as_user.psql

SELECT (SELECT id FROM hearth.organization WHERE name = 'Harbor') AS harbor,
       (SELECT id FROM hearth.organization WHERE name = 'Northside') AS northside,
       (SELECT id FROM hearth.organization WHERE name = 'Riverside') AS riverside,
       (SELECT id FROM hearth.mou WHERE name = 'M1') AS m1,
       (SELECT id FROM hearth.hmis_user WHERE username = 'alice') AS alice_id
\gset

\set as_dan_harbor 'RESET SESSION AUTHORIZATION; RESET hearth.active_org; SET SESSION AUTHORIZATION dan; DO $$ BEGIN PERFORM hearth.set_active_org(hearth.org_id(''Harbor'')); END $$;'
\set as_dan_northside 'RESET SESSION AUTHORIZATION; RESET hearth.active_org; SET SESSION AUTHORIZATION dan; DO $$ BEGIN PERFORM hearth.set_active_org(hearth.org_id(''Northside'')); END $$;'

-- ===========================================================================
-- The policies as declared.
-- ===========================================================================

CREATE TEMP TABLE expected_policy (tbl name, pol name, cmd text, roles name[]);
INSERT INTO expected_policy VALUES
	('client', 'owner_all', 'ALL', '{hearth_owner}'),
	('client', 'client_read', 'SELECT', '{hearth_user}'),
	('client', 'client_add', 'INSERT', '{hearth_user}'),
	('client', 'client_change', 'UPDATE', '{hearth_user}'),
	('client_alias_order', 'owner_all', 'ALL', '{hearth_owner}'),
	('client_alias_order', 'alias_order_read', 'SELECT', '{hearth_user}'),
	('release_exception', 'owner_all', 'ALL', '{hearth_owner}'),
	('release_exception', 'release_read', 'SELECT', '{hearth_user}'),
	('release_exception', 'release_add', 'INSERT', '{hearth_user}'),
	('release_exception', 'release_change', 'UPDATE', '{hearth_user}'),
	('release_exception', 'release_end', 'DELETE', '{hearth_user}'),
	('program', 'owner_all', 'ALL', '{hearth_owner}'),
	('program', 'directory_read', 'SELECT', '{hearth_user}'),
	('program', 'directory_write', 'ALL', '{hearth_user}'),
	('grant', 'owner_all', 'ALL', '{hearth_owner}'),
	('grant', 'directory_read', 'SELECT', '{hearth_user}'),
	('grant', 'directory_write', 'ALL', '{hearth_user}'),
	('project_coc', 'owner_all', 'ALL', '{hearth_owner}'),
	('project_coc', 'directory_read', 'SELECT', '{hearth_user}'),
	('project_coc', 'directory_write', 'ALL', '{hearth_user}'),
	('family', 'owner_all', 'ALL', '{hearth_owner}'),
	('family', 'family_read', 'SELECT', '{hearth_user}'),
	('family', 'family_add', 'INSERT', '{hearth_user}'),
	('family', 'family_change', 'UPDATE', '{hearth_user}'),
	('family_member', 'owner_all', 'ALL', '{hearth_owner}'),
	('family_member', 'member_read', 'SELECT', '{hearth_user}'),
	('family_member', 'member_add', 'INSERT', '{hearth_user}'),
	('family_member', 'member_change', 'UPDATE', '{hearth_user}'),
	('family_member', 'member_remove', 'DELETE', '{hearth_user}'),
	('audit_log', 'owner_all', 'ALL', '{hearth_owner}'),
	('audit_log', 'auditor_read', 'SELECT', '{hearth_auditor}'),
	('paused_operation', 'owner_all', 'ALL', '{hearth_owner}'),
	('paused_operation', 'paused_read', 'SELECT', '{hearth_user}'),
	('paused_operation', 'paused_add', 'INSERT', '{hearth_user}'),
	('paused_operation', 'paused_change', 'UPDATE', '{hearth_user}'),
	('paused_operation', 'paused_remove', 'DELETE', '{hearth_user}'),
	('client_photo', 'owner_all', 'ALL', '{hearth_owner}'),
	('client_photo', 'photo_read', 'SELECT', '{hearth_user}'),
	('client_photo', 'photo_add', 'INSERT', '{hearth_user}'),
	('client_photo', 'photo_change', 'UPDATE', '{hearth_user}'),
	('client_photo', 'photo_remove', 'DELETE', '{hearth_user}'),
	('client_document', 'owner_all', 'ALL', '{hearth_owner}'),
	('client_document', 'document_read', 'SELECT', '{hearth_user}'),
	('client_document', 'document_add', 'INSERT', '{hearth_user}'),
	('client_document', 'document_change', 'UPDATE', '{hearth_user}'),
	('client_document', 'document_remove', 'DELETE', '{hearth_user}'),
	('family_alias', 'owner_all', 'ALL', '{hearth_owner}'),
	('family_alias', 'family_alias_read', 'SELECT', '{hearth_user}'),
	('client_merge', 'owner_all', 'ALL', '{hearth_owner}'),
	('client_merge', 'merge_read', 'SELECT', '{hearth_user}'),
	('client_merge', 'auditor_read', 'SELECT', '{hearth_auditor}'),
	('intake_release', 'owner_all', 'ALL', '{hearth_owner}'),
	('intake_release_turn', 'owner_all', 'ALL', '{hearth_owner}'),
	('client_alert', 'owner_all', 'ALL', '{hearth_owner}'),
	('client_alert', 'alert_read', 'SELECT', '{hearth_user}'),
	('client_alert', 'alert_add', 'INSERT', '{hearth_user}'),
	('client_alert', 'alert_change', 'UPDATE', '{hearth_user}'),
	('client_alert', 'alert_remove', 'DELETE', '{hearth_user}'),
	('employer', 'owner_all', 'ALL', '{hearth_owner}'),
	('employer', 'employer_read', 'SELECT', '{hearth_user}'),
	('employer', 'employer_add', 'INSERT', '{hearth_user}'),
	('employer', 'employer_change', 'UPDATE', '{hearth_user}');
INSERT INTO expected_policy
SELECT t, p, c, r
FROM unnest(ARRAY['enrollment', 'service', 'assessment', 'case_note', 'case_manager',
                  'client_alias', 'client_address', 'interested_other', 'client_file',
                  'task',
                  -- the HUD data elements (072)
                  'income_benefits', 'non_cash_benefits', 'health_insurance', 'disabilities',
                  'health_and_dv', 'employment_education', 'current_living_situation',
                  'youth_education_status', 'prior_living_situation',
                  -- the informational assessments (075)
                  'veteran_info', 'education', 'employment', 'health', 'financial',
                  'work_history']::name[]) t,
     (VALUES ('owner_all'::name, 'ALL', '{hearth_owner}'::name[]),
             ('transaction_read', 'SELECT', '{hearth_user}'),
             ('transaction_add', 'INSERT', '{hearth_user}'),
             ('transaction_change', 'UPDATE', '{hearth_user}'),
             ('transaction_remove', 'DELETE', '{hearth_user}')) AS x(p, c, r);

SELECT policies_are('hearth', tbl, array_agg(pol),
	'hearth.' || tbl || ' has exactly the expected policies')
FROM expected_policy GROUP BY tbl ORDER BY tbl;
SELECT policy_cmd_is('hearth', tbl, pol, cmd,
	'policy ' || pol || ' on hearth.' || tbl || ' is for ' || cmd)
FROM expected_policy ORDER BY tbl, pol;
SELECT policy_roles_are('hearth', tbl, pol, roles,
	'policy ' || pol || ' on hearth.' || tbl || ' applies to ' || array_to_string(roles, ', '))
FROM expected_policy ORDER BY tbl, pol;
SELECT is_empty(
	$$SELECT DISTINCT c.relname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
	  WHERE c.relnamespace = 'hearth'::regnamespace
	    AND c.relname NOT IN (SELECT tbl FROM expected_policy)$$,
	'no table in hearth has policies that this file does not check');
SELECT is_empty(
	$$SELECT c.relname, p.polname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
	  WHERE c.relnamespace = 'hearth'::regnamespace AND NOT p.polpermissive$$,
	'every policy in hearth is permissive (the rules are alternatives)');

-- ===========================================================================
-- Client intake: the sharing levels.
-- ===========================================================================

-- Harbor's clients: Gail (global), Mona (MOU M1), Olga (organization only),
-- Rita (MOU level, in no MOU: shared by release exception only).
-- Northside's client: Nick (global).
:as_alice
INSERT INTO hearth.client (first_name, intake_sharing, mou_id) VALUES
	('Gail', 'global', NULL), ('Mona', 'mou', :m1),
	('Olga', 'organization', NULL), ('Rita', 'mou', NULL);
INSERT INTO hearth.program (name) VALUES ('Harbor Shelter');
:as_bob
INSERT INTO hearth.client (first_name) VALUES ('Nick');
:as_postgres
SELECT (SELECT id FROM hearth.client WHERE first_name = 'Gail') AS gail,
       (SELECT id FROM hearth.client WHERE first_name = 'Mona') AS mona,
       (SELECT id FROM hearth.client WHERE first_name = 'Olga') AS olga,
       (SELECT id FROM hearth.client WHERE first_name = 'Rita') AS rita
\gset

:as_alice
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name',
	ARRAY['Gail', 'Mona', 'Nick', 'Olga', 'Rita'],
	'alice (Harbor) sees every client Harbor created, and Northside''s global one');
:as_dan_harbor
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name',
	ARRAY['Gail', 'Mona', 'Nick', 'Olga', 'Rita'],
	'dan working in Harbor sees what Harbor sees');
:as_bob
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name',
	ARRAY['Gail', 'Mona', 'Nick'],
	'bob (Northside) sees global clients and Harbor''s client in their shared MOU, not organization or release-only ones');
SELECT results_eq('SELECT first_name FROM hearth.client_summary ORDER BY first_name',
	ARRAY['Gail', 'Mona', 'Nick'],
	'the client_summary view shows bob exactly the clients he may see');
:as_dan_northside
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name',
	ARRAY['Gail', 'Mona', 'Nick'],
	'dan working in Northside sees what Northside sees, not Harbor''s restricted clients');
:as_carol
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name',
	ARRAY['Gail', 'Nick'],
	'carol (Riverside, in no MOU) sees the global clients only');
:as_ada
SELECT is_empty('SELECT first_name FROM hearth.client',
	'an administrator without an organization sees no client');

-- Release exceptions: Harbor releases Rita and Olga to Riverside.
:as_alice
INSERT INTO hearth.release_exception (client_id, accessing_org)
	SELECT id, :riverside FROM hearth.client WHERE first_name IN ('Rita', 'Olga');
:as_carol
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name',
	ARRAY['Gail', 'Nick', 'Rita'],
	'a release exception shows an MOU-level client to the accessing organization, never an organization-level one');
SELECT results_eq('SELECT client_id FROM hearth.release_exception ORDER BY client_id',
	ARRAY[:rita::bigint],
	'the accessing organization sees the release exceptions of clients it can see');
:as_bob
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name',
	ARRAY['Gail', 'Mona', 'Nick'],
	'a release exception to Riverside shows nothing more to Northside');
SELECT is_empty('SELECT id FROM hearth.release_exception',
	'other organizations do not see the release exceptions');

-- ... only while it is in force.
:as_alice
UPDATE hearth.release_exception SET begin_date = hearth.today() - 10, end_date = hearth.today() - 1
	WHERE client_id = :rita;
:as_carol
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name', ARRAY['Gail', 'Nick'],
	'an ended release exception shows nothing');
:as_alice
UPDATE hearth.release_exception SET begin_date = hearth.today() + 1, end_date = NULL
	WHERE client_id = :rita;
:as_carol
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name', ARRAY['Gail', 'Nick'],
	'a release exception that begins tomorrow shows nothing yet');
:as_alice
UPDATE hearth.release_exception SET begin_date = hearth.today(), end_date = hearth.today()
	WHERE client_id = :rita;
:as_carol
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name', ARRAY['Gail', 'Nick', 'Rita'],
	'a release exception that begins and ends today is in force today');
:as_carol
UPDATE hearth.release_exception SET end_date = NULL WHERE client_id = :rita;
DELETE FROM hearth.release_exception WHERE client_id = :rita;
:as_postgres
SELECT results_eq(format('SELECT end_date = hearth.today() FROM hearth.release_exception WHERE client_id = %s', :rita),
	ARRAY[true], 'the accessing organization can neither change nor end a release exception');
:as_alice
DELETE FROM hearth.release_exception;

-- MOUs: only while the membership is in force.
:as_postgres
UPDATE hearth.mou_member SET begin_date = hearth.today() - 10, end_date = hearth.today() - 1
	WHERE mou_id = :m1 AND org_id = :northside;
:as_bob
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name', ARRAY['Gail', 'Nick'],
	'after Northside''s MOU membership ended, bob no longer sees Harbor''s MOU client');
:as_postgres
UPDATE hearth.mou_member SET begin_date = hearth.today() + 1, end_date = NULL
	WHERE mou_id = :m1 AND org_id = :northside;
:as_bob
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name', ARRAY['Gail', 'Nick'],
	'before Northside''s MOU membership begins, bob does not see Harbor''s MOU client');
:as_postgres
UPDATE hearth.mou_member SET begin_date = hearth.today(), end_date = NULL
	WHERE mou_id = :m1 AND org_id = :northside;
-- Sharing to an MOU is Harbor's: once Harbor's own membership has ended, its
-- MOU-level clients are no longer shared with the MOU's other members.
UPDATE hearth.mou_member SET begin_date = hearth.today() - 10, end_date = hearth.today() - 1
	WHERE mou_id = :m1 AND org_id = :harbor;
:as_bob
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name', ARRAY['Gail', 'Nick'],
	'after Harbor''s MOU membership ended, Northside no longer sees Harbor''s MOU client');
:as_postgres
UPDATE hearth.mou_member SET begin_date = hearth.today(), end_date = NULL
	WHERE mou_id = :m1 AND org_id = :harbor;
:as_bob
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name', ARRAY['Gail', 'Mona', 'Nick'],
	'with both memberships in force again, bob sees Harbor''s MOU client');

-- Only the creating organization decides who sees its intake: Northside,
-- which sees Mona through the MOU, cannot release Harbor's intake to
-- Riverside (whether or not it may record the exception for its own
-- transactions).
:as_bob
DO $$
BEGIN
	INSERT INTO hearth.release_exception (client_id, accessing_org)
	SELECT id, hearth.org_id('Riverside') FROM hearth.client WHERE first_name = 'Mona';
EXCEPTION WHEN insufficient_privilege THEN
	NULL;
END $$;
:as_carol
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name', ARRAY['Gail', 'Nick'],
	'a release exception granted by another organization does not show Harbor''s intake to Riverside');
:as_bob
DELETE FROM hearth.release_exception;

-- The intake is read-only to others; nobody deletes a client.
:as_bob
UPDATE hearth.client SET first_name = 'Hacked', intake_sharing = 'global', mou_id = NULL
	WHERE first_name IN ('Gail', 'Mona');
:as_carol
UPDATE hearth.client SET first_name = 'Hacked' WHERE first_name IN ('Gail', 'Olga', 'Rita');
:as_postgres
SELECT results_eq(
	format($$SELECT first_name, intake_sharing, mou_id FROM hearth.client WHERE created_org = %s ORDER BY id$$, :harbor),
	format($$VALUES ('Gail', 'global', NULL::bigint), ('Mona', 'mou', %s), ('Olga', 'organization', NULL), ('Rita', 'mou', NULL)$$, :m1),
	'other organizations'' updates of Harbor''s clients change nothing');
:as_bob
SELECT throws_ok($$DELETE FROM hearth.client WHERE first_name = 'Nick'$$, '42501', NULL,
	'a user cannot delete even their own organization''s client');
:as_carol
SELECT throws_ok(format($$INSERT INTO hearth.client (first_name, created_org) VALUES ('X', %s)$$, :harbor),
	'42501', NULL, 'carol cannot insert a client in Harbor''s name');

-- Assigning a client to an MOU: its creator, and only into an MOU it belongs to.
:as_postgres
SELECT hearth.mou_add('M2', ARRAY['Northside', 'Riverside'], NULL, NULL) AS m2 \gset
:as_alice
SELECT lives_ok(format($$UPDATE hearth.client SET intake_sharing = 'mou', mou_id = %s WHERE first_name = 'Olga'$$, :m1),
	'Harbor can put its client into an MOU it belongs to');
SELECT throws_ok(format($$UPDATE hearth.client SET mou_id = %s WHERE first_name = 'Gail'$$, :m2),
	'23514', NULL, 'Harbor cannot put its client into an MOU it does not belong to');
SELECT throws_ok(format($$INSERT INTO hearth.client (first_name, intake_sharing, mou_id) VALUES ('X', 'mou', %s)$$, :m2),
	'23514', NULL, 'Harbor cannot create a client in an MOU it does not belong to');
:as_bob
SELECT results_eq('SELECT first_name FROM hearth.client ORDER BY first_name', ARRAY['Gail', 'Mona', 'Nick', 'Olga'],
	'once Harbor shares Olga to M1, bob sees her');
UPDATE hearth.client SET mou_id = :m2 WHERE first_name = 'Mona';
:as_postgres
SELECT is((SELECT mou_id FROM hearth.client WHERE first_name = 'Mona'), :m1::bigint,
	'another organization cannot move Harbor''s client to another MOU');
:as_alice
UPDATE hearth.client SET intake_sharing = 'organization', mou_id = NULL WHERE first_name = 'Olga';

-- ===========================================================================
-- Transactions: restriction none / organization / user, MOU and release.
-- ===========================================================================

:as_alice
INSERT INTO hearth.case_note (client_id, title, restriction)
VALUES (:mona, 'm-none', 'none'), (:mona, 'm-org', 'organization'), (:mona, 'm-user', 'user'),
       (:gail, 'g-none', 'none'), (:rita, 'r-none', 'none'), (:olga, 'o-none', 'none');
-- (one after the other: a client is never in one program twice at a time)
INSERT INTO hearth.enrollment (client_id, program_id, restriction, entry_date, exit_date)
	SELECT :mona, p.id, r, hearth.today() - 30 * k::integer, CASE WHEN k > 0 THEN hearth.today() - 30 * k::integer + 10 END
	FROM hearth.program p, unnest(ARRAY['none', 'organization', 'user']) WITH ORDINALITY AS x(r, k1),
	     LATERAL (SELECT k1 - 1 AS k) kk
	WHERE p.name = 'Harbor Shelter';
INSERT INTO hearth.service (client_id, service_type, restriction)
	SELECT :mona, 'meal', r FROM unnest(ARRAY['none', 'organization', 'user']) r;
INSERT INTO hearth.assessment (client_id, assessment_type, restriction)
	SELECT :mona, 'intake', r FROM unnest(ARRAY['none', 'organization', 'user']) r;
:as_bob
INSERT INTO hearth.case_note (client_id, title) VALUES (:mona, 'b-mona'), (:gail, 'b-gail');
:as_carol
INSERT INTO hearth.case_note (client_id, title) VALUES (:gail, 'c-gail');

:as_alice
SELECT results_eq('SELECT title FROM hearth.case_note ORDER BY title',
	ARRAY['b-mona', 'g-none', 'm-none', 'm-org', 'm-user', 'o-none', 'r-none'],
	'alice sees all Harbor notes and Northside''s unrestricted note on their MOU client');
:as_dan_harbor
SELECT results_eq('SELECT title FROM hearth.case_note ORDER BY title',
	ARRAY['b-mona', 'g-none', 'm-none', 'm-org', 'o-none', 'r-none'],
	'another Harbor user sees Harbor''s notes except those restricted to their author');
:as_bob
SELECT results_eq('SELECT title FROM hearth.case_note ORDER BY title',
	ARRAY['b-gail', 'b-mona', 'm-none'],
	'bob sees Harbor''s unrestricted note on the client of their shared MOU, nothing else of Harbor''s');
:as_dan_northside
SELECT results_eq('SELECT title FROM hearth.case_note ORDER BY title',
	ARRAY['b-gail', 'b-mona', 'm-none'],
	'dan working in Northside sees what Northside sees');
:as_carol
SELECT results_eq('SELECT title FROM hearth.case_note ORDER BY title',
	ARRAY['c-gail'],
	'carol sees only her own organization''s notes');
:as_ada
SELECT is_empty('SELECT title FROM hearth.case_note',
	'an administrator without an organization sees no case note');

-- Each transaction table follows the same rule.
:as_alice
SELECT results_eq(format('SELECT restriction FROM hearth.%I ORDER BY restriction', t),
	ARRAY['none', 'organization', 'user'], 'alice sees all her ' || t || ' rows')
FROM unnest(ARRAY['enrollment', 'service', 'assessment']) t;
:as_dan_harbor
SELECT results_eq(format('SELECT restriction FROM hearth.%I ORDER BY restriction', t),
	ARRAY['none', 'organization'], 'another Harbor user sees Harbor''s ' || t || ' rows but not those restricted to alice')
FROM unnest(ARRAY['enrollment', 'service', 'assessment']) t;
:as_bob
SELECT results_eq(format('SELECT restriction FROM hearth.%I ORDER BY restriction', t),
	ARRAY['none'], 'bob (MOU partner) sees only the unrestricted ' || t || ' row')
FROM unnest(ARRAY['enrollment', 'service', 'assessment']) t;
:as_carol
SELECT is_empty(format('SELECT restriction FROM hearth.%I', t),
	'carol (no MOU, no release) sees no ' || t || ' row')
FROM unnest(ARRAY['enrollment', 'service', 'assessment']) t;

-- A release exception shares the granting organization's unrestricted
-- transactions, one way.
:as_alice
INSERT INTO hearth.release_exception (client_id, accessing_org)
VALUES (:gail, :riverside), (:rita, :riverside), (:olga, :riverside);
:as_carol
SELECT results_eq('SELECT title FROM hearth.case_note ORDER BY title',
	ARRAY['c-gail', 'g-none', 'r-none'],
	'with Harbor''s release exceptions, carol sees Harbor''s unrestricted notes on those clients (not on an organization-level client), not Northside''s');
:as_alice
SELECT results_eq('SELECT title FROM hearth.case_note ORDER BY title',
	ARRAY['b-mona', 'g-none', 'm-none', 'm-org', 'm-user', 'o-none', 'r-none'],
	'a release exception is one way: alice does not see Riverside''s note');
:as_bob
SELECT results_eq('SELECT title FROM hearth.case_note ORDER BY title',
	ARRAY['b-gail', 'b-mona', 'm-none'],
	'a release exception to Riverside shows Northside nothing more');
-- An MOU shares transactions only while both organizations are members.
:as_postgres
UPDATE hearth.mou_member SET begin_date = hearth.today() - 10, end_date = hearth.today() - 1
	WHERE mou_id = :m1 AND org_id = :harbor;
:as_bob
SELECT results_eq('SELECT title FROM hearth.case_note ORDER BY title',
	ARRAY['b-gail', 'b-mona'],
	'after Harbor''s MOU membership ended, bob no longer sees Harbor''s note');
:as_postgres
UPDATE hearth.mou_member SET begin_date = hearth.today(), end_date = NULL
	WHERE mou_id = :m1 AND org_id = :harbor;

-- Shared transactions are read-only to other organizations.
:as_bob
UPDATE hearth.case_note SET title = 'hacked' WHERE title = 'm-none';
DELETE FROM hearth.case_note WHERE title = 'm-none';
UPDATE hearth.enrollment SET exit_date = hearth.today() WHERE client_id = :mona;
DELETE FROM hearth.service WHERE client_id = :mona;
:as_dan_harbor
UPDATE hearth.case_note SET title = 'dan was here' WHERE title = 'm-user';
DELETE FROM hearth.case_note WHERE title = 'm-user';
:as_postgres
SELECT results_eq($$SELECT title FROM hearth.case_note WHERE client_id = $$ || :mona || ' ORDER BY title',
	ARRAY['b-mona', 'm-none', 'm-org', 'm-user'],
	'bob cannot change or delete Harbor''s shared note; dan cannot touch alice''s own note');
SELECT results_eq(format($$SELECT count(*) FILTER (WHERE exit_date IS DISTINCT FROM hearth.today()),
	(SELECT count(*) FROM hearth.service WHERE client_id = %1$s)
	FROM hearth.enrollment WHERE client_id = %1$s$$, :mona),
	$$VALUES (3::bigint, 3::bigint)$$,
	'bob cannot change Harbor''s enrollments or delete its services');
:as_dan_harbor
UPDATE hearth.case_note SET body = 'seen by dan' WHERE title = 'm-org';
:as_postgres
SELECT is((SELECT body FROM hearth.case_note WHERE title = 'm-org'), 'seen by dan',
	'another Harbor user can change Harbor''s organization-restricted note');

-- Adding transactions: only as oneself, in one's active organization, about
-- a client one can see.
:as_bob
SELECT throws_ok(format($$INSERT INTO hearth.case_note (client_id, title, org_id) VALUES (%s, 'X', %s)$$, :mona, :harbor),
	'42501', NULL, 'bob cannot add a note in Harbor''s name');
SELECT throws_ok(format($$INSERT INTO hearth.case_note (client_id, title) VALUES (%s, 'X')$$, :olga),
	'42501', NULL, 'bob cannot add a note about a client he cannot see');
SELECT throws_ok($$INSERT INTO hearth.case_note (client_id, title) VALUES (999999999, 'X')$$,
	'42501', NULL, '... and gets the same error for a client that does not exist');
SELECT throws_ok(format($$INSERT INTO hearth.case_note (client_id, title, enrollment_id)
	SELECT %s, 'X', min(id) FROM hearth.enrollment WHERE client_id = %s$$, :mona, :mona),
	'42501', NULL, 'bob cannot attach his note to Harbor''s enrollment');
:as_carol
SELECT throws_ok(format($$INSERT INTO hearth.service (client_id, service_type) VALUES (%s, 'meal')$$, :mona),
	'42501', NULL, 'carol cannot add a service for a client she cannot see');
SELECT throws_ok(format($$INSERT INTO hearth.release_exception (client_id, accessing_org) VALUES (%s, %s)$$, :olga, :northside),
	'42501', NULL, 'carol cannot grant a release exception on a client she cannot see');

-- ===========================================================================
-- Read-only case notes.
-- ===========================================================================

:as_alice
INSERT INTO hearth.case_note (client_id, title) VALUES (:mona, 'ro-note');
UPDATE hearth.case_note SET read_only = true WHERE title = 'ro-note';
SELECT throws_ok($$UPDATE hearth.case_note SET title = 'changed' WHERE title = 'ro-note'$$,
	'42501', NULL, 'a read-only note cannot be changed by its author');
SELECT throws_ok($$DELETE FROM hearth.case_note WHERE title = 'ro-note'$$,
	'42501', NULL, 'a read-only note cannot be deleted by its author');
SELECT throws_ok($$UPDATE hearth.case_note SET read_only = false, body = 'sneaked in' WHERE title = 'ro-note'$$,
	'42501', NULL, 'clearing the mark cannot carry another change with it');
:as_postgres
SELECT throws_ok($$UPDATE hearth.case_note SET body = 'changed' WHERE title = 'ro-note'$$,
	'42501', NULL, 'a read-only note cannot be changed even by the superuser');
SELECT throws_ok($$DELETE FROM hearth.case_note WHERE title = 'ro-note'$$,
	'42501', NULL, 'a read-only note cannot be deleted even by the superuser');
:as_bob
SELECT results_eq($$SELECT read_only FROM hearth.case_note WHERE title = 'ro-note'$$, ARRAY[true],
	'bob sees Harbor''s read-only note');
UPDATE hearth.case_note SET read_only = false WHERE title = 'ro-note';
:as_postgres
SELECT is((SELECT read_only FROM hearth.case_note WHERE title = 'ro-note'), true,
	'another organization cannot clear the read-only mark');
:as_dan_harbor
SELECT lives_ok($$UPDATE hearth.case_note SET read_only = false WHERE title = 'ro-note'$$,
	'another Harbor user clears the read-only mark');
:as_postgres
SELECT is((SELECT read_only FROM hearth.case_note WHERE title = 'ro-note'), false,
	'... and the note is no longer read-only');
:as_alice
SELECT lives_ok($$UPDATE hearth.case_note SET body = 'now editable' WHERE title = 'ro-note'$$,
	'once unmarked, the note can be changed again');
SELECT lives_ok($$DELETE FROM hearth.case_note WHERE title = 'ro-note'$$,
	'once unmarked, the note can be deleted');

-- ===========================================================================
-- Households.
-- ===========================================================================

:as_alice
INSERT INTO hearth.family (name) VALUES ('Open family'), ('Closed family');
SELECT lives_ok($$INSERT INTO hearth.family_member (family_id, client_id)
	SELECT f.id, c.id FROM hearth.family f, hearth.client c
	WHERE (f.name, c.first_name) IN (('Open family', 'Gail'), ('Closed family', 'Olga'))$$,
	'a user adds clients to their organization''s families');
-- The visibility rules below are tested whatever became of that insert:
-- the superuser adds the members the user could not.
:as_postgres
INSERT INTO hearth.family_member (family_id, client_id, org_id, created_by)
	SELECT f.id, c.id, :harbor, :alice_id FROM hearth.family f, hearth.client c
	WHERE (f.name, c.first_name) IN (('Open family', 'Gail'), ('Closed family', 'Olga'))
	ON CONFLICT DO NOTHING;
:as_carol
SELECT results_eq('SELECT name FROM hearth.family ORDER BY name', ARRAY['Open family'],
	'a family is seen by whoever sees one of its members, and only then');
SELECT results_eq('SELECT client_id FROM hearth.family_member ORDER BY client_id', ARRAY[:gail::bigint],
	'a family member row is seen by whoever sees that client');

-- ===========================================================================
-- The audit log.
-- ===========================================================================

:as_alice
INSERT INTO hearth.client (first_name) VALUES ('Audrey');
UPDATE hearth.client SET last_name = 'Log' WHERE first_name = 'Audrey';
INSERT INTO hearth.case_note (client_id, title) SELECT id, 'audit note' FROM hearth.client WHERE first_name = 'Audrey';
UPDATE hearth.case_note SET body = 'edited' WHERE title = 'audit note';
:as_postgres
SELECT (SELECT id FROM hearth.client WHERE first_name = 'Audrey') AS audrey,
       (SELECT id FROM hearth.case_note WHERE title = 'audit note') AS audit_note
\gset
:as_alice
DELETE FROM hearth.case_note WHERE title = 'audit note';
:as_postgres
SELECT results_eq(
	format($$SELECT table_name, action, role_name, user_id, org_id FROM hearth.audit_log
	         WHERE (table_name = 'client' AND row_id = '%s') OR (table_name = 'case_note' AND row_id = '%s')
	         ORDER BY id$$, :audrey, :audit_note),
	format($$VALUES ('client', 'insert', 'alice', %1$s::bigint, %2$s::bigint),
	                ('client', 'update', 'alice', %1$s, %2$s),
	                ('case_note', 'insert', 'alice', %1$s, %2$s),
	                ('case_note', 'update', 'alice', %1$s, %2$s),
	                ('case_note', 'delete', 'alice', %1$s, %2$s)$$, :alice_id, :harbor),
	'every insert, update and delete is in the audit log, with who and in which organization');
SELECT results_eq(
	format($$SELECT action, old_values ->> 'last_name', new_values ->> 'last_name',
	                old_values ->> 'title', new_values ->> 'title'
	         FROM hearth.audit_log
	         WHERE (table_name = 'client' AND row_id = '%s' AND action = 'update')
	            OR (table_name = 'case_note' AND row_id = '%s' AND action = 'delete')
	         ORDER BY id$$, :audrey, :audit_note),
	$$VALUES ('update', NULL, 'Log', NULL, NULL), ('delete', NULL, NULL, 'audit note', NULL)$$,
	'the audit log keeps the old and new values');

:as_alice
SELECT is(hearth.client_opened(:audrey), true, 'client_opened() of a visible client returns true');
:as_carol
SELECT is(hearth.client_opened(:olga), false, 'client_opened() of a client the caller cannot see returns false');
SELECT is(hearth.client_opened(999999999), false, 'client_opened() of a client that does not exist returns false');
:as_postgres
SELECT results_eq(
	format($$SELECT role_name, user_id, org_id, row_id FROM hearth.audit_log
	         WHERE action = 'open' AND row_id IN ('%s', '%s', '999999999') ORDER BY id$$, :audrey, :olga),
	format($$VALUES ('alice', %s::bigint, %s::bigint, '%s')$$, :alice_id, :harbor, :audrey),
	'client_opened() records the opening of a visible client, and nothing for the others');

-- Users add to the log only through these; they never read, change or delete it.
:as_alice
SELECT throws_ok('SELECT * FROM hearth.audit_log', '42501', NULL, 'a user cannot read the audit log');
SELECT throws_ok($$INSERT INTO hearth.audit_log (table_name, action) VALUES ('client', 'open')$$,
	'42501', NULL, 'a user cannot write the audit log directly');
SELECT throws_ok($$UPDATE hearth.audit_log SET action = 'open'$$, '42501', NULL, 'a user cannot change the audit log');
SELECT throws_ok('DELETE FROM hearth.audit_log', '42501', NULL, 'a user cannot delete from the audit log');
-- An auditor reads it and changes nothing.
:as_postgres
CREATE ROLE policies_test_auditor NOLOGIN IN ROLE hearth_auditor;
SET SESSION AUTHORIZATION policies_test_auditor;
SELECT ok((SELECT count(*) FROM hearth.audit_log WHERE row_id = :'audrey') >= 3, 'an auditor reads the audit log');
SELECT throws_ok('DELETE FROM hearth.audit_log', '42501', NULL, 'an auditor cannot delete from the audit log');
SELECT throws_ok('SELECT * FROM hearth.client', '42501', NULL, 'an auditor cannot read client data');

:as_postgres
SELECT * FROM finish();
ROLLBACK;
