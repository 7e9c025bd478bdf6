-- tests/sql/client_rule.sql: the intake rule (005) has four copies that
-- must always agree: the client_read policy, and three functions that copy
-- its expression from the catalog when they are made: hearth.client_visible
-- and hearth.release_grants (020) and hearth.duplicate_candidates (013).
-- This file pins, for every sharing case, exactly which clients each fixture
-- user sees through the policy, and checks that client_visible and
-- release_grants answer the same and that all three still hold the policy's
-- current text. A migration that rewrites the rule (for speed, say) must
-- leave every assertion here passing unchanged.
--
-- Fixtures (tests/sql/run): organizations Harbor, Northside, Riverside;
-- users alice (Harbor), bob (Northside), carol (Riverside), dan (Harbor and
-- Northside), ada (administrator, no organization); MOU M1 (Harbor,
-- Northside). One transaction, rolled back. See policies.sql for acting as
-- a user.

BEGIN;
SELECT plan(28);
\ir lib/as_user.psql

SELECT (SELECT id FROM hearth.organization WHERE name = 'Harbor') AS harbor,
       (SELECT id FROM hearth.organization WHERE name = 'Northside') AS northside,
       (SELECT id FROM hearth.organization WHERE name = 'Riverside') AS riverside,
       (SELECT id FROM hearth.mou WHERE name = 'M1') AS m1
\gset

\set as_dan_harbor 'RESET SESSION AUTHORIZATION; RESET hearth.active_org; SET SESSION AUTHORIZATION dan; DO $$ BEGIN PERFORM hearth.set_active_org(hearth.org_id(''Harbor'')); END $$;'
\set as_dan_northside 'RESET SESSION AUTHORIZATION; RESET hearth.active_org; SET SESSION AUTHORIZATION dan; DO $$ BEGIN PERFORM hearth.set_active_org(hearth.org_id(''Northside'')); END $$;'

-- Two more MOUs between Harbor and Riverside, both active today so that
-- Harbor may put clients in them; below, Riverside's membership of M2 and
-- Harbor's membership of M3 are ended.
INSERT INTO hearth.mou (name) VALUES ('M2 rule'), ('M3 rule');
SELECT (SELECT id FROM hearth.mou WHERE name = 'M2 rule') AS m2,
       (SELECT id FROM hearth.mou WHERE name = 'M3 rule') AS m3
\gset
INSERT INTO hearth.mou_member (mou_id, org_id) VALUES
	(:m2, :harbor), (:m2, :riverside), (:m3, :harbor), (:m3, :riverside);

