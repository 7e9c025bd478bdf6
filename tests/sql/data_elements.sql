-- tests/sql/data_elements.sql: the HUD data elements of 072: each table's
-- columns (HUD's names), its codes (every CHECK accepts exactly the codes of
-- its choice list), RLS forced and the transaction policies; that an
-- element's enrollment and assessment are of its client and organization;
-- that an element is read only where its enrollment is; the HUD-shaped
-- view hearth.disabilities_hud; the master assessment's new columns.
--
-- Fixtures (tests/sql/run): organizations Harbor, Northside, Riverside;
-- users alice (Harbor), bob (Northside), carol (Riverside), dan (Harbor and
-- Northside); MOU M1 (Harbor, Northside). While acting as a user, only
-- assertions that create no temporary table (see policies.sql).

BEGIN;
SELECT plan(62);
\ir lib/as_user.psql
\set as_dan_harbor 'RESET SESSION AUTHORIZATION; RESET hearth.active_org; SET SESSION AUTHORIZATION dan; DO $$ BEGIN PERFORM hearth.set_active_org(hearth.org_id(''Harbor'')); END $$;'

SELECT (SELECT id FROM hearth.organization WHERE name = 'Harbor') AS harbor,
       (SELECT id FROM hearth.mou WHERE name = 'M1') AS m1
\gset

CREATE TEMP TABLE element (tbl name);
INSERT INTO element VALUES ('income_benefits'), ('non_cash_benefits'), ('health_insurance'),
	('disabilities'), ('health_and_dv'), ('employment_education'), ('current_living_situation'),
	('youth_education_status'), ('prior_living_situation');
GRANT SELECT ON element TO PUBLIC;

-- ===========================================================================
-- The tables and their columns.
-- ===========================================================================

SELECT columns_are('hearth', tbl, ARRAY['id', 'client_id', 'org_id', 'enrollment_id', 'assessment_id',
	'information_date', 'data_collection_stage'] || hud
	|| ARRAY['restriction', 'created_by', 'created_at', 'updated_at'],
	'hearth.' || tbl || ' has the common columns and HUD''s')
FROM (VALUES
	('income_benefits'::name, ARRAY['income_from_any_source', 'total_monthly_income', 'earned', 'earned_amount',
	  'unemployment', 'unemployment_amount', 'ssi', 'ssi_amount', 'ssdi', 'ssdi_amount',
	  'va_disability_service', 'va_disability_service_amount', 'va_disability_non_service',
	  'va_disability_non_service_amount', 'private_disability', 'private_disability_amount',
	  'workers_comp', 'workers_comp_amount', 'tanf', 'tanf_amount', 'ga', 'ga_amount',
	  'soc_sec_retirement', 'soc_sec_retirement_amount', 'pension', 'pension_amount',
	  'child_support', 'child_support_amount', 'alimony', 'alimony_amount', 'other_income_source',
	  'other_income_amount', 'other_income_source_identify']::name[]),
	('non_cash_benefits', ARRAY['benefits_from_any_source', 'snap', 'wic', 'tanf_child_care',
	  'tanf_transportation', 'other_tanf', 'other_benefits_source', 'other_benefits_source_identify']),
	('health_insurance', ARRAY['insurance_from_any_source', 'medicaid', 'no_medicaid_reason', 'medicare',
	  'no_medicare_reason', 'schip', 'no_schip_reason', 'vha_services', 'no_vha_reason',
	  'employer_provided', 'no_employer_provided_reason', 'cobra', 'no_cobra_reason', 'private_pay',
	  'no_private_pay_reason', 'state_health_ins', 'no_state_health_ins_reason', 'indian_health_services',
	  'no_indian_health_services_reason', 'other_insurance', 'other_insurance_identify', 'adap',
	  'no_adap_reason', 'ryan_white_med_dent', 'no_ryan_white_reason', 'connection_with_soar']),
	('disabilities', ARRAY['physical_disability', 'physical_disability_indefinite_and_impairs',
	  'developmental_disability', 'developmental_disability_indefinite_and_impairs',
	  'chronic_health_condition', 'chronic_health_condition_indefinite_and_impairs', 'hiv_aids',
	  'hiv_aids_indefinite_and_impairs', 'mental_health_disorder',
	  'mental_health_disorder_indefinite_and_impairs', 'substance_use_disorder',
	  'substance_use_disorder_indefinite_and_impairs']),
	('health_and_dv', ARRAY['domestic_violence_survivor', 'when_occurred', 'currently_fleeing',
	  'general_health_status', 'dental_health_status', 'mental_health_status', 'pregnancy_status', 'due_date']),
	('employment_education', ARRAY['last_grade_completed', 'school_status', 'employed', 'employment_type',
	  'not_employed_reason']),
	('current_living_situation', ARRAY['current_living_situation', 'cls_subsidy_type', 'verified_by',
	  'leave_situation_14_days', 'subsequent_residence', 'resources_to_obtain', 'lease_own_60_day',
	  'moved_two_or_more', 'location_details']),
	('youth_education_status', ARRAY['current_school_attend', 'most_recent_ed_status', 'current_ed_status']),
	('prior_living_situation', ARRAY['living_situation', 'rental_subsidy_type', 'length_of_stay',
	  'los_under_threshold', 'previous_street_essh', 'date_to_street_essh',
	  'times_homeless_past_three_years', 'months_homeless_past_three_years', 'disabling_condition']))
	AS x (tbl, hud)
