-- tests/sql/alias_order.sql: 061_alias_order.sql. hearth.client_alias_order
-- must always hold every alias of a client not merged (083) with its own
-- keys, its client's keys and what its policy reads, whatever changes (an alias added, renamed,
-- restricted, moved by a merge and back, deleted; a client renamed, shared
-- differently or moved to an MOU by a user who cannot change the aliases
-- of others (080)); a user must read exactly
-- the rows whose alias and client they see, and write none; and Find
-- Client, in every sort by name, must give what a plain reading of the
-- rule gives: the visible clients matching by name, by a visible alias or
-- by a merged client's name, in order, page after page.
--
-- Fixtures (tests/sql/run): organizations Harbor, Northside, Riverside;
-- users alice (Harbor), bob (Northside), carol (Riverside), dan (Harbor and
-- Northside), ada (administrator); MOU M1 (Harbor, Northside). Here:
-- order_admin, an administrator working in Harbor. One transaction, rolled
-- back. See policies.sql for acting as a user.

BEGIN;
SELECT plan(66);
\ir lib/as_user.psql

CREATE ROLE order_admin NOLOGIN IN ROLE hearth_user, hearth_admin;
INSERT INTO hearth.hmis_user (username, full_name) VALUES ('order_admin', 'Order Admin');
INSERT INTO hearth.membership (user_id, org_id)
	SELECT u.id, o.id FROM hearth.hmis_user u, hearth.organization o
	WHERE u.username = 'order_admin' AND o.name = 'Harbor';
\set as_order_admin 'RESET SESSION AUTHORIZATION; RESET ROLE; RESET hearth.active_org; SET SESSION AUTHORIZATION order_admin;'
\set as_dan_northside 'RESET SESSION AUTHORIZATION; RESET ROLE; RESET hearth.active_org; SET SESSION AUTHORIZATION dan; DO $$ BEGIN PERFORM hearth.set_active_org(hearth.org_id(''Northside'')); END $$;'

-- The rows the table should hold, from the aliases and their clients; and
-- the difference either way (empty when the table is right).
CREATE VIEW pg_temp.alias_order_due AS
SELECT a.id AS alias_id, a.client_id, a.first_key, a.last_key, c.first_key AS client_first_key,
       c.last_key AS client_last_key, a.org_id, a.restriction, a.created_by,
       c.created_org, c.intake_sharing, c.mou_id,
       EXISTS (SELECT 1 FROM hearth.release_exception r
               WHERE r.client_id = a.client_id AND r.granting_org = a.org_id) AS released
FROM hearth.client_alias a JOIN hearth.client c ON c.id = a.client_id
WHERE c.merged_into IS NULL;
\set kept_right 'SELECT is_empty($$(SELECT alias_id, client_id, first_key, last_key, client_first_key, client_last_key, org_id, restriction, created_by, created_org, intake_sharing, mou_id, released FROM hearth.client_alias_order EXCEPT SELECT * FROM pg_temp.alias_order_due) UNION ALL (SELECT * FROM pg_temp.alias_order_due EXCEPT SELECT alias_id, client_id, first_key, last_key, client_first_key, client_last_key, org_id, restriction, created_by, created_org, intake_sharing, mou_id, released FROM hearth.client_alias_order)$$, '
-- What a user reads of the table, against the aliases they see of the
-- clients they see, not merged.
\set reads_right 'SELECT results_eq($$SELECT alias_id FROM hearth.client_alias_order ORDER BY 1$$, $$SELECT a.id FROM hearth.client_alias a WHERE EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = a.client_id AND c.merged_into IS NULL) ORDER BY 1$$, '

-- ===========================================================================
-- The table: derived data, read under the alias's rule, written by nobody.
-- ===========================================================================

SELECT ok((SELECT relrowsecurity AND relforcerowsecurity FROM pg_class
           WHERE oid = 'hearth.client_alias_order'::regclass),
	'client_alias_order has row-level security, forced');
