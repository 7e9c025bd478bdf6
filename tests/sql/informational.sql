-- tests/sql/informational.sql: the informational assessments of 075
-- (veteran_info, education, employment, health, financial, work_history):
-- made by hearth.data_element, so each has the elements' common columns,
-- RLS forced and the transaction policies, its read asking for its
-- enrollment; each code column's CHECK accepts exactly its list's codes;
-- and the employer directory (hearth.employer): read by everybody, added to
-- by anybody as their own organization, changed only by the organization
-- that added it, deleted by nobody.
--
-- Fixtures (tests/sql/run): organizations Harbor, Northside, Riverside;
-- users alice (Harbor), bob (Northside), carol (Riverside), dan (Harbor and
-- Northside); MOU M1 (Harbor, Northside).

BEGIN;
SELECT plan(37);
\ir lib/as_user.psql
\set as_dan_harbor 'RESET SESSION AUTHORIZATION; RESET hearth.active_org; SET SESSION AUTHORIZATION dan; DO $$ BEGIN PERFORM hearth.set_active_org(hearth.org_id(''Harbor'')); END $$;'
\set as_dan_northside 'RESET SESSION AUTHORIZATION; RESET hearth.active_org; SET SESSION AUTHORIZATION dan; DO $$ BEGIN PERFORM hearth.set_active_org(hearth.org_id(''Northside'')); END $$;'

SELECT (SELECT id FROM hearth.organization WHERE name = 'Harbor') AS harbor,
       (SELECT id FROM hearth.organization WHERE name = 'Northside') AS northside,
       (SELECT id FROM hearth.mou WHERE name = 'M1') AS m1
\gset

CREATE TEMP TABLE element (tbl name);
INSERT INTO element VALUES ('veteran_info'), ('education'), ('employment'), ('health'),
	('financial'), ('work_history');
GRANT SELECT ON element TO PUBLIC;

-- ===========================================================================
-- The tables.
-- ===========================================================================

SELECT has_table('hearth', tbl, 'hearth.' || tbl || ' exists') FROM element ORDER BY tbl;
SELECT columns_are('hearth', 'veteran_info', ARRAY['id', 'client_id', 'org_id', 'enrollment_id',
	'assessment_id', 'information_date', 'data_collection_stage', 'year_entered_service',
	'year_separated', 'world_war_ii', 'korean_war', 'vietnam_war', 'desert_storm',
	'afghanistan_oef', 'iraq_oif', 'iraq_ond', 'other_theater', 'military_branch',
	'discharge_status', 'restriction', 'created_by', 'created_at', 'updated_at'],
	'hearth.veteran_info has the common columns and HUD''s V1 (Client.csv''s names)');
SELECT is_empty($$
	SELECT e.tbl, x.col FROM element e, unnest(ARRAY['id', 'client_id', 'org_id', 'enrollment_id',
		'assessment_id', 'information_date', 'data_collection_stage', 'restriction', 'created_by',
		'created_at', 'updated_at']) x(col)
	EXCEPT SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'hearth'$$,
	'every informational table has the data elements'' common columns');
SELECT col_not_null('hearth', 'work_history', 'employer_id', 'a work history names its employer');
SELECT fk_ok('hearth', 'work_history', 'employer_id', 'hearth', 'employer', 'id',
	'a work history''s employer is one of the directory');
SELECT is((SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attname)
	FROM pg_attribute WHERE attrelid = 'hearth.work_history'::regclass
	  AND attname IN ('hourly_wage', 'weekly_hours', 'monthly_pay', 'annual_pay')),
	'annual_pay numeric(12,2), hourly_wage numeric(8,2), monthly_pay numeric(10,2), weekly_hours numeric(5,2)',
	'the wage, hours and pay are exact numbers with cents');

-- ===========================================================================
-- The codes: each CHECK accepts exactly its list's codes (tried from -1 to
-- 500, the CHECK's expression evaluated for each value).
-- ===========================================================================

CREATE TEMP TABLE code_list (tbl name, col name, list text);
INSERT INTO code_list
SELECT 'veteran_info', c, 'hud_no_yes_reasons'
FROM unnest(ARRAY['world_war_ii', 'korean_war', 'vietnam_war', 'desert_storm', 'afghanistan_oef',
	'iraq_oif', 'iraq_ond', 'other_theater']) c
UNION ALL
VALUES ('veteran_info', 'military_branch', 'hud_military_branch'),
	('veteran_info', 'discharge_status', 'hud_discharge_status'),
	('education', 'highest_grade_completed', 'hud_last_grade_completed'),
	('education', 'currently_enrolled', 'hud_no_yes_reasons'),
	('employment', 'employed', 'hud_no_yes_reasons'),
	('employment', 'employment_type', 'hud_employment_type'),
	('employment', 'looking_for_work', 'hud_no_yes_reasons'),
	('health', 'general_health_status', 'hud_health_status'),
	('health', 'has_primary_care', 'hud_no_yes_reasons'),
	('financial', 'bank_account', 'bank_account'),
	('financial', 'has_budget', 'hud_no_yes_reasons'),
	('work_history', 'termination_reason', 'termination_reason'),
	('work_history', 'eligible_for_rehire', 'hud_no_yes_reasons');