ORDER BY tbl;

SELECT is_empty($$
	SELECT e.tbl, c.column_name, c.data_type, c.is_nullable FROM element e
	JOIN information_schema.columns c ON c.table_schema = 'hearth' AND c.table_name = e.tbl
	WHERE (c.column_name, c.data_type, c.is_nullable) NOT IN (('enrollment_id', 'bigint', 'NO'),
	       ('assessment_id', 'bigint', 'YES'), ('information_date', 'date', 'NO'),
	       ('client_id', 'bigint', 'NO'), ('org_id', 'bigint', 'NO'))
	  AND c.column_name IN ('enrollment_id', 'assessment_id', 'information_date', 'client_id', 'org_id')$$,
	'every element has its enrollment (required), its assessment (optional), its information date (required)');
SELECT is_empty($$
	SELECT e.tbl, c.is_nullable FROM element e
	JOIN information_schema.columns c ON c.table_schema = 'hearth' AND c.table_name = e.tbl
	WHERE c.column_name = 'data_collection_stage'
	  AND (c.data_type <> 'smallint' OR (c.is_nullable = 'YES') <> (e.tbl = 'current_living_situation'))$$,
	'data_collection_stage is a required smallint, optional in current_living_situation only');
SELECT is_empty($$
	SELECT e.tbl, c.column_name, c.data_type FROM element e
	JOIN information_schema.columns c ON c.table_schema = 'hearth' AND c.table_name = e.tbl
	WHERE c.data_type NOT IN ('smallint', 'bigint', 'date', 'text', 'timestamp with time zone')
	  AND NOT (c.data_type = 'numeric' AND c.numeric_precision = 10 AND c.numeric_scale = 2
	           AND (c.column_name LIKE '%amount' OR c.column_name = 'total_monthly_income'))$$,
	'HUD codes are smallints and money numeric(10,2)');
SELECT is_empty($$
	SELECT c.conrelid::regclass, c.confrelid::regclass, c.confdeltype FROM pg_constraint c
	JOIN element e ON c.conrelid = ('hearth.' || e.tbl)::regclass
	WHERE c.contype = 'f' AND c.confrelid IN ('hearth.enrollment'::regclass, 'hearth.assessment'::regclass)
	  AND c.confdeltype <> CASE c.confrelid WHEN 'hearth.assessment'::regclass THEN 'n' ELSE 'a' END$$,
	'an element''s enrollment stays; a deleted assessment leaves its elements without one');