SELECT ok(has_column_privilege('hearth_user', 'hearth.client_alias_order', 'client_last_key', 'SELECT')
          AND has_column_privilege('hearth_user', 'hearth.client_alias_order', 'mou_id', 'SELECT'),
	'users read client_alias_order (Find Client walks it)');
SELECT ok(NOT has_column_privilege('hearth_user', 'hearth.client_alias_order', 'released', 'SELECT'),
	'... but not its mark of exceptions (who granted whom what is the two organizations'' to see)');
SELECT ok(NOT has_table_privilege('hearth_user', 'hearth.client_alias_order', 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER'),
	'users write nothing of client_alias_order');
SELECT is((SELECT array_agg(tgrelid::regclass::text || ':' || tgenabled::text ORDER BY tgrelid::regclass::text)
           FROM pg_trigger WHERE tgname = 'alias_order'),
	ARRAY['hearth.client:A', 'hearth.client_alias:A', 'hearth.release_exception:A'],
	'its triggers fire always, also under session_replication_role = replica (bulk loads)');
SELECT ok(NOT has_function_privilege('hearth_user', 'hearth.alias_order_keep()', 'EXECUTE')
          AND NOT has_function_privilege('hearth_user', 'hearth.alias_order_follow()', 'EXECUTE')
          AND NOT has_function_privilege('hearth_user', 'hearth.alias_order_mark()', 'EXECUTE'),
	'users may not run its triggers'' functions');
-- the read policy is the one alias_order_rule() makes of client_alias's today
CREATE POLICY alias_order_due ON hearth.client_alias_order FOR SELECT TO hearth_auditor USING (true);
DO $$ BEGIN
	EXECUTE format('ALTER POLICY alias_order_due ON hearth.client_alias_order USING (%s)', hearth.alias_order_rule());
END $$;
SELECT is((SELECT pg_get_expr(polqual, polrelid) FROM pg_policy
           WHERE polrelid = 'hearth.client_alias_order'::regclass AND polname = 'alias_order_read'),
          (SELECT pg_get_expr(polqual, polrelid) FROM pg_policy
           WHERE polrelid = 'hearth.client_alias_order'::regclass AND polname = 'alias_order_due'),
	'its read policy is client_alias''s read policy as it is now, with its client seen');
DROP POLICY alias_order_due ON hearth.client_alias_order;
:kept_right 'the migration filled it from the fixtures');

-- ===========================================================================
-- Kept: every change to an alias or its client.
-- ===========================================================================

:as_alice
INSERT INTO hearth.client (first_name, last_name) VALUES ('Quinn', 'Quarry'), ('Quentin', 'Quill');
INSERT INTO hearth.client (first_name, last_name, intake_sharing)
	VALUES ('Qiana', 'Quorum', 'organization');
INSERT INTO hearth.client (first_name, last_name, intake_sharing, mou_id)
	SELECT 'Quade', 'Quay', 'mou', id FROM hearth.mou WHERE name = 'M1';
:as_postgres
SELECT (SELECT id FROM hearth.client WHERE first_name = 'Quinn') AS quinn,
       (SELECT id FROM hearth.client WHERE first_name = 'Quentin') AS quentin,
       (SELECT id FROM hearth.client WHERE first_name = 'Qiana') AS qiana,
       (SELECT id FROM hearth.client WHERE first_name = 'Quade') AS quade
\gset
:as_alice
INSERT INTO hearth.client_alias (client_id, first_name, last_name) VALUES (:quinn, 'Doc', 'Harbor');
INSERT INTO hearth.client_alias (client_id, first_name, last_name, restriction)
	VALUES (:quinn, 'Doc', 'Private', 'user');
:as_bob
INSERT INTO hearth.client_alias (client_id, first_name, last_name) VALUES (:quinn, 'Doc', 'North');
INSERT INTO hearth.client_alias (client_id, first_name, last_name) VALUES (:quade, 'Doc', 'Mou');
INSERT INTO hearth.client (first_name, last_name) VALUES ('Gus', 'Gone');
:as_carol
INSERT INTO hearth.client_alias (client_id, first_name, last_name) VALUES (:quinn, 'Doc', 'River');
:as_postgres
SELECT (SELECT id FROM hearth.client WHERE first_name = 'Gus') AS gus \gset
:kept_right 'aliases added by three organizations are there, with their client''s keys');

