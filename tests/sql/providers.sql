-- tests/sql/providers.sql: 070_providers.sql. Organization administrators,
-- who writes the directory (programs, grants, the CoCs a program serves),
-- HUD's Project, ProjectCoC and Funder columns with their checks and lists.
--
-- Fixtures (tests/sql/run): organizations Harbor, Northside, Riverside;
-- users alice (Harbor, its administrator), bob (Northside, its
-- administrator), carol (Riverside, its administrator), dan (Harbor and
-- Northside, a plain member), ada (system administrator, no organization).
-- One transaction, rolled back.

BEGIN;
SELECT plan(47);
\ir lib/as_user.psql

SELECT (SELECT id FROM hearth.organization WHERE name = 'Harbor') AS harbor,
       (SELECT id FROM hearth.organization WHERE name = 'Northside') AS northside
\gset

-- ---- the columns --------------------------------------------------------------

SELECT has_column('hearth', 'membership', 'org_admin', 'membership.org_admin exists');
SELECT col_not_null('hearth', 'membership', 'org_admin', 'membership.org_admin is NOT NULL');
SELECT col_default_is('hearth', 'membership', 'org_admin', 'false', 'a member is no administrator by default');
SELECT has_column('hearth', 'program', c, 'program.' || c || ' exists')
FROM unnest(ARRAY['housing_type', 'target_population', 'continuum_project',
                  'hmis_participation_type', 'rrh_sub_type']) c;
SELECT has_column('hearth', 'grant', c, 'grant.' || c || ' exists')
FROM unnest(ARRAY['funder', 'other_funder', 'hud_grant_id']) c;
SELECT col_type_is('hearth', 'grant', 'funder', 'smallint', 'grant.funder is a HUD code');
SELECT has_table('hearth', 'project_coc', 'hearth.project_coc exists');
SELECT is((SELECT relrowsecurity AND relforcerowsecurity FROM pg_class
           WHERE oid = 'hearth.project_coc'::regclass), true, 'project_coc has RLS enabled and forced');
SELECT col_not_null('hearth', 'grant', 'program_id', 'a grant belongs to a program');

-- ---- the lists ---------------------------------------------------------------------

SELECT results_eq($$SELECT list, string_agg(code, ',' ORDER BY sort) FROM hearth.lookup
                    WHERE list IN ('hud_housing_type', 'hud_target_population', 'hud_hmis_participation_type',
                                   'hud_rrh_sub_type', 'hud_geography_type', 'hud_no_yes')
                    GROUP BY list ORDER BY list$$,
	$$VALUES ('hud_geography_type', '1,2,3,99'), ('hud_hmis_participation_type', '0,1,2'),
	         ('hud_housing_type', '1,2,3'), ('hud_no_yes', '0,1'), ('hud_rrh_sub_type', '1,2'),
	         ('hud_target_population', '1,3,4')$$,
	'the directory''s choice lists have HUD''s codes');
SELECT is((SELECT label FROM hearth.lookup WHERE list = 'hud_funder' AND code = '46'),
	'Local or Other Funding Source', 'hud_funder: 46 is a local or other funder');
SELECT is((SELECT count(*)::integer FROM hearth.lookup WHERE list = 'hud_funder'), 53,
	'hud_funder lists the current funder codes');

-- ---- who is an organization administrator ------------------------------------------

:as_alice
SELECT is(hearth.is_org_admin(:harbor), true, 'alice administers Harbor');
SELECT is(hearth.is_org_admin(:northside), false, 'alice does not administer Northside');
:as_dan
SELECT is(hearth.is_org_admin(:harbor), false, 'dan is a plain member of Harbor');
SELECT throws_ok($$SELECT hearth.org_admin_set('dan', 'Harbor', true)$$, '42501', NULL,
	'a user cannot make himself an organization administrator');
:as_alice
SELECT throws_ok($$SELECT hearth.org_admin_set('dan', 'Harbor', true)$$, '42501', NULL,
	'nor can an organization administrator: only system administrators');
:as_ada
SELECT throws_ok($$SELECT hearth.org_admin_set('carol', 'Harbor', true)$$, '22023', NULL,
	'only a member can administer an organization');
SELECT lives_ok($$SELECT hearth.org_admin_set('dan', 'Northside', true)$$,
	'a system administrator makes dan an administrator of Northside');
:as_dan
SELECT is(hearth.is_org_admin(:northside), true, 'dan now administers Northside');
:as_ada
SELECT lives_ok($$SELECT hearth.org_admin_set('dan', 'Northside', false)$$, 'and takes it back');