SELECT is((SELECT count(*) FROM pg_constraint c JOIN element e ON c.conrelid = ('hearth.' || e.tbl)::regclass
           WHERE c.contype = 'f' AND c.confrelid IN ('hearth.enrollment'::regclass, 'hearth.assessment'::regclass)),
	18::bigint, 'every element references its enrollment and its assessment');

-- ===========================================================================
-- The codes: each CHECK accepts exactly its list's codes (tried from -1 to
-- 500, the CHECK's expression evaluated for each value).
-- ===========================================================================

CREATE TEMP TABLE code_list (tbl name, col name, list text);
INSERT INTO code_list
SELECT 'income_benefits', c, CASE WHEN c = 'income_from_any_source' THEN 'hud_no_yes_reasons' ELSE 'hud_no_yes' END
FROM unnest(ARRAY['income_from_any_source', 'earned', 'unemployment', 'ssi', 'ssdi', 'va_disability_service',
	'va_disability_non_service', 'private_disability', 'workers_comp', 'tanf', 'ga', 'soc_sec_retirement',
	'pension', 'child_support', 'alimony', 'other_income_source']) c
UNION ALL
SELECT 'non_cash_benefits', c, CASE WHEN c = 'benefits_from_any_source' THEN 'hud_no_yes_reasons' ELSE 'hud_no_yes' END
FROM unnest(ARRAY['benefits_from_any_source', 'snap', 'wic', 'tanf_child_care', 'tanf_transportation',
	'other_tanf', 'other_benefits_source']) c
UNION ALL
SELECT 'health_insurance', c, CASE WHEN c LIKE 'no\_%' THEN 'hud_reason_not_insured'
	WHEN c IN ('insurance_from_any_source', 'adap', 'ryan_white_med_dent', 'connection_with_soar')
	THEN 'hud_no_yes_reasons' ELSE 'hud_no_yes' END
FROM unnest(ARRAY['insurance_from_any_source', 'medicaid', 'no_medicaid_reason', 'medicare', 'no_medicare_reason',
	'schip', 'no_schip_reason', 'vha_services', 'no_vha_reason', 'employer_provided',
	'no_employer_provided_reason', 'cobra', 'no_cobra_reason', 'private_pay', 'no_private_pay_reason',
	'state_health_ins', 'no_state_health_ins_reason', 'indian_health_services',
	'no_indian_health_services_reason', 'other_insurance', 'adap', 'no_adap_reason', 'ryan_white_med_dent',
	'no_ryan_white_reason', 'connection_with_soar']) c
UNION ALL
SELECT 'disabilities', t || s, CASE WHEN t = 'substance_use_disorder' AND s = '' THEN 'hud_substance_use'
	ELSE 'hud_no_yes_reasons' END
FROM unnest(ARRAY['physical_disability', 'developmental_disability', 'chronic_health_condition', 'hiv_aids',
	'mental_health_disorder', 'substance_use_disorder']) t, unnest(ARRAY['', '_indefinite_and_impairs']) s
UNION ALL
VALUES ('health_and_dv', 'domestic_violence_survivor', 'hud_no_yes_reasons'),
	('health_and_dv', 'when_occurred', 'hud_when_occurred'),
	('health_and_dv', 'currently_fleeing', 'hud_no_yes_reasons'),
	('health_and_dv', 'general_health_status', 'hud_health_status'),
	('health_and_dv', 'dental_health_status', 'hud_health_status'),
	('health_and_dv', 'mental_health_status', 'hud_health_status'),
	('health_and_dv', 'pregnancy_status', 'hud_no_yes_reasons'),
	('employment_education', 'last_grade_completed', 'hud_last_grade_completed'),
	('employment_education', 'school_status', 'hud_school_status'),
	('employment_education', 'employed', 'hud_no_yes_reasons'),
	('employment_education', 'employment_type', 'hud_employment_type'),
	('employment_education', 'not_employed_reason', 'hud_not_employed_reason'),
	('current_living_situation', 'current_living_situation', 'hud_living_situation'),
	('current_living_situation', 'leave_situation_14_days', 'hud_no_yes_reasons'),
	('current_living_situation', 'subsequent_residence', 'hud_no_yes_reasons'),
	('current_living_situation', 'resources_to_obtain', 'hud_no_yes_reasons'),
	('current_living_situation', 'lease_own_60_day', 'hud_no_yes_reasons'),
	('current_living_situation', 'moved_two_or_more', 'hud_no_yes_reasons'),
	('youth_education_status', 'current_school_attend', 'hud_current_school_attend'),
	('youth_education_status', 'most_recent_ed_status', 'hud_most_recent_ed_status'),
	('youth_education_status', 'current_ed_status', 'hud_current_ed_status'),
	('prior_living_situation', 'living_situation', 'hud_living_situation'),
	('prior_living_situation', 'length_of_stay', 'hud_length_of_stay'),
	('prior_living_situation', 'los_under_threshold', 'hud_no_yes'),
	('prior_living_situation', 'previous_street_essh', 'hud_no_yes'),
	('prior_living_situation', 'times_homeless_past_three_years', 'hud_times_homeless'),
	('prior_living_situation', 'months_homeless_past_three_years', 'hud_months_homeless'),
	('prior_living_situation', 'disabling_condition', 'hud_no_yes_reasons');