INSERT INTO code_list SELECT tbl, 'data_collection_stage', 'hud_data_collection_stage' FROM element;

CREATE TEMP TABLE accepted (tbl name, col name, codes integer[]);
DO $$
DECLARE
	r record;
	expr text;
	codes integer[];
BEGIN
	FOR r IN SELECT e.tbl, a.attname AS col FROM element e
	         JOIN pg_attribute a ON a.attrelid = ('hearth.' || e.tbl)::regclass
	         WHERE a.atttypid = 'smallint'::regtype AND a.attnum > 0 AND NOT a.attisdropped
	           AND a.attname NOT IN ('year_entered_service', 'year_separated', 'hours_per_week') LOOP
		SELECT string_agg(pg_get_expr(c.conbin, c.conrelid), ' AND ') INTO expr
		FROM pg_constraint c
		WHERE c.conrelid = ('hearth.' || r.tbl)::regclass AND c.contype = 'c'
		  AND c.conkey = ARRAY[(SELECT attnum FROM pg_attribute
		                        WHERE attrelid = c.conrelid AND attname = r.col)];
		EXECUTE format('SELECT array_agg(v ORDER BY v) FROM generate_series(-1, 500) v WHERE %s',
		               regexp_replace(coalesce(expr, 'true'), '\m' || r.col || '\M', 'v::smallint', 'g'))
			INTO codes;
		INSERT INTO accepted VALUES (r.tbl, r.col, codes);
	END LOOP;
END $$;

SELECT is_empty($$SELECT tbl, col FROM accepted EXCEPT SELECT tbl, col FROM code_list$$,
	'every code column of the informational tables is listed here (the check below is not vacuous)');
SELECT is_empty($$SELECT l.tbl, l.col, l.list, a.codes FROM code_list l JOIN accepted a USING (tbl, col)
	         WHERE a.codes IS DISTINCT FROM (SELECT array_agg(code::integer ORDER BY code::integer)
	                                         FROM hearth.lookup k WHERE k.list = l.list)$$,
	'each code column''s CHECK accepts exactly the codes of its list');
SELECT results_eq($$SELECT string_agg(code || '=' || label, ', ' ORDER BY sort) FROM hearth.lookup
	WHERE list = 'hud_military_branch'$$,
	$$VALUES ('1=Army, 2=Air Force, 3=Navy, 4=Marines, 6=Coast Guard, 7=Space Force, 8=Client doesn''t know, 9=Client prefers not to answer, 99=Data not collected')$$,
	'hud_military_branch is HUD''s V1.11');

-- ===========================================================================
-- RLS and policies.
-- ===========================================================================

SELECT is_empty($$SELECT t FROM (SELECT tbl::text FROM element UNION ALL VALUES ('employer')) x(t)
                  JOIN pg_class c ON c.oid = ('hearth.' || t)::regclass
                  WHERE NOT (c.relrowsecurity AND c.relforcerowsecurity)$$,
	'every informational table and the employer directory have row-level security enabled and forced');
SELECT is_empty($$SELECT e.tbl, p FROM element e, unnest(ARRAY['transaction_read', 'transaction_add',
	                  'transaction_change', 'transaction_remove', 'owner_all']) p
                  EXCEPT SELECT c.relname, polname FROM pg_policy JOIN pg_class c ON c.oid = polrelid$$,
	'every informational table has the transaction policies');
SELECT is_empty($$SELECT e.tbl FROM element e JOIN pg_policy p ON p.polrelid = ('hearth.' || e.tbl)::regclass
                  WHERE p.polname = 'transaction_read'
                    AND pg_get_expr(p.polqual, p.polrelid) NOT LIKE '%AND (EXISTS ( SELECT 1%FROM hearth.enrollment e%WHERE (e.id = ' || e.tbl || '.enrollment_id))))'$$,
	'every informational table''s read policy asks that its enrollment be seen');
SELECT policies_are('hearth', 'employer', ARRAY['owner_all', 'employer_read', 'employer_add', 'employer_change'],
	'the employer directory is read, added to and changed; never deleted');
SELECT ok(has_table_privilege('hearth_user', 'hearth.employer', 'SELECT, INSERT, UPDATE')
          AND NOT has_table_privilege('hearth_user', 'hearth.employer', 'DELETE, TRUNCATE, REFERENCES, TRIGGER'),
	'hearth_user reads, adds and changes employers, and removes none');
SELECT ok(NOT has_column_privilege('hearth_user', 'hearth.employer', 'org_id', 'UPDATE')
          AND NOT has_column_privilege('hearth_user', 'hearth.employer', 'created_by', 'UPDATE'),
	'an employer''s organization and adder are not changed');

-- ===========================================================================
-- The employer directory, as the users.
-- ===========================================================================

:as_alice
SELECT lives_ok($$INSERT INTO hearth.employer (name, city) VALUES ('Acme Bakery', 'Springfield')$$,
	'alice adds an employer');
