-- tests/sql/schema.sql: the fixed public names of the schema (tables,
-- columns, functions), their defaults and check constraints, and the record
-- of applied migrations. Runs as the superuser, inside one transaction that
-- is rolled back, so it leaves nothing behind.
--
-- psql variable "migrations": the comma-separated file names of sql/*.sql,
-- passed by tests/sql/run (pg_prove --set); without it, the first eight.
\if :{?migrations}
\else
\set migrations '001_roles.sql,002_directory.sql,003_audit.sql,004_admin.sql,005_client.sql,006_transactions.sql,007_households.sql,008_lookups.sql'
\endif

BEGIN;
SELECT plan(168);

-- ---- tables and their columns --------------------------------------------

SELECT has_schema('hearth');

SELECT has_table('hearth', 'organization', 'table hearth.organization exists');
SELECT has_column('hearth', 'organization', c, 'hearth.organization.' || c)
FROM unnest(ARRAY['id', 'name']) c;

SELECT has_table('hearth', 'hmis_user', 'table hearth.hmis_user exists');
SELECT has_column('hearth', 'hmis_user', c, 'hearth.hmis_user.' || c)
FROM unnest(ARRAY['id', 'username', 'full_name']) c;

SELECT has_table('hearth', 'membership', 'table hearth.membership exists');
SELECT has_column('hearth', 'membership', c, 'hearth.membership.' || c)
FROM unnest(ARRAY['user_id', 'org_id']) c;

SELECT has_table('hearth', 'mou', 'table hearth.mou exists');
SELECT has_column('hearth', 'mou', c, 'hearth.mou.' || c)
FROM unnest(ARRAY['id', 'name']) c;

SELECT has_table('hearth', 'mou_member', 'table hearth.mou_member exists');
SELECT has_column('hearth', 'mou_member', c, 'hearth.mou_member.' || c)
FROM unnest(ARRAY['mou_id', 'org_id', 'begin_date', 'end_date']) c;

SELECT has_table('hearth', 'client', 'table hearth.client exists');
SELECT has_column('hearth', 'client', c, 'hearth.client.' || c)
FROM unnest(ARRAY['id', 'first_name', 'middle_name', 'last_name', 'suffix',
                  'birth_date', 'ssn', 'intake_sharing', 'mou_id',
                  'created_org', 'created_by', 'created_at', 'updated_at',
                  'name_data_quality', 'ssn_data_quality', 'dob_data_quality',
                  'sex', 'am_ind_ak_native', 'asian', 'black_af_american',
                  'hispanic_latinao', 'mid_east_n_african', 'native_hi_pacific',
                  'white', 'race_none', 'additional_race_ethnicity',
                  'veteran_status']) c;

SELECT has_table('hearth', 'release_exception', 'table hearth.release_exception exists');
SELECT has_column('hearth', 'release_exception', c, 'hearth.release_exception.' || c)
FROM unnest(ARRAY['id', 'client_id', 'granting_org', 'accessing_org',
                  'begin_date', 'end_date']) c;

SELECT has_table('hearth', 'case_note', 'table hearth.case_note exists');
SELECT has_column('hearth', 'case_note', c, 'hearth.case_note.' || c)
FROM unnest(ARRAY['id', 'client_id', 'org_id', 'author_id', 'note_date',
                  'title', 'body', 'read_only', 'restriction',
                  'enrollment_id']) c;

SELECT has_table('hearth', 'program', 'table hearth.program exists');
SELECT has_table('hearth', 'grant', 'table hearth."grant" exists');

SELECT has_table('hearth', 'enrollment', 'table hearth.enrollment exists');
SELECT has_column('hearth', 'enrollment', c, 'hearth.enrollment.' || c)
FROM unnest(ARRAY['id', 'client_id', 'org_id', 'program_id', 'restriction']) c;

SELECT has_table('hearth', 'service', 'table hearth.service exists');
SELECT has_column('hearth', 'service', 'restriction', 'hearth.service.restriction');
SELECT has_table('hearth', 'assessment', 'table hearth.assessment exists');
SELECT has_column('hearth', 'assessment', 'restriction', 'hearth.assessment.restriction');
SELECT has_table('hearth', 'audit_log', 'table hearth.audit_log exists');
SELECT has_table('hearth', 'schema_migration', 'table hearth.schema_migration exists');

-- Keys are bigints everywhere (ids travel between tables and into hearth).
SELECT col_type_is('hearth', t, c, 'bigint', 'hearth.' || t || '.' || c || ' is bigint')
FROM (VALUES ('organization', 'id'), ('hmis_user', 'id'), ('mou', 'id'),
             ('client', 'id'), ('client', 'mou_id'), ('client', 'created_org'),
             ('client', 'created_by'), ('release_exception', 'client_id'),
             ('case_note', 'id'), ('case_note', 'client_id'),
             ('case_note', 'org_id'), ('case_note', 'author_id')) AS x(t, c);
SELECT col_type_is('hearth', 'client', 'birth_date', 'date', 'hearth.client.birth_date is a date');
SELECT col_type_is('hearth', 'case_note', 'read_only', 'boolean', 'hearth.case_note.read_only is boolean');

-- The ownership columns may not be left empty.
SELECT col_not_null('hearth', t, c, 'hearth.' || t || '.' || c || ' is NOT NULL')
FROM (VALUES ('client', 'created_org'), ('client', 'created_by'),
             ('client', 'intake_sharing'), ('case_note', 'client_id'),
             ('case_note', 'org_id'), ('case_note', 'author_id'),
             ('case_note', 'read_only'), ('case_note', 'restriction'),
             ('enrollment', 'org_id'), ('enrollment', 'restriction'),
             ('service', 'restriction'), ('assessment', 'restriction'),
             ('release_exception', 'granting_org'),
             ('release_exception', 'accessing_org')) AS x(t, c);

-- ---- functions -------------------------------------------------------------

SELECT has_function('hearth', 'set_active_org', ARRAY['bigint'], 'hearth.set_active_org(bigint) exists');
SELECT function_returns('hearth', 'set_active_org', ARRAY['bigint'], 'bigint', 'hearth.set_active_org(bigint) returns bigint');
SELECT is_definer('hearth', 'set_active_org', ARRAY['bigint'], 'hearth.set_active_org(bigint) is SECURITY DEFINER');
SELECT has_function('hearth', 'active_org', ARRAY[]::name[], 'hearth.active_org() exists');
SELECT function_returns('hearth', 'active_org', ARRAY[]::name[], 'bigint', 'hearth.active_org() returns bigint');
SELECT is_definer('hearth', 'active_org', ARRAY[]::name[], 'hearth.active_org() is SECURITY DEFINER');
SELECT has_function('hearth', 'client_opened', ARRAY['bigint'], 'hearth.client_opened(bigint) exists');
SELECT function_returns('hearth', 'client_opened', ARRAY['bigint'], 'boolean', 'hearth.client_opened(bigint) returns boolean');
SELECT is_definer('hearth', 'client_opened', ARRAY['bigint'], 'hearth.client_opened(bigint) is SECURITY DEFINER');

-- ---- defaults --------------------------------------------------------------

SELECT col_default_is('hearth', 'client', 'intake_sharing', 'global'::text,
	'hearth.client.intake_sharing defaults to global');
SELECT col_default_is('hearth', t, 'restriction', 'none'::text,
	'hearth.' || t || '.restriction defaults to none')
FROM unnest(ARRAY['enrollment', 'service', 'assessment', 'case_note']) t;
SELECT col_default_is('hearth', 'case_note', 'read_only', false,
	'hearth.case_note.read_only defaults to false');
-- The ownership columns default to the caller and the active organization.
SELECT col_default_is('hearth', t, c, d, 'hearth.' || t || '.' || c || ' defaults to ' || d)
FROM (VALUES ('client', 'created_org', 'hearth.active_org()'),
             ('client', 'created_by', 'hearth.current_user_id()'),
             ('case_note', 'org_id', 'hearth.active_org()'),
             ('case_note', 'author_id', 'hearth.current_user_id()'),
             ('release_exception', 'granting_org', 'hearth.active_org()')) AS x(t, c, d);

-- ---- check constraints -----------------------------------------------------

SELECT col_has_check('hearth', 'client', 'intake_sharing', 'hearth.client.intake_sharing has a check constraint');
SELECT col_has_check('hearth', t, 'restriction', 'hearth.' || t || '.restriction has a check constraint')
FROM unnest(ARRAY['enrollment', 'service', 'assessment', 'case_note']) t;

-- Rows to exercise the constraints with, written as the superuser (who has
-- no active organization, so the ownership columns are given).
INSERT INTO hearth.organization (name) VALUES ('Schema test org');
INSERT INTO hearth.hmis_user (username) VALUES ('schema_test_user');
CREATE TEMP TABLE ids AS
	SELECT (SELECT id FROM hearth.organization WHERE name = 'Schema test org') AS org,
	       (SELECT id FROM hearth.hmis_user WHERE username = 'schema_test_user') AS usr;
INSERT INTO hearth.program (org_id, name) SELECT org, 'Schema test program' FROM ids;

SELECT lives_ok(format(
	$$INSERT INTO hearth.client (first_name, intake_sharing, created_org, created_by)
	  VALUES ('S-%1$s', %1$L, %2$s, %3$s)$$, v, (SELECT org FROM ids), (SELECT usr FROM ids)),
	'client.intake_sharing accepts ' || v)
FROM unnest(ARRAY['organization', 'mou', 'global']) v;
SELECT throws_ok(format(
	$$INSERT INTO hearth.client (first_name, intake_sharing, created_org, created_by)
	  VALUES ('S-bad', %1$L, %2$s, %3$s)$$, v, (SELECT org FROM ids), (SELECT usr FROM ids)),
	'23514', NULL, 'client.intake_sharing refuses ' || quote_literal(v))
FROM unnest(ARRAY['public', 'Global', 'none', '']) v;

CREATE TEMP TABLE client_row AS
	SELECT min(id) AS id FROM hearth.client WHERE first_name = 'S-global';
-- Each transaction table: the three restrictions are accepted, others not.
CREATE TEMP TABLE tx_insert (tbl text, sql text);
INSERT INTO tx_insert
-- (each ended the day it began, an empty stay: a client is never in one
-- program twice at a time)
SELECT 'enrollment', format($$INSERT INTO hearth.enrollment (client_id, org_id, program_id, created_by, restriction, exit_date)
	VALUES (%s, %s, %s, %s, %%L, hearth.today())$$, c.id, i.org, p.id, i.usr)
	FROM client_row c, ids i, hearth.program p WHERE p.name = 'Schema test program'
UNION ALL
SELECT 'service', format($$INSERT INTO hearth.service (client_id, org_id, service_type, created_by, restriction)
	VALUES (%s, %s, 'meal', %s, %%L)$$, c.id, i.org, i.usr) FROM client_row c, ids i
UNION ALL
SELECT 'assessment', format($$INSERT INTO hearth.assessment (client_id, org_id, assessment_type, created_by, restriction)
	VALUES (%s, %s, 'intake', %s, %%L)$$, c.id, i.org, i.usr) FROM client_row c, ids i
UNION ALL
SELECT 'case_note', format($$INSERT INTO hearth.case_note (client_id, org_id, author_id, title, restriction)
	VALUES (%s, %s, %s, 'schema test', %%L)$$, c.id, i.org, i.usr) FROM client_row c, ids i;

SELECT lives_ok(format(t.sql, v), t.tbl || '.restriction accepts ' || v)
FROM tx_insert t, unnest(ARRAY['none', 'organization', 'user']) v
ORDER BY t.tbl, v;
SELECT throws_ok(format(t.sql, v), '23514', NULL, t.tbl || '.restriction refuses ' || quote_literal(v))
FROM tx_insert t, unnest(ARRAY['public', 'mou', 'None']) v
ORDER BY t.tbl, v;

-- What rows inserted without restriction / read_only / intake_sharing got.
INSERT INTO hearth.enrollment (client_id, org_id, program_id, created_by, household_id)
	SELECT c.id, i.org, p.id, i.usr, 'S-default' FROM client_row c, ids i, hearth.program p
	WHERE p.name = 'Schema test program';
INSERT INTO hearth.service (client_id, org_id, created_by, service_type)
	SELECT c.id, i.org, i.usr, 'S-default' FROM client_row c, ids i;
INSERT INTO hearth.assessment (client_id, org_id, created_by, assessment_type)
	SELECT c.id, i.org, i.usr, 'S-default' FROM client_row c, ids i;
INSERT INTO hearth.case_note (client_id, org_id, author_id, title)
	SELECT c.id, i.org, i.usr, 'S-default' FROM client_row c, ids i;
INSERT INTO hearth.client (first_name, created_org, created_by)
	SELECT 'S-default', org, usr FROM ids;
SELECT results_eq(
	$$SELECT 'enrollment', restriction FROM hearth.enrollment WHERE household_id = 'S-default'
	  UNION ALL SELECT 'service', restriction FROM hearth.service WHERE service_type = 'S-default'
	  UNION ALL SELECT 'assessment', restriction FROM hearth.assessment WHERE assessment_type = 'S-default'
	  UNION ALL SELECT 'case_note', restriction FROM hearth.case_note WHERE title = 'S-default'$$,
	$$VALUES ('enrollment', 'none'), ('service', 'none'), ('assessment', 'none'), ('case_note', 'none')$$,
	'transactions inserted without a restriction get none');
SELECT is((SELECT read_only FROM hearth.case_note WHERE title = 'S-default'), false,
	'a case note inserted without read_only is not read-only');
SELECT is((SELECT intake_sharing FROM hearth.client WHERE first_name = 'S-default'), 'global',
	'a client inserted without intake_sharing is shared globally');

-- ---- migrations ------------------------------------------------------------

SELECT results_eq(
	'SELECT name FROM hearth.schema_migration ORDER BY version',
	string_to_array(:'migrations', ','),
	'hearth.schema_migration records every migration in sql/, in order');
SELECT is_empty(
	$$SELECT version, name FROM hearth.schema_migration
	  WHERE name !~ '^[0-9]+_' OR version <> split_part(name, '_', 1)::int$$,
	'each migration is recorded under the number of its file');

SELECT * FROM finish();
ROLLBACK;