-- the stage in every table; the subsidy types (no list of ours) below
INSERT INTO code_list SELECT tbl, 'data_collection_stage', 'hud_data_collection_stage' FROM element;

-- What each column's CHECK accepts.
CREATE TEMP TABLE accepted (tbl name, col name, codes integer[]);
DO $$
DECLARE
	r record;
	expr text;
	codes integer[];
BEGIN
	FOR r IN SELECT e.tbl, a.attname AS col FROM element e
	         JOIN pg_attribute a ON a.attrelid = ('hearth.' || e.tbl)::regclass
	         WHERE a.atttypid = 'smallint'::regtype AND a.attnum > 0 AND NOT a.attisdropped LOOP
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

SELECT is_empty($$SELECT tbl, col FROM accepted EXCEPT SELECT tbl, col FROM code_list
                  EXCEPT VALUES ('current_living_situation'::name, 'cls_subsidy_type'::name),
                                ('prior_living_situation', 'rental_subsidy_type')$$,
	'every code column of the elements is listed here (the check below is not vacuous)');
SELECT is_empty($$SELECT l.tbl, l.col, l.list, a.codes FROM code_list l JOIN accepted a USING (tbl, col)
	         WHERE a.codes IS DISTINCT FROM (SELECT array_agg(code::integer ORDER BY code::integer)
	                                         FROM hearth.lookup k WHERE k.list = l.list)
	           AND (l.tbl, l.col) <> ('prior_living_situation', 'living_situation')$$,
	'each code column''s CHECK accepts exactly the codes of its list');
SELECT is((SELECT codes FROM accepted WHERE col = 'living_situation'),
	(SELECT array_agg(code::integer ORDER BY code::integer) FROM hearth.lookup
	 WHERE list = 'hud_living_situation' AND code NOT IN ('17', '37')),
	'a prior living situation (3.917) is any of the list but 4.12''s Other (17) and Worker unable to determine (37)');
SELECT is(codes, '{419,420,428,431,433,434,436,437,438,439,440}'::integer[],
	tbl || '.' || col || ' is a rental subsidy type (3.12.A)')
FROM accepted WHERE col IN ('cls_subsidy_type', 'rental_subsidy_type') ORDER BY tbl;
SELECT results_eq($$SELECT string_agg(code, ',' ORDER BY sort) FROM hearth.lookup WHERE list = 'assessment_type'$$,
	$$VALUES ('entry,update,annual,exit,post_exit,veteran,education,employment,health,financial,work_history')$$,
	'assessment_type lists HUD''s collection points, then the informational kinds');
SELECT results_eq($$SELECT string_agg(code, ',' ORDER BY sort) FROM hearth.lookup WHERE list = 'hud_no_yes'$$,
	$$VALUES ('0,1')$$, 'hud_no_yes is No, Yes');

-- ===========================================================================
-- RLS and policies.
-- ===========================================================================

