-- tests/sql/search_speed.sql: 015_search_speed.sql. hearth.intake_release
-- must always hold exactly the release exceptions that open a client's
-- intake (the client at the 'mou' level, the exception granted by the
-- organization that created it), whatever changes on either side, so that
-- hearth.released_client_ids(), which now reads it, answers what 013's
-- join answered; and no user may read or write it.
--
-- Fixtures (tests/sql/run): organizations Harbor, Northside, Riverside;
-- users alice (Harbor), bob (Northside), carol (Riverside); MOU M1 (Harbor,
-- Northside). One transaction, rolled back. See policies.sql for acting as
-- a user.

BEGIN;
SELECT plan(49);
\ir lib/as_user.psql

SELECT (SELECT id FROM hearth.organization WHERE name = 'Harbor') AS harbor,
       (SELECT id FROM hearth.organization WHERE name = 'Northside') AS northside,
       (SELECT id FROM hearth.organization WHERE name = 'Riverside') AS riverside,
       (SELECT id FROM hearth.mou WHERE name = 'M1') AS m1
\gset

-- The rows intake_release should hold, by 013's definition.
CREATE VIEW pg_temp.opening AS
SELECT r.id AS exception_id, r.client_id, r.accessing_org, r.begin_date, r.end_date
FROM hearth.release_exception r
JOIN hearth.client c ON c.id = r.client_id AND c.intake_sharing = 'mou'
                    AND c.created_org = r.granting_org;
\set kept_right 'SELECT is_empty($$(SELECT exception_id, client_id, accessing_org, begin_date, end_date FROM hearth.intake_release EXCEPT SELECT * FROM pg_temp.opening) UNION ALL (SELECT * FROM pg_temp.opening EXCEPT SELECT exception_id, client_id, accessing_org, begin_date, end_date FROM hearth.intake_release)$$, '

-- ===========================================================================
-- The table: client data, for nobody but its owner.
-- ===========================================================================

SELECT ok((SELECT relrowsecurity AND relforcerowsecurity FROM pg_class
           WHERE oid = 'hearth.intake_release'::regclass),
	'intake_release has row-level security, forced');
SELECT ok(NOT has_table_privilege('hearth_user', 'hearth.intake_release', 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES'),
	'users have no right on intake_release');
SELECT ok(NOT has_table_privilege('hearth_auditor', 'hearth.intake_release', 'SELECT'),
	'auditors have no right on intake_release');
SELECT ok(NOT has_function_privilege('hearth_user', 'hearth.intake_release_refresh(bigint[])', 'EXECUTE'),
	'users may not run intake_release_refresh');
SELECT ok(NOT has_function_privilege('hearth_user', 'hearth.intake_release_sync()', 'EXECUTE'),
	'users may not run intake_release_sync');
SELECT ok(has_function_privilege('hearth_user', 'hearth.released_client_ids()', 'EXECUTE'),
	'users still run released_client_ids (the client_read policy calls it)');
SELECT is((SELECT array_agg(tgname::text || ':' || tgenabled::text ORDER BY tgrelid::regclass::text)
           FROM pg_trigger WHERE tgname = 'intake_release'),
	ARRAY['intake_release:A', 'intake_release:A'],
	'the maintenance triggers fire always, also under session_replication_role = replica');
SELECT ok(pg_get_expr(polqual, polrelid) ~ 'released_client_ids',
	'the client_read policy still asks released_client_ids')
FROM pg_policy WHERE polrelid = 'hearth.client'::regclass AND polname = 'client_read';

-- Every function a policy calls runs in PL/pgSQL, which keeps its plans for
-- the session: a LANGUAGE sql one that cannot be inlined is planned again at
-- every call, and an inlined one is planned again in every policy that
-- names it (020).
SELECT is(ARRAY(SELECT DISTINCT p.oid::regprocedure::text
                FROM pg_policy pol
                CROSS JOIN LATERAL regexp_matches(
                    coalesce(pg_get_expr(pol.polqual, pol.polrelid), '') || ' '
                    || coalesce(pg_get_expr(pol.polwithcheck, pol.polrelid), ''),
                    'hearth\.([a-z_]+)\(', 'g') m
                JOIN pg_proc p ON p.proname = m[1]
                     AND p.pronamespace = 'hearth'::regnamespace
                JOIN pg_language l ON l.oid = p.prolang
                WHERE l.lanname <> 'plpgsql'
                ORDER BY 1),
	ARRAY[]::text[],
	'every function the policies call is PL/pgSQL');
-- duplicate_candidates looks each candidate up, rather than hashing every
-- client, only when the planner knows that candidates are few.
SELECT cmp_ok((SELECT prorows FROM pg_proc
               WHERE oid = 'hearth.duplicate_search(text, text, date, text, smallint)'::regprocedure),
	'<=', 100::real, 'duplicate_search is expected to return a few dozen rows, not a thousand');

-- ===========================================================================
-- Kept right: exceptions made, changed and deleted; sharing levels changed.
-- ===========================================================================

-- Harbor's clients: Mara (MOU level, in no MOU), Otto (organization only),
-- Gus (global). Northside's: Bea (MOU level, in no MOU).
:as_alice
INSERT INTO hearth.client (first_name, last_name, intake_sharing) VALUES
	('Mara', 'Speedwell', 'mou'), ('Otto', 'Speedwell', 'organization'),
	('Gus', 'Speedwell', 'global');
:as_bob
INSERT INTO hearth.client (first_name, last_name, intake_sharing) VALUES ('Bea', 'Speedwell', 'mou');
:as_postgres
SELECT (SELECT id FROM hearth.client WHERE first_name = 'Mara' AND last_name = 'Speedwell') AS mara,
       (SELECT id FROM hearth.client WHERE first_name = 'Otto' AND last_name = 'Speedwell') AS otto,
       (SELECT id FROM hearth.client WHERE first_name = 'Gus' AND last_name = 'Speedwell') AS gus,
       (SELECT id FROM hearth.client WHERE first_name = 'Bea' AND last_name = 'Speedwell') AS bea
\gset

:as_carol
SELECT results_eq($$SELECT first_name FROM hearth.client WHERE last_name = 'Speedwell' ORDER BY 1$$,
	ARRAY['Gus'], 'carol (Riverside) sees only the global client before any exception');

-- Harbor grants Riverside on each of its three; Northside on Bea.
:as_alice
SELECT lives_ok(format($$INSERT INTO hearth.release_exception (client_id, accessing_org)
                         VALUES (%s, %s), (%s, %s), (%s, %s)$$,
                       :mara, :riverside, :otto, :riverside, :gus, :riverside),
	'Harbor grants Riverside an exception on Mara, Otto and Gus');
:as_bob
SELECT lives_ok(format($$INSERT INTO hearth.release_exception (client_id, accessing_org) VALUES (%s, %s)$$,
                       :bea, :riverside),
	'Northside grants Riverside an exception on Bea');
:as_postgres
:kept_right 'after exceptions are made');
SELECT is((SELECT array_agg(client_id ORDER BY client_id) FROM hearth.intake_release
           WHERE client_id IN (:mara, :otto, :gus, :bea)),
	ARRAY[:mara, :bea]::bigint[],
	'only the exceptions on MOU-level clients, granted by their creator, open an intake');