:as_alice
UPDATE hearth.client SET last_name = 'Quarrier' WHERE id = :quinn;
:as_postgres
:kept_right 'a client renamed by alice: all its aliases follow, Northside''s and Riverside''s too');
SELECT is((SELECT count(*) FROM hearth.client_alias_order WHERE client_id = :quinn AND client_last_key = 'quarrier'),
	(SELECT count(*) FROM hearth.client_alias WHERE client_id = :quinn),
	'every alias of the renamed client carries its new key');
:as_alice
UPDATE hearth.client_alias SET first_name = 'Dox' WHERE client_id = :quinn AND last_name = 'Harbor';
:as_postgres
:kept_right 'an alias renamed');
:as_alice
UPDATE hearth.client_alias SET restriction = 'organization' WHERE client_id = :quinn AND last_name = 'Harbor';
:as_postgres
:kept_right 'an alias restricted');

:as_order_admin
SELECT hearth.merge_clients(:quentin, :quinn) AS merge1 \gset
:as_postgres
:kept_right 'a merge moves the aliases, and their keys become the kept client''s');
:as_order_admin
SELECT lives_ok(format('SELECT hearth.undo_merge(%s)', :merge1), 'the merge is undone');
:as_postgres
:kept_right 'its undo moves them back');

:as_carol
DELETE FROM hearth.client_alias WHERE client_id = :quinn;
:as_postgres
:kept_right 'an alias deleted takes its row with it');
SELECT is((SELECT count(*) FROM hearth.client_alias_order o
           WHERE NOT EXISTS (SELECT 1 FROM hearth.client_alias a WHERE a.id = o.alias_id)), 0::bigint,
	'no row outlives its alias');
:as_carol
INSERT INTO hearth.client_alias (client_id, first_name, last_name) VALUES (:quinn, 'Doc', 'River');
:as_postgres
:kept_right 'Riverside''s alias again');

-- ===========================================================================
-- Read: exactly the rows whose alias and client the user sees.
-- ===========================================================================

:as_alice
INSERT INTO hearth.client_alias (client_id, first_name, last_name) VALUES (:gus, 'Doc', 'Gus');
INSERT INTO hearth.client_alias (client_id, first_name, last_name) VALUES (:qiana, 'Doc', 'Qiana');
:as_bob
UPDATE hearth.client SET intake_sharing = 'organization' WHERE id = :gus;
:as_postgres
:kept_right 'a client restricted by bob: the rows of every alias of it, alice''s too, carry its new sharing level');
:as_alice
SELECT isnt_empty(format('SELECT 1 FROM hearth.client_alias WHERE client_id = %s', :gus),
	'alice still sees the alias she wrote of a client Northside has since restricted');
SELECT is_empty(format('SELECT 1 FROM hearth.client_alias_order WHERE client_id = %s', :gus),
	'but not its row here: that would show the hidden client''s name keys');
:reads_right 'alice reads the rows of the aliases and clients she sees');
SELECT is((SELECT array_agg(last_key ORDER BY last_key) FROM hearth.client_alias_order WHERE client_id = :quinn),
	ARRAY['harbor', 'private', 'quarry'],
	'of Quinn''s (in no MOU): Harbor''s, hers restricted to her, the former name; not Northside''s or Riverside''s');
SELECT is((SELECT array_agg(last_key ORDER BY last_key) FROM hearth.client_alias_order WHERE client_id = :quade),
	ARRAY['mou'], 'of Quade''s (in M1 with Northside): Northside''s');
:as_bob
:reads_right 'bob reads the rows of the aliases and clients he sees');
SELECT is((SELECT array_agg(last_key ORDER BY last_key) FROM hearth.client_alias_order WHERE client_id = :quinn),
	ARRAY['north'], 'bob reads his own of Quinn''s: Quinn is in no MOU with Harbor');