SELECT is_empty($$SELECT e.tbl FROM element e JOIN pg_class c ON c.oid = ('hearth.' || e.tbl)::regclass
                  WHERE NOT (c.relrowsecurity AND c.relforcerowsecurity)$$,
	'every element table has row-level security enabled and forced');
SELECT is_empty($$SELECT e.tbl, p FROM element e, unnest(ARRAY['transaction_read', 'transaction_add',
	                  'transaction_change', 'transaction_remove', 'owner_all']) p
                  EXCEPT SELECT c.relname, polname FROM pg_policy JOIN pg_class c ON c.oid = polrelid$$,
	'every element table has the transaction policies');
SELECT is_empty($$SELECT e.tbl FROM element e JOIN pg_policy p ON p.polrelid = ('hearth.' || e.tbl)::regclass
                  WHERE p.polname = 'transaction_read'
                    AND pg_get_expr(p.polqual, p.polrelid) NOT LIKE '%AND (EXISTS ( SELECT 1%FROM hearth.enrollment e%WHERE (e.id = ' || e.tbl || '.enrollment_id))))'$$,
	'every element''s read policy asks that its enrollment be seen');
SELECT is_empty($$SELECT e.tbl, p.polname FROM element e JOIN pg_policy p ON p.polrelid = ('hearth.' || e.tbl)::regclass
                  WHERE p.polname IN ('transaction_add', 'transaction_change')
                    AND pg_get_expr(p.polwithcheck, p.polrelid) NOT LIKE '%FROM hearth.assessment a%'$$,
	'every element''s add and change policies check its assessment');
SELECT ok(has_table_privilege('hearth_user', 'hearth.' || tbl, 'SELECT, INSERT, UPDATE, DELETE')
          AND NOT has_table_privilege('hearth_user', 'hearth.' || tbl, 'TRUNCATE, REFERENCES, TRIGGER'),
	'hearth_user reads, adds, changes and removes hearth.' || tbl || ', nothing more')
FROM element ORDER BY tbl;

-- ===========================================================================
-- As the users.
-- ===========================================================================

:as_alice
INSERT INTO hearth.program (name, project_type) VALUES ('Harbor Data Shelter', 0);
INSERT INTO hearth.client (first_name, last_name, intake_sharing, mou_id)
VALUES ('Mira', 'Element', 'mou', :m1), ('Otto', 'Other', 'global', NULL);
:as_postgres
SELECT (SELECT id FROM hearth.client WHERE first_name = 'Mira' AND last_name = 'Element') AS mira,
       (SELECT id FROM hearth.client WHERE first_name = 'Otto' AND last_name = 'Other') AS otto,
       (SELECT id FROM hearth.program WHERE name = 'Harbor Data Shelter') AS prog
\gset
:as_alice
-- (one after the other: a client is never in one program twice at a time)
INSERT INTO hearth.enrollment (client_id, program_id, household_id, restriction, entry_date, exit_date)
VALUES (:mira, :prog, 'e-none', 'none', hearth.today() - 100, hearth.today() - 90),
       (:mira, :prog, 'e-org', 'organization', hearth.today() - 80, hearth.today() - 70),
       (:mira, :prog, 'e-user', 'user', hearth.today(), NULL),
       (:otto, :prog, 'e-otto', 'none', hearth.today(), NULL);
INSERT INTO hearth.assessment (client_id, enrollment_id, assessment_type, program_id, data_collection_stage, comments)
SELECT client_id, id, 'entry', :prog, 1, 'taken at the desk' FROM hearth.enrollment
WHERE household_id IN ('e-none', 'e-otto');
:as_postgres
SELECT (SELECT id FROM hearth.enrollment WHERE household_id = 'e-none') AS e_none,
       (SELECT id FROM hearth.enrollment WHERE household_id = 'e-org') AS e_org,
       (SELECT id FROM hearth.enrollment WHERE household_id = 'e-user') AS e_user,
       (SELECT id FROM hearth.enrollment WHERE household_id = 'e-otto') AS e_otto,
       (SELECT a.id FROM hearth.assessment a JOIN hearth.enrollment e ON e.id = a.enrollment_id
        WHERE e.household_id = 'e-none') AS a_none,
       (SELECT a.id FROM hearth.assessment a JOIN hearth.enrollment e ON e.id = a.enrollment_id
        WHERE e.household_id = 'e-otto') AS a_otto