:as_carol
SELECT results_eq($$SELECT first_name FROM hearth.client WHERE last_name = 'Speedwell' ORDER BY 1$$,
	ARRAY['Bea', 'Gus', 'Mara'], 'carol now sees Mara and Bea through the exceptions, not Otto');
SELECT results_eq(format('SELECT x FROM hearth.released_client_ids() x WHERE x IN (%s, %s, %s, %s) ORDER BY 1',
                         :mara, :otto, :gus, :bea),
	format('VALUES (%s::bigint), (%s)', least(:mara, :bea), greatest(:mara, :bea)),
	'released_client_ids gives carol Mara and Bea');
:as_alice
SELECT is_empty(format('SELECT x FROM hearth.released_client_ids() x WHERE x IN (%s, %s, %s, %s)',
                       :mara, :otto, :gus, :bea),
	'released_client_ids gives alice none of them (the exceptions go towards Riverside)');

-- Otto up to the MOU level and back.
UPDATE hearth.client SET intake_sharing = 'mou' WHERE id = :otto;
:as_postgres
:kept_right 'after a client goes to the MOU level');
:as_carol
SELECT results_eq(format('SELECT count(*)::int FROM hearth.client WHERE id = %s', :otto),
	ARRAY[1], 'carol sees Otto once he is shared at the MOU level (the exception opens him)');
:as_alice
UPDATE hearth.client SET intake_sharing = 'organization' WHERE id = :otto;
:as_postgres
:kept_right 'after a client goes back to the organization level');
:as_carol
SELECT results_eq(format('SELECT count(*)::int FROM hearth.client WHERE id = %s', :otto),
	ARRAY[0], 'carol no longer sees Otto once he is restricted again');

-- Mara to global and back: not in the table while global (visible anyway).
:as_alice
UPDATE hearth.client SET intake_sharing = 'global' WHERE id = :mara;
:as_postgres
:kept_right 'after a client goes global');
:as_alice
UPDATE hearth.client SET intake_sharing = 'mou' WHERE id = :mara;
:as_postgres
:kept_right 'after a client comes back to the MOU level');

-- Mara's exception ended yesterday; later, it begins tomorrow.
:as_alice
UPDATE hearth.release_exception SET begin_date = hearth.today() - 10, end_date = hearth.today() - 1
WHERE client_id = :mara;
:as_postgres
:kept_right 'after an exception ends');
:as_carol
SELECT results_eq(format('SELECT count(*)::int FROM hearth.client WHERE id = %s', :mara),
	ARRAY[0], 'carol no longer sees Mara once the exception has ended');
:as_alice
UPDATE hearth.release_exception SET begin_date = hearth.today() + 1, end_date = NULL
WHERE client_id = :mara;
:as_postgres
:kept_right 'after an exception is moved to begin tomorrow');
:as_carol
SELECT results_eq(format('SELECT count(*)::int FROM hearth.client WHERE id = %s', :mara),
	ARRAY[0], 'carol does not see Mara before the exception begins');