SELECT throws_ok(format($$INSERT INTO hearth.employer (name, org_id) VALUES ('Spoofed', %s)$$, :northside),
	'42501', NULL, 'but not as another organization''s');
SELECT throws_ok($$INSERT INTO hearth.employer (name) VALUES ('  ')$$, '23514', NULL,
	'an employer has a name');
:as_carol
SELECT results_eq($$SELECT name, city FROM hearth.employer$$, $$VALUES ('Acme Bakery', 'Springfield')$$,
	'an organization that shares nothing with Harbor reads its employer');
SELECT is_empty($$UPDATE hearth.employer SET city = 'Shelbyville' RETURNING id$$,
	'but changes nothing of it');
SELECT lives_ok($$INSERT INTO hearth.employer (name) VALUES ('Riverside Foods')$$, 'and adds its own');
:as_dan_northside
SELECT is_empty($$UPDATE hearth.employer SET name = 'Renamed' WHERE name = 'Acme Bakery' RETURNING id$$,
	'dan, a member of Harbor working as Northside, cannot change Harbor''s employer');
:as_dan_harbor
SELECT results_eq($$UPDATE hearth.employer SET city = 'Capital City' WHERE name = 'Acme Bakery' RETURNING city$$,
	$$VALUES ('Capital City')$$, 'working as Harbor, he changes it');
SELECT throws_ok($$DELETE FROM hearth.employer$$, '42501', NULL, 'nobody deletes an employer');

-- ===========================================================================
-- The assessments, as the users.
-- ===========================================================================

:as_alice
INSERT INTO hearth.program (name, project_type) VALUES ('Harbor Info Shelter', 0);
INSERT INTO hearth.client (first_name, last_name, intake_sharing, mou_id)
VALUES ('Ivy', 'Info', 'mou', :m1);
:as_postgres
SELECT (SELECT id FROM hearth.client WHERE first_name = 'Ivy' AND last_name = 'Info') AS ivy,
       (SELECT id FROM hearth.program WHERE name = 'Harbor Info Shelter') AS prog,
       (SELECT id FROM hearth.employer WHERE name = 'Acme Bakery') AS acme
\gset
:as_alice
INSERT INTO hearth.enrollment (client_id, program_id, household_id, restriction, entry_date, exit_date)
VALUES (:ivy, :prog, 'i-org', 'organization', hearth.today() - 80, hearth.today() - 70),
       (:ivy, :prog, 'i-none', 'none', hearth.today(), NULL);
:as_postgres
SELECT (SELECT id FROM hearth.enrollment WHERE household_id = 'i-none') AS i_none,
       (SELECT id FROM hearth.enrollment WHERE household_id = 'i-org') AS i_org
\gset
:as_alice
SELECT lives_ok(format($$INSERT INTO hearth.work_history (client_id, enrollment_id, data_collection_stage,
	employer_id, job_title, hourly_wage, weekly_hours, monthly_pay, annual_pay, restriction)
	VALUES (%1$s, %2$s, 1, %3$s, 'baker', 15.50, 40, 2686.67, 32240.00, 'none'),
	       (%1$s, %2$s, 1, %3$s, 'cook', 15.50, 40, 2686.67, 32240.00, 'organization'),
	       (%1$s, %4$s, 1, %3$s, 'porter', 12, 20, 1040, 12480, 'none')$$, :ivy, :i_none, :acme, :i_org),
	'alice records work histories at an employer of the directory');
SELECT lives_ok(format($$INSERT INTO hearth.veteran_info (client_id, enrollment_id, data_collection_stage,
	year_entered_service, year_separated, desert_storm, military_branch, discharge_status)
	VALUES (%s, %s, 1, 1988, 1992, 1, 1, 1)$$, :ivy, :i_none), 'and a veteran''s details');
SELECT throws_ok(format($$INSERT INTO hearth.veteran_info (client_id, enrollment_id, data_collection_stage,
	year_entered_service, year_separated) VALUES (%s, %s, 1, 1992, 1988)$$, :ivy, :i_none),
	'23514', NULL, 'a veteran does not separate before entering service');
SELECT throws_ok(format($$INSERT INTO hearth.education (client_id, enrollment_id) VALUES (%s, %s)$$, :ivy, :i_none),
	'23502', NULL, 'the collection stage is required, as in every data element');
:as_bob
SELECT results_eq($$SELECT job_title FROM hearth.work_history ORDER BY 1$$, $$VALUES ('baker')$$,
	'the MOU partner reads the unrestricted work history of the open enrollment only (not the restricted one, not the hidden enrollment''s)');
SELECT results_eq($$SELECT count(*) FROM hearth.veteran_info$$, $$VALUES (1::bigint)$$,
	'and the veteran''s details');
SELECT is_empty($$UPDATE hearth.work_history SET job_title = 'changed' RETURNING id$$,
	'and changes none');
:as_carol
SELECT is_empty($$SELECT id FROM hearth.work_history UNION ALL SELECT id FROM hearth.veteran_info$$,
	'an organization that shares nothing reads none');

SELECT * FROM finish();
ROLLBACK;