\gset

SELECT results_eq(format('SELECT program_id, data_collection_stage, comments FROM hearth.assessment WHERE id = %s', :a_none),
	format('VALUES (%s::bigint, 1::smallint, %L::text)', :prog, 'taken at the desk'),
	'a master assessment keeps its program, collection stage and comments, written by a user');
SELECT throws_ok(format($$UPDATE hearth.assessment SET data_collection_stage = 4 WHERE id = %s$$, :a_none),
	'23514', NULL, 'a master assessment''s stage is one of HUD''s');

:as_alice
SELECT lives_ok(format($$INSERT INTO hearth.income_benefits (client_id, enrollment_id, assessment_id,
	data_collection_stage, income_from_any_source, earned, earned_amount, total_monthly_income)
	VALUES (%s, %s, %s, 1, 1, 1, 1100, 1100)$$, :mira, :e_none, :a_none),
	'alice records an income taken with the assessment of the same enrollment');
SELECT lives_ok(format($$INSERT INTO hearth.disabilities (client_id, enrollment_id, restriction, data_collection_stage,
	physical_disability, physical_disability_indefinite_and_impairs, substance_use_disorder)
	SELECT %s, e.id, 'none', 1, 1, 1, 3 FROM hearth.enrollment e WHERE e.id IN (%s, %s, %s)$$,
	:mira, :e_none, :e_org, :e_user),
	'and disabilities in each of her enrollments');
SELECT throws_ok(format($$INSERT INTO hearth.income_benefits (client_id, enrollment_id, data_collection_stage)
	VALUES (%s, %s, 1)$$, :mira, :e_otto), '42501', NULL,
	'an element cannot name another client''s enrollment');
SELECT throws_ok(format($$INSERT INTO hearth.income_benefits (client_id, enrollment_id, assessment_id, data_collection_stage)
	VALUES (%s, %s, %s, 1)$$, :mira, :e_none, :a_otto), '42501', NULL,
	'nor another client''s assessment');
SELECT throws_ok(format($$UPDATE hearth.income_benefits SET assessment_id = %s WHERE client_id = %s$$, :a_otto, :mira),
	'42501', NULL, 'nor be moved to one');
SELECT throws_ok(format($$INSERT INTO hearth.health_and_dv (client_id, enrollment_id) VALUES (%s, %s)$$, :mira, :e_none),
	'23502', NULL, 'an element''s data collection stage is required');
SELECT throws_ok(format($$INSERT INTO hearth.health_and_dv (client_id, data_collection_stage) VALUES (%s, 1)$$, :mira),
	'23502', NULL, 'so is its enrollment');
SELECT lives_ok(format($$INSERT INTO hearth.current_living_situation (client_id, enrollment_id, current_living_situation,
	verified_by, location_details) VALUES (%s, %s, 116, 'outreach worker', 'under the bridge')$$, :mira, :e_none),
	'a current living situation needs no collection stage (HUD''s file has none)');
SELECT throws_ok(format($$INSERT INTO hearth.income_benefits (client_id, enrollment_id, data_collection_stage, ssi_amount)
	VALUES (%s, %s, 2, -1)$$, :mira, :e_none), '23514', NULL, 'an amount is never negative');
SELECT throws_ok(format($$INSERT INTO hearth.current_living_situation (client_id, enrollment_id, current_living_situation,
	location_details) VALUES (%s, %s, 116, repeat('x', 251))$$, :mira, :e_none), '23514', NULL,
	'location details are at most 250 characters');
SELECT lives_ok(format($$INSERT INTO hearth.prior_living_situation (client_id, enrollment_id, data_collection_stage,
	living_situation, length_of_stay, los_under_threshold, previous_street_essh, months_homeless_past_three_years)
	VALUES (%s, %s, 1, 116, 10, 1, 1, 113)$$, :mira, :e_none), 'the prior living situation is taken at entry');