:as_carol
:reads_right 'carol reads the rows of the aliases and clients she sees');
SELECT is_empty(format('SELECT 1 FROM hearth.client_alias_order WHERE client_id = %s', :qiana),
	'carol reads nothing of an organization-level client of Harbor''s');
:as_dan_northside
:reads_right 'dan, working in Northside, reads the rows of the aliases and clients he sees');
:as_order_admin
:reads_right 'an administrator working in Harbor reads the rows of the aliases and clients they see');
-- Shared by an exception: Riverside grants Harbor what it holds of Quinn (a
-- global client of Harbor's, in no MOU), its alias among it; then ends it.
:as_carol
INSERT INTO hearth.release_exception (client_id, accessing_org) VALUES (:quinn, hearth.org_id('Harbor'));
:as_alice
:reads_right 'with an exception from Riverside, alice reads the rows of the aliases and clients she sees');
SELECT is((SELECT array_agg(last_key ORDER BY last_key) FROM hearth.client_alias_order WHERE client_id = :quinn),
	ARRAY['harbor', 'private', 'quarry', 'river'], '... Riverside''s alias of Quinn among them');
:as_postgres
:kept_right 'an exception granted: the rows of the granting organization''s aliases of its client are marked');
:as_bob
:reads_right 'bob, granted nothing, reads the rows of the aliases and clients he sees');
-- marked, but the exception not yet begun: not shared
:as_carol
UPDATE hearth.release_exception SET begin_date = hearth.today() + 1 WHERE client_id = :quinn;
:as_alice
:reads_right 'the exception begins tomorrow: alice reads the rows of the aliases and clients she sees');
SELECT is((SELECT array_agg(last_key ORDER BY last_key) FROM hearth.client_alias_order WHERE client_id = :quinn),
	ARRAY['harbor', 'private', 'quarry'], '... Riverside''s alias of Quinn not among them yet');
:as_carol
DELETE FROM hearth.release_exception WHERE client_id = :quinn;
:as_postgres
:kept_right 'the exception deleted: the mark is gone');
:as_alice
:reads_right 'the exception ended, alice reads the rows of the aliases and clients she sees');
SELECT is((SELECT array_agg(last_key ORDER BY last_key) FROM hearth.client_alias_order WHERE client_id = :quinn),
	ARRAY['harbor', 'private', 'quarry'], '... Riverside''s alias of Quinn no longer among them');
-- Shared by an MOU: Harbor puts Quinn in M1, with Northside; then takes it out.
UPDATE hearth.client SET mou_id = (SELECT id FROM hearth.mou WHERE name = 'M1') WHERE id = :quinn;
:as_postgres
:kept_right 'a client put in an MOU: its aliases'' rows carry it');
:as_alice
:reads_right 'Quinn in M1, alice reads the rows of the aliases and clients she sees');
SELECT is((SELECT array_agg(last_key ORDER BY last_key) FROM hearth.client_alias_order WHERE client_id = :quinn),
	ARRAY['harbor', 'north', 'private', 'quarry'], '... Northside''s alias of Quinn among them');
:as_dan_northside
:reads_right 'Quinn in M1, dan in Northside reads the rows of the aliases and clients he sees');
:as_alice
UPDATE hearth.client SET mou_id = NULL WHERE id = :quinn;
:as_postgres
:kept_right 'a client taken out of its MOU: its aliases'' rows follow');
:as_alice
SELECT is((SELECT array_agg(last_key ORDER BY last_key) FROM hearth.client_alias_order WHERE client_id = :quinn),
	ARRAY['harbor', 'private', 'quarry'], '... and Northside''s alias of Quinn is no longer read');
:as_alice
SELECT throws_ok(format($$INSERT INTO hearth.client_alias_order (alias_id, client_id, org_id, restriction, created_by)
                          VALUES (-1, %s, 1, 'none', 1)$$, :quinn), '42501', NULL,
	'a user cannot add a row');
SELECT throws_ok($$UPDATE hearth.client_alias_order SET client_last_key = 'aaa'$$, '42501', NULL,
	'a user cannot change a row');