-- Harbor's clients, one per case:
--   Gwen  global
--   Oona  organization (in M1, with an exception to Riverside: neither opens it)
--   Mia   mou, in M1
--   Rhea  mou, in no MOU, exception to Riverside in force
--   Enid  mou, in no MOU, exception to Riverside ended yesterday
--   Fay   mou, in no MOU, exception to Riverside beginning tomorrow
--   Moe   mou, in M2 (Riverside's membership ends)
--   Max   mou, in M3 (Harbor's own membership ends)
-- Northside's Bea (mou, M1) with an exception from Harbor (not its creator)
-- to Riverside; Riverside's Cora (organization).
:as_alice
INSERT INTO hearth.client (first_name, last_name, intake_sharing, mou_id) VALUES
	('Gwen', 'Rule', 'global', NULL),
	('Oona', 'Rule', 'organization', :m1),
	('Mia', 'Rule', 'mou', :m1),
	('Rhea', 'Rule', 'mou', NULL),
	('Enid', 'Rule', 'mou', NULL),
	('Fay', 'Rule', 'mou', NULL),
	('Moe', 'Rule', 'mou', :m2),
	('Max', 'Rule', 'mou', :m3);
:as_bob
INSERT INTO hearth.client (first_name, last_name, intake_sharing, mou_id)
	VALUES ('Bea', 'Rule', 'mou', :m1);
:as_carol
INSERT INTO hearth.client (first_name, last_name, intake_sharing)
	VALUES ('Cora', 'Rule', 'organization');
:as_alice
INSERT INTO hearth.release_exception (client_id, accessing_org, begin_date, end_date)
SELECT c.id, :riverside, d.b, d.e
FROM hearth.client c
JOIN (VALUES ('Oona', hearth.today(), NULL::date),
             ('Rhea', hearth.today(), NULL),
             ('Enid', hearth.today() - 10, hearth.today() - 1),
             ('Fay', hearth.today() + 1, NULL),
             ('Bea', hearth.today(), NULL)) d (name, b, e) ON d.name = c.first_name
WHERE c.last_name = 'Rule';
:as_postgres
UPDATE hearth.mou_member SET begin_date = hearth.today() - 10, end_date = hearth.today() - 1
	WHERE (mou_id = :m2 AND org_id = :riverside) OR (mou_id = :m3 AND org_id = :harbor);

SELECT is((SELECT count(*) FROM hearth.client WHERE last_name = 'Rule'), 10::bigint,
	'fixture: ten clients, one per sharing case');
SELECT is((SELECT count(*) FROM hearth.release_exception r JOIN hearth.client c ON c.id = r.client_id
           WHERE c.last_name = 'Rule'), 5::bigint,
	'fixture: five release exceptions towards Riverside');

-- Every fixture client's id, for asking client_visible about each of them.
SELECT array_agg(id ORDER BY id) AS all_ids FROM hearth.client WHERE last_name = 'Rule'
\gset

-- ===========================================================================
-- What each user sees through the policy, and client_visible agreeing.
-- ===========================================================================

\set seen 'SELECT first_name FROM hearth.client WHERE last_name = $$Rule$$ ORDER BY first_name'
\set visible_ids 'SELECT array_agg(id ORDER BY id) FROM hearth.client WHERE last_name = $$Rule$$'
\set visible_by_function 'SELECT array_agg(x ORDER BY x) FROM unnest(''' :all_ids '''::bigint[]) x WHERE hearth.client_visible(x)'

:as_alice
SELECT results_eq(:'seen',
	ARRAY['Bea', 'Enid', 'Fay', 'Gwen', 'Max', 'Mia', 'Moe', 'Oona', 'Rhea'],
	'Harbor sees all its own clients at every level, and Northside''s MOU client in M1');
SELECT is((:visible_by_function), (:visible_ids), 'client_visible agrees with the policy for alice');

:as_bob
SELECT results_eq(:'seen', ARRAY['Bea', 'Gwen', 'Mia'],
	'Northside sees its own, the global one and Harbor''s MOU client in M1; not the organization-level one in M1, nor exception-only ones');
SELECT is((:visible_by_function), (:visible_ids), 'client_visible agrees with the policy for bob');

:as_carol
SELECT results_eq(:'seen', ARRAY['Cora', 'Gwen', 'Rhea'],
	'Riverside sees its own, the global one and the client of an exception in force from its creator; nothing ended, future, organization-level, not from the creator, or through an MOU someone has left');
SELECT is((:visible_by_function), (:visible_ids), 'client_visible agrees with the policy for carol');
-- release_grants: the exceptions towards Riverside in force today on the
-- clients carol sees, which is what release_exception's own policy shows her
\set grants_by_policy 'SELECT client_id, granting_org FROM hearth.release_exception WHERE accessing_org = hearth.active_org() AND hearth.active_today(begin_date, end_date) ORDER BY 1, 2'
SELECT isnt_empty(:'grants_by_policy', 'fixture: carol has release exceptions in force');
SELECT results_eq('SELECT client_id, granting_org FROM hearth.release_grants() ORDER BY 1, 2',
	:'grants_by_policy', 'release_grants agrees with the policies for carol');
SELECT is((SELECT count(*) FROM hearth.release_grants() g
           WHERE NOT hearth.client_visible(g.client_id)), 0::bigint,
	'release_grants names no client carol may not see');

:as_dan_harbor
SELECT results_eq(:'seen',
	ARRAY['Bea', 'Enid', 'Fay', 'Gwen', 'Max', 'Mia', 'Moe', 'Oona', 'Rhea'],
	'dan working in Harbor sees what Harbor sees');
SELECT is((:visible_by_function), (:visible_ids), 'client_visible agrees with the policy for dan in Harbor');

:as_dan_northside
SELECT results_eq(:'seen', ARRAY['Bea', 'Gwen', 'Mia'],
	'dan working in Northside sees what Northside sees');
SELECT is((:visible_by_function), (:visible_ids), 'client_visible agrees with the policy for dan in Northside');

-- A hint naming an organization dan is not a member of changes nothing: he
-- works in the organization he chose last (Northside).
SET hearth.active_org = :riverside;
SELECT results_eq(:'seen', ARRAY['Bea', 'Gwen', 'Mia'],
	'a hint naming another organization gives dan nothing of Riverside''s');
SELECT is((:visible_by_function), (:visible_ids), 'client_visible agrees with the policy under that hint');

:as_ada
SELECT is_empty(:'seen', 'an administrator in no organization sees no client, not even a global one');
SELECT is((:visible_by_function), NULL::bigint[], 'client_visible shows ada nothing either');

-- ===========================================================================
-- The cases changing under the same users.
-- ===========================================================================

-- Riverside's membership of M2 back in force: Moe appears for carol.
:as_postgres
UPDATE hearth.mou_member SET begin_date = hearth.today(), end_date = NULL
	WHERE mou_id = :m2 AND org_id = :riverside;
:as_carol
SELECT results_eq(:'seen', ARRAY['Cora', 'Gwen', 'Moe', 'Rhea'],
	'with both memberships of M2 in force, Riverside sees Harbor''s MOU client in M2');
SELECT is((:visible_by_function), (:visible_ids), 'client_visible agrees with the policy');

-- Rhea's exception ended, Fay's begun: the other way round.
:as_alice
UPDATE hearth.release_exception r SET begin_date = hearth.today() - 10, end_date = hearth.today() - 1
	FROM hearth.client c WHERE c.id = r.client_id AND c.first_name = 'Rhea' AND c.last_name = 'Rule';
UPDATE hearth.release_exception r SET begin_date = hearth.today(), end_date = hearth.today()
	FROM hearth.client c WHERE c.id = r.client_id AND c.first_name = 'Fay' AND c.last_name = 'Rule';
:as_carol
SELECT results_eq(:'seen', ARRAY['Cora', 'Fay', 'Gwen', 'Moe'],
	'an exception that ended yesterday shows nothing; one beginning and ending today shows its client');
SELECT is((:visible_by_function), (:visible_ids), 'client_visible agrees with the policy');

-- Oona raised from organization to mou level: her exception now opens her.
:as_alice
UPDATE hearth.client SET intake_sharing = 'mou' WHERE first_name = 'Oona' AND last_name = 'Rule';
:as_carol
SELECT results_eq(:'seen', ARRAY['Cora', 'Fay', 'Gwen', 'Moe', 'Oona'],
	'an exception from the creator opens the client once it is at the mou level');
:as_bob
SELECT results_eq(:'seen', ARRAY['Bea', 'Gwen', 'Mia', 'Oona'],
	'... and so does M1 for Northside');

-- ===========================================================================
-- duplicate_candidates still carries the policy's text.
-- ===========================================================================

:as_postgres
SET search_path = pg_catalog, pg_temp;
SELECT pg_get_expr(polqual, polrelid) AS rule_text FROM pg_policy
WHERE polrelid = 'hearth.client'::regclass AND polname = 'client_read'
\gset
RESET search_path;
SELECT ok(length(:'rule_text') > 100 AND strpos(p.prosrc, :'rule_text') > 0,
	'duplicate_candidates tests visibility with the client_read policy''s current expression')
FROM pg_proc p WHERE p.oid = 'hearth.duplicate_candidates(text, text, date, text, smallint)'::regprocedure;
SELECT ok(strpos(p.prosrc, :'rule_text') > 0,
	p.proname || ' tests visibility with the client_read policy''s current expression')
FROM pg_proc p WHERE p.oid IN ('hearth.client_visible(bigint)'::regprocedure,
                               'hearth.release_grants()'::regprocedure)
ORDER BY p.proname;

SELECT * FROM finish();
ROLLBACK;