SELECT throws_ok(format($$INSERT INTO hearth.prior_living_situation (client_id, enrollment_id, data_collection_stage)
	VALUES (%s, %s, 1)$$, :mira, :e_none), '23505', NULL, '... once per enrollment');

:as_bob
SELECT throws_ok(format($$INSERT INTO hearth.income_benefits (client_id, enrollment_id, data_collection_stage)
	VALUES (%s, %s, 1)$$, :mira, :e_none), '42501', NULL,
	'bob cannot attach an element to Harbor''s enrollment');
SELECT throws_ok(format($$INSERT INTO hearth.income_benefits (client_id, org_id, enrollment_id, data_collection_stage)
	VALUES (%s, %s, %s, 1)$$, :mira, :harbor, :e_none), '42501', NULL,
	'nor in Harbor''s name');
SELECT results_eq($$SELECT count(*) FROM hearth.disabilities$$, $$VALUES (1::bigint)$$,
	'the MOU partner reads the element of the open enrollment only, not those of the restricted ones');
SELECT results_eq($$SELECT disability_type, disability_response, indefinite_and_impairs FROM hearth.disabilities_hud
	ORDER BY disability_type$$,
	$$VALUES (5::smallint, 1::smallint, 1::smallint), (10::smallint, 3::smallint, NULL::smallint)$$,
	'and through the view, the answered types of it only');
SELECT is_empty(format($$SELECT 1 FROM hearth.disabilities WHERE enrollment_id IN (%s, %s)$$, :e_org, :e_user),
	'by id it finds nothing of the restricted enrollments');
SELECT results_eq($$SELECT count(*) FROM hearth.income_benefits$$, $$VALUES (1::bigint)$$,
	'it reads the income of the open enrollment');
:as_dan_harbor
SELECT results_eq($$SELECT count(*) FROM hearth.disabilities$$, $$VALUES (2::bigint)$$,
	'a colleague reads the elements of the open and the organization''s enrollment, not of alice''s own');
:as_carol
SELECT results_eq($$SELECT (SELECT count(*) FROM hearth.disabilities) + (SELECT count(*) FROM hearth.disabilities_hud)
	+ (SELECT count(*) FROM hearth.income_benefits)$$, $$VALUES (0::bigint)$$,
	'an organization with no sharing reads none');
:as_alice
SELECT results_eq($$SELECT count(*) FROM hearth.disabilities_hud$$, $$VALUES (6::bigint)$$,
	'alice reads all hers, two HUD rows each');
SELECT results_eq(format($$SELECT disabilities_id, personal_id, information_date = hearth.today(), data_collection_stage
	FROM hearth.disabilities_hud WHERE enrollment_id = %s ORDER BY disability_type$$, :e_none),
	format($$SELECT d.id || '_' || t, %s::bigint, true, 1::smallint FROM hearth.disabilities d,
	       unnest(ARRAY[5, 10]) t WHERE d.enrollment_id = %s ORDER BY t$$, :mira, :e_none),
	'the view''s rows are in Disabilities.csv''s shape');
SELECT lives_ok(format('DELETE FROM hearth.assessment WHERE id = %s', :a_none),
	'alice removes the assessment');
SELECT results_eq(format('SELECT assessment_id FROM hearth.income_benefits WHERE enrollment_id = %s', :e_none),
	$$VALUES (NULL::bigint)$$, 'its elements stay, with no assessment');
:as_postgres

SELECT has_view('hearth', 'disabilities_hud', 'hearth.disabilities_hud exists');
SELECT columns_are('hearth', 'disabilities_hud', ARRAY['disabilities_id', 'enrollment_id', 'personal_id',
	'information_date', 'disability_type', 'disability_response', 'indefinite_and_impairs',
	'data_collection_stage', 'date_created', 'date_updated', 'user_id'],
	'hearth.disabilities_hud has Disabilities.csv''s columns');

SELECT * FROM finish();
ROLLBACK;