SELECT throws_ok($$DELETE FROM hearth.client_alias_order$$, '42501', NULL,
	'a user cannot delete a row');

-- ===========================================================================
-- Find Client in every order by name: what the rule gives, page by page.
-- ===========================================================================

:as_postgres
SET plan_cache_mode = force_custom_plan;   -- as hearth's unnamed statements
PREPARE find_last(text, text, text, text, text, bigint, bigint, boolean) AS :find_named;
PREPARE find_last_desc(text, text, text, text, text, bigint, bigint, boolean) AS :find_last_desc;
PREPARE find_first(text, text, text, text, text, bigint, bigint, boolean) AS :find_first;
PREPARE find_first_desc(text, text, text, text, text, bigint, bigint, boolean) AS :find_first_desc;
PREPARE find_birth(text, text, text, text, text, bigint, bigint, boolean) AS :find_birth;
\ir lib/find_page.psql
-- One page of a search by first name: the ids in the statement's order.
CREATE FUNCTION pg_temp.page(stmt text, first text, lim bigint, off bigint) RETURNS bigint[]
LANGUAGE sql AS $$ SELECT pg_temp.find_page(stmt, first, '', lim, off) $$;
-- The same by the rule: the clients the caller sees, not merged, whose own
-- first name, a visible alias's or a merged client's starts so, in `sort`.
CREATE FUNCTION pg_temp.due(first text, sort text) RETURNS bigint[]
LANGUAGE plpgsql AS $$
DECLARE
	ids bigint[];
	k text := hearth.name_key(first);
BEGIN
	EXECUTE format($q$SELECT coalesce(array_agg(c.id ORDER BY %s), '{}') FROM hearth.client c
		WHERE c.merged_into IS NULL
		  AND (starts_with(c.first_key, $1)
		       OR EXISTS (SELECT 1 FROM hearth.client_alias a WHERE a.client_id = c.id AND starts_with(a.first_key, $1))
		       OR EXISTS (SELECT 1 FROM hearth.client m WHERE m.merged_into = c.id AND starts_with(m.first_key, $1)))$q$,
		CASE sort WHEN 'find_last' THEN 'c.last_key, c.first_key, c.id'
		          WHEN 'find_last_desc' THEN 'c.last_key DESC, c.first_key DESC, c.id DESC'
		          WHEN 'find_first' THEN 'c.first_key, c.last_key, c.id'
		          WHEN 'find_first_desc' THEN 'c.first_key DESC, c.last_key DESC, c.id DESC'
		          WHEN 'find_birth' THEN 'c.birth_date NULLS LAST, c.id' END)
	INTO ids USING k;
	RETURN ids;
END $$;
-- The whole list in pages of two, one after the other.
CREATE FUNCTION pg_temp.paged(stmt text, first text) RETURNS bigint[]
LANGUAGE plpgsql AS $$
DECLARE
	ids bigint[] := '{}';
	p bigint[];
	off bigint := 0;
BEGIN
	LOOP
		p := pg_temp.page(stmt, first, 2, off);
		EXIT WHEN cardinality(p) = 0 OR off > 200;
		ids := ids || p;
		off := off + 2;
	END LOOP;
	RETURN ids;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.page(text, text, bigint, bigint), pg_temp.due(text, text),
	pg_temp.paged(text, text) TO PUBLIC;

-- Many clients called Doc by many organizations, half of them in M1, some
-- also by name, one merged, one without a last name, two with the same names.
:as_alice
INSERT INTO hearth.client (first_name, last_name, birth_date, dob_data_quality, intake_sharing, mou_id)
	SELECT 'Person' || i, 'Surname' || (i % 7), date '1980-01-01' + i, 1,
	       CASE WHEN i % 2 = 0 THEN 'mou' ELSE 'global' END, CASE WHEN i % 2 = 0 THEN m.id END
	FROM generate_series(1, 30) i, hearth.mou m WHERE m.name = 'M1';
INSERT INTO hearth.client (first_name, last_name) VALUES ('Doctor', 'Same'), ('Doctor', 'Same'), ('Docia', NULL);
INSERT INTO hearth.client_alias (client_id, first_name, last_name)
	SELECT id, 'Doc', 'Harbor' FROM hearth.client WHERE first_name ~ '^Person[0-9]*[05]$';