-- ---- writing the directory --------------------------------------------------------

:as_alice
SELECT lives_ok($$INSERT INTO hearth.program (name, project_type, begin_date, housing_type,
	target_population, continuum_project, hmis_participation_type)
	VALUES ('Harbor Directory', 1, '2020-01-01', 1, 4, 1, 1)$$,
	'an organization administrator adds a program of the active organization');
SELECT throws_ok(format($$INSERT INTO hearth.program (org_id, name) VALUES (%s, 'Not mine')$$, :northside),
	'42501', NULL, 'an organization administrator cannot add another organization''s program');
:as_postgres
SELECT (SELECT id FROM hearth.program WHERE name = 'Harbor Directory') AS hp \gset
:as_alice
SELECT lives_ok(format($$INSERT INTO hearth."grant" (program_id, name, funder, hud_grant_id, begin_date)
	VALUES (%s, 'ESG', 8, 'XX0001L9T001900', '2020-01-01')$$, :hp), 'and a grant for it');
SELECT lives_ok(format($$INSERT INTO hearth.project_coc (program_id, coc_code, geocode, city, state, zip, geography_type)
	VALUES (%s, 'OR-501', '419051', 'Portland', 'OR', '97201', 1)$$, :hp), 'and the CoC it serves');
SELECT throws_ok(format($$INSERT INTO hearth.project_coc (program_id, coc_code) VALUES (%s, 'or-501')$$, :hp),
	'23514', NULL, 'a CoC code is two capitals, a hyphen and three digits');
SELECT throws_ok(format($$INSERT INTO hearth.project_coc (program_id, coc_code, zip) VALUES (%s, 'OR-501', '9720')$$, :hp),
	'23514', NULL, 'a ZIP code has five digits');
SELECT throws_ok(format($$UPDATE hearth.program SET housing_type = 4 WHERE id = %s$$, :hp),
	'23514', NULL, 'housing_type takes HUD''s codes only');
SELECT throws_ok(format($$UPDATE hearth.program SET hmis_participation_type = 3 WHERE id = %s$$, :hp),
	'23514', NULL, 'hmis_participation_type takes HUD''s codes only');
SELECT throws_ok(format($$UPDATE hearth."grant" SET funder = 56 + 1 WHERE program_id = %s$$, :hp),
	'23514', NULL, 'funder takes HUD''s codes only');
SELECT throws_ok(format($$DELETE FROM hearth.program WHERE id = %s$$, :hp),
	'42501', NULL, 'programs are ended, not deleted');

:as_dan
SELECT throws_ok($$INSERT INTO hearth.program (name) VALUES ('Dan''s')$$, '42501', NULL,
	'a plain member cannot add a program');
SELECT is_empty(format($$UPDATE hearth.program SET name = 'hacked' WHERE id = %s RETURNING id$$, :hp),
	'a plain member cannot change one');
SELECT is_empty(format($$UPDATE hearth."grant" SET name = 'hacked' WHERE program_id = %s RETURNING id$$, :hp),
	'nor its grants');
SELECT is_empty(format($$UPDATE hearth.project_coc SET city = 'hacked' WHERE program_id = %s RETURNING id$$, :hp),
	'nor its CoCs');
SELECT is((SELECT count(*)::integer FROM hearth.project_coc WHERE program_id = :hp), 1,
	'every user reads the directory, CoCs too');

:as_bob
SELECT is_empty(format($$UPDATE hearth.program SET name = 'hacked' WHERE id = %s RETURNING id$$, :hp),
	'another organization''s administrator cannot change the program');
SELECT lives_ok($$INSERT INTO hearth.program (name) VALUES ('North Directory')$$,
	'bob administers his own');
:as_postgres
SELECT (SELECT id FROM hearth.program WHERE name = 'North Directory') AS np \gset
:as_alice
SELECT throws_ok(format($$INSERT INTO hearth."grant" (program_id, name) VALUES (%s, 'Mine on theirs')$$, :np),
	'23503', NULL, 'a grant belongs to a program of its own organization');

:as_ada
SELECT lives_ok(format($$INSERT INTO hearth.program (org_id, name) VALUES (%s, 'By the administrator')$$, :northside),
	'a system administrator writes any organization''s directory');
SELECT isnt_empty(format($$UPDATE hearth.program SET end_date = '2030-01-01' WHERE id = %s RETURNING id$$, :hp),
	'and ends a program');

SELECT * FROM finish();
ROLLBACK;