:as_alice
UPDATE hearth.release_exception SET begin_date = hearth.today() WHERE client_id = :mara;
:as_carol
SELECT results_eq(format('SELECT count(*)::int FROM hearth.client WHERE id = %s', :mara),
	ARRAY[1], 'carol sees Mara again from the day it begins');

-- An exception moved to another accessing organization.
:as_alice
UPDATE hearth.release_exception SET accessing_org = :northside WHERE client_id = :mara;
:as_postgres
:kept_right 'after an exception changes its accessing organization');
:as_carol
SELECT results_eq(format('SELECT count(*)::int FROM hearth.client WHERE id = %s', :mara),
	ARRAY[0], 'carol loses Mara when the exception goes to Northside');
:as_bob
SELECT results_eq(format('SELECT count(*)::int FROM hearth.client WHERE id = %s', :mara),
	ARRAY[1], 'bob (Northside) gains her');

-- An exception ended by deleting it.
:as_alice
SELECT lives_ok(format('DELETE FROM hearth.release_exception WHERE client_id = %s', :mara),
	'Harbor deletes its exception on Mara');
:as_postgres
:kept_right 'after an exception is deleted');
:as_bob
SELECT results_eq(format('SELECT count(*)::int FROM hearth.client WHERE id = %s', :mara),
	ARRAY[0], 'bob no longer sees Mara');

-- A bulk load, as hearthctl demo-data makes it: triggers off but these.
:as_postgres
SET session_replication_role = replica;
INSERT INTO hearth.release_exception (client_id, granting_org, accessing_org, created_by)
SELECT :mara, :harbor, :riverside, id FROM hearth.hmis_user WHERE username = 'alice';
RESET session_replication_role;
:kept_right 'after an exception is loaded with session_replication_role = replica');
SET session_replication_role = replica;
DELETE FROM hearth.release_exception WHERE client_id = :mara;
RESET session_replication_role;
:kept_right 'after an exception is deleted with session_replication_role = replica (no cascade then)');

-- Merging moves exceptions to the kept client: Bea (Northside, MOU level)
-- merged into Gus (Harbor, global), as the owner, like hearth.merge_clients.
SET LOCAL ROLE hearth_owner;
SELECT set_config('hearth.merging', 'on', true) \g /dev/null
UPDATE hearth.release_exception SET client_id = :gus WHERE client_id = :bea;
SELECT set_config('hearth.merging', '', true) \g /dev/null
RESET ROLE;
:kept_right 'after an exception is moved to another client');
SELECT is((SELECT count(*)::int FROM hearth.intake_release WHERE client_id IN (:gus, :bea)), 0,
	'an exception moved to a global client of another creator opens nothing');

-- ===========================================================================
-- Nobody reads or writes it but through the functions.
-- ===========================================================================

:as_carol
SELECT throws_ok('SELECT count(*) FROM hearth.intake_release', '42501', NULL,
	'carol cannot read intake_release');
SELECT throws_ok(format($$INSERT INTO hearth.intake_release VALUES (1, %s, %s, '2000-01-01', NULL)$$,
                        :otto, :riverside), '42501', NULL,
	'carol cannot add a row that would open a client to her');
SELECT throws_ok('SELECT hearth.intake_release_refresh(ARRAY[1::bigint])', '42501', NULL,
	'carol cannot run intake_release_refresh');
SELECT throws_ok('SELECT hearth.intake_release_sync()', '42501', NULL,
	'carol cannot run intake_release_sync');
:as_bob
SELECT throws_ok('DELETE FROM hearth.intake_release', '42501', NULL, 'bob cannot delete from intake_release');

-- ===========================================================================
-- mou_partners: the same pairs as before.
-- ===========================================================================

:as_alice
SELECT results_eq('SELECT mou_id, org_id FROM hearth.mou_partners() ORDER BY 1, 2',
	format('VALUES (%s::bigint, %s::bigint)', :m1, :northside),
	'alice (Harbor) has Northside as her partner in M1');
:as_carol
SELECT is_empty('SELECT * FROM hearth.mou_partners()', 'carol (Riverside, in no MOU) has no partner');
:as_ada
SELECT is_empty('SELECT * FROM hearth.mou_partners()', 'an administrator without an organization has no partner');
:as_postgres
UPDATE hearth.mou_member SET begin_date = hearth.today() - 30, end_date = hearth.today() - 1
WHERE mou_id = :m1 AND org_id = :northside;
:as_alice
SELECT is_empty('SELECT * FROM hearth.mou_partners()', 'a partner whose membership ended is no partner');
:as_postgres
UPDATE hearth.mou_member SET begin_date = hearth.today() + 1, end_date = NULL
WHERE mou_id = :m1 AND org_id = :northside;
:as_alice
SELECT is_empty('SELECT * FROM hearth.mou_partners()', 'nor one whose membership has not begun');

:as_postgres
SELECT * FROM finish();
ROLLBACK;