:as_bob
INSERT INTO hearth.client_alias (client_id, first_name, last_name)
	SELECT id, 'Doc', 'North' FROM hearth.client WHERE first_name ~ '^Person[0-9]*[0-3]$';
INSERT INTO hearth.client (first_name, last_name) VALUES ('Docker', 'Merged');
:as_carol
INSERT INTO hearth.client_alias (client_id, first_name, last_name)
	SELECT id, 'Doc', 'River' FROM hearth.client WHERE first_name ~ '^Person[0-9]*[4-9]$';
:as_postgres
SELECT (SELECT id FROM hearth.client WHERE first_name = 'Docker') AS docker,
       (SELECT id FROM hearth.client WHERE first_name = 'Person8') AS person8
\gset
:as_order_admin
SELECT hearth.merge_clients(:person8, :docker) AS merge2 \gset
-- an alias added to the merged record by hand: no row (Find reads no client
-- on the aliases' side when only a name is typed), and no client found by it
:as_bob
INSERT INTO hearth.client_alias (client_id, first_name, last_name) VALUES (:docker, 'Doc', 'Ghost');
:as_postgres
:kept_right 'an alias added to a merged client has no row');
SELECT is_empty(format('SELECT 1 FROM hearth.client_alias_order WHERE client_id = %s', :docker),
	'... none of the merged client''s');

:as_alice
SELECT ok(cardinality(pg_temp.due('doc', 'find_last')) > 15,
	'alice finds many clients by Doc (the checks below are not vacuous)');
SELECT is(pg_temp.page('find_last', 'doc', 100, 0), pg_temp.due('doc', 'find_last'),
	'alice, by last name: every client found by name, alias or merged name, in order');
SELECT is(pg_temp.paged('find_last', 'doc'), pg_temp.due('doc', 'find_last'),
	'alice, by last name, in pages of two');
SELECT is(pg_temp.page('find_last_desc', 'doc', 100, 0), pg_temp.due('doc', 'find_last_desc'),
	'alice, by last name descending');
SELECT is(pg_temp.paged('find_last_desc', 'doc'), pg_temp.due('doc', 'find_last_desc'),
	'alice, by last name descending, in pages of two');
SELECT is(pg_temp.page('find_first', 'doc', 100, 0), pg_temp.due('doc', 'find_first'),
	'alice, by first name');
SELECT is(pg_temp.paged('find_first_desc', 'doc'), pg_temp.due('doc', 'find_first_desc'),
	'alice, by first name descending, in pages of two');
SELECT is(pg_temp.page('find_birth', 'doc', 100, 0), pg_temp.due('doc', 'find_birth'),
	'alice, by birth date (the aliases read as before)');
:as_bob
SELECT is(pg_temp.paged('find_last', 'doc'), pg_temp.due('doc', 'find_last'),
	'bob, by last name, in pages of two');
SELECT is(pg_temp.paged('find_first_desc', 'doc'), pg_temp.due('doc', 'find_first_desc'),
	'bob, by first name descending, in pages of two');
:as_carol
SELECT is(pg_temp.paged('find_last', 'doc'), pg_temp.due('doc', 'find_last'),
	'carol, by last name, in pages of two: her aliases find the clients she sees');
SELECT ok(NOT pg_temp.page('find_last', 'doc', 100, 0) && ARRAY[:qiana]::bigint[],
	'carol does not find Harbor''s organization-level client through Harbor''s alias');
:as_dan_northside
SELECT is(pg_temp.paged('find_first', 'doc'), pg_temp.due('doc', 'find_first'),
	'dan in Northside, by first name, in pages of two');

:as_order_admin
SELECT lives_ok(format('SELECT hearth.undo_merge(%s)', :merge2), 'the second merge is undone');
:as_postgres
:kept_right 'undone, the client that was merged has the rows of its aliases again, the one added meanwhile too');

SELECT * FROM finish();
ROLLBACK;
