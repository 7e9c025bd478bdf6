-- tests/sql/hud_codes.sql: 078_hud_fy2026_codes.sql, and the HUD codes of
-- 070-076 against FY2026's HMIS CSV format. What 078 changed: Funder 56 is
-- taken and listed, 47 and 48 are marked deprecated (and still taken);
-- destination 37 is neither (4.12 keeps it); 436 is the Housing Stability
-- Voucher. Then every code of the FY2026 sample export (HUD's Data Lab test
-- kit converted to FY2026, which CI does not have: its values are written
-- here) is taken by its column's CHECK, written into a row, and is in the
-- choice list its form offers.
--
-- Fixtures (tests/sql/run): alice works in Harbor and keeps its programs.
-- One transaction, rolled back.

BEGIN;
SELECT plan(202);
\ir lib/as_user.psql

-- refused(table, column, row, codes): the codes the table refuses (a CHECK),
-- written in turn into that column of row `row` of hearth.table, as the
-- caller, each in its own subtransaction. A row not changed is an error,
-- never an empty answer.
CREATE FUNCTION pg_temp.refused(tbl text, col text, row_id bigint, codes integer[])
RETURNS integer[]
LANGUAGE plpgsql AS $$
DECLARE
	code integer;
	n integer;
	bad integer[] := '{}';
BEGIN
	FOREACH code IN ARRAY codes LOOP
		BEGIN
			EXECUTE format('UPDATE hearth.%I SET %I = $1 WHERE id = $2', tbl, col) USING code, row_id;
			GET DIAGNOSTICS n = ROW_COUNT;
			IF n <> 1 THEN
				RAISE EXCEPTION 'hearth.% row % was not changed', tbl, row_id;
			END IF;
		EXCEPTION WHEN check_violation THEN
			bad := bad || code;
		END;
	END LOOP;
	RETURN bad;
END $$;
-- unlisted(list, codes): the codes hearth.lookup's list does not have.
CREATE FUNCTION pg_temp.unlisted(list text, codes integer[]) RETURNS integer[]
LANGUAGE sql STABLE AS $$
	SELECT coalesce(array_agg(c ORDER BY c), '{}') FROM unnest(codes) c
	WHERE NOT EXISTS (SELECT 1 FROM hearth.lookup l WHERE l.list = $1 AND l.code = c::text)
$$;
GRANT EXECUTE ON FUNCTION pg_temp.refused(text, text, bigint, integer[]),
	pg_temp.unlisted(text, integer[]) TO PUBLIC;

-- ---- a row of every table, written by alice -----------------------------------

:as_alice
INSERT INTO hearth.program (name, begin_date) VALUES ('Codes Shelter', '2020-01-01');
INSERT INTO hearth.project_coc (program_id, coc_code)
	SELECT id, 'XX-501' FROM hearth.program WHERE name = 'Codes Shelter';
INSERT INTO hearth.client (first_name, last_name) VALUES ('Hal', 'Codes'), ('Hope', 'Codes');
INSERT INTO hearth.enrollment (client_id, program_id, entry_date)
	SELECT c.id, p.id, '2024-01-01' FROM hearth.client c, hearth.program p
	WHERE c.first_name = 'Hal' AND p.name = 'Codes Shelter';
INSERT INTO hearth.enrollment (client_id, program_id, entry_date, case_id, relationship_to_hoh)
	SELECT c.id, e.program_id, e.entry_date, e.id, 2 FROM hearth.client c, hearth.enrollment e
	JOIN hearth.client h ON h.id = e.client_id
	WHERE c.first_name = 'Hope' AND h.first_name = 'Hal';
SELECT (SELECT id FROM hearth.program WHERE name = 'Codes Shelter') AS program_id,
       (SELECT id FROM hearth.project_coc WHERE program_id = (SELECT id FROM hearth.program
                                                              WHERE name = 'Codes Shelter')) AS coc_id,
       (SELECT e.id FROM hearth.enrollment e JOIN hearth.client c ON c.id = e.client_id
        WHERE c.first_name = 'Hal' AND c.last_name = 'Codes') AS head_id,
       (SELECT e.id FROM hearth.enrollment e JOIN hearth.client c ON c.id = e.client_id
        WHERE c.first_name = 'Hope' AND c.last_name = 'Codes') AS member_id
\gset
INSERT INTO hearth.income_benefits (client_id, enrollment_id, data_collection_stage)
	SELECT client_id, id, 1 FROM hearth.enrollment WHERE id = :head_id;
INSERT INTO hearth.non_cash_benefits (client_id, enrollment_id, data_collection_stage)
	SELECT client_id, id, 1 FROM hearth.enrollment WHERE id = :head_id;
INSERT INTO hearth.health_insurance (client_id, enrollment_id, data_collection_stage)
	SELECT client_id, id, 1 FROM hearth.enrollment WHERE id = :head_id;
INSERT INTO hearth.disabilities (client_id, enrollment_id, data_collection_stage)
	SELECT client_id, id, 1 FROM hearth.enrollment WHERE id = :head_id;
INSERT INTO hearth.health_and_dv (client_id, enrollment_id, data_collection_stage)
	SELECT client_id, id, 1 FROM hearth.enrollment WHERE id = :head_id;
INSERT INTO hearth.employment_education (client_id, enrollment_id, data_collection_stage)
	SELECT client_id, id, 1 FROM hearth.enrollment WHERE id = :head_id;
INSERT INTO hearth.youth_education_status (client_id, enrollment_id, data_collection_stage)
	SELECT client_id, id, 1 FROM hearth.enrollment WHERE id = :head_id;
INSERT INTO hearth.prior_living_situation (client_id, enrollment_id, data_collection_stage)
	SELECT client_id, id, 1 FROM hearth.enrollment WHERE id = :head_id;
INSERT INTO hearth.current_living_situation (client_id, enrollment_id, current_living_situation)
	SELECT client_id, id, 116 FROM hearth.enrollment WHERE id = :head_id;
INSERT INTO hearth.veteran_info (client_id, enrollment_id, data_collection_stage)
	SELECT client_id, id, 1 FROM hearth.enrollment WHERE id = :head_id;
SELECT (SELECT id FROM hearth.income_benefits WHERE enrollment_id = :head_id) AS income_benefits,
       (SELECT id FROM hearth.non_cash_benefits WHERE enrollment_id = :head_id) AS non_cash_benefits,
       (SELECT id FROM hearth.health_insurance WHERE enrollment_id = :head_id) AS health_insurance,
       (SELECT id FROM hearth.disabilities WHERE enrollment_id = :head_id) AS disabilities,
       (SELECT id FROM hearth.health_and_dv WHERE enrollment_id = :head_id) AS health_and_dv,
       (SELECT id FROM hearth.employment_education WHERE enrollment_id = :head_id) AS employment_education,
       (SELECT id FROM hearth.youth_education_status WHERE enrollment_id = :head_id) AS youth_education_status,
       (SELECT id FROM hearth.prior_living_situation WHERE enrollment_id = :head_id) AS prior_living_situation,
       (SELECT id FROM hearth.current_living_situation WHERE enrollment_id = :head_id) AS current_living_situation,
       (SELECT id FROM hearth.veteran_info WHERE enrollment_id = :head_id) AS veteran_info
\gset

-- ---- 2.06.1 Funder: 56 is new; 47 and 48 deprecated ----------------------------------

SELECT lives_ok(format($$INSERT INTO hearth."grant" (program_id, name, begin_date, funder)
                        VALUES (%s, 'Codes Builds', '2025-10-01', 56)$$, :program_id),
	'a grant is funded by HUD: CoC Builds (56)');
SELECT id AS grant_id FROM hearth."grant" WHERE name = 'Codes Builds'
\gset
SELECT is((SELECT label FROM hearth.lookup WHERE list = 'hud_funder' AND code = '56'),
	'HUD: CoC Builds', 'hud_funder lists 56, HUD: CoC Builds');
SELECT is((SELECT max(sort) FROM hearth.lookup WHERE list = 'hud_funder'),
	(SELECT sort FROM hearth.lookup WHERE list = 'hud_funder' AND code = '56'),
	'56 comes last in hud_funder');
SELECT is((SELECT array_agg(code::integer ORDER BY sort) FROM hearth.lookup WHERE list = 'hud_funder'),
	ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
	      26, 27, 30, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
	      52, 53, 54, 55, 56],
	'hud_funder has FY2026''s funder codes, in order');
SELECT is(pg_temp.refused('grant', 'funder', :grant_id,
	(SELECT array_agg(code::integer) FROM hearth.lookup WHERE list = 'hud_funder')), '{}',
	'grant.funder takes every code of hud_funder');
SELECT is(pg_temp.refused('grant', 'funder', :grant_id, ARRAY[0, 28, 29, 31, 57]), ARRAY[0, 28, 29, 31, 57],
	'grant.funder refuses the codes HUD does not have (0, 28, 29, 31, 57)');
SELECT throws_ok(format('UPDATE hearth."grant" SET funder = 57 WHERE id = %s', :grant_id), '23514', NULL,
	'a funder code past 56 is refused');
SELECT is((SELECT array_agg(label ORDER BY code::integer) FROM hearth.lookup
           WHERE list = 'hud_funder' AND code IN ('12', '47', '48', '49')),
	ARRAY['HUD: Rural Housing Stability Assistance Program [Deprecated]', 'HUD: ESG - CV [Deprecated]',
	      'HUD: HOPWA - CV [Deprecated]', 'HUD: CoC - Joint Component RRH/PSH [Deprecated]'],
	'funders 12, 47, 48 and 49 are marked deprecated');

-- ---- 3.12 Destination: 37 is 4.12's only --------------------------------------------

SELECT is((SELECT array_agg(code::integer ORDER BY code::integer) FROM hearth.lookup
           WHERE list = 'hud_destination'),
	ARRAY[8, 9, 17, 24, 30, 99, 101, 116, 118, 204, 205, 206, 207, 215, 225, 302, 312, 313, 314, 327,
	      329, 332, 410, 411, 421, 422, 423, 426, 435],
	'hud_destination has FY2026''s destinations, without 37');
SELECT is(pg_temp.refused('enrollment', 'destination', :head_id,
	(SELECT array_agg(code::integer) FROM hearth.lookup WHERE list = 'hud_destination')), '{}',
	'enrollment.destination takes every code of hud_destination');
SELECT throws_ok(format('UPDATE hearth.enrollment SET destination = 37 WHERE id = %s', :head_id),
	'23514', NULL, 'destination 37 (Worker unable to determine) is refused');
SELECT is(pg_temp.refused('current_living_situation', 'current_living_situation',
	:current_living_situation, ARRAY[17, 37]), '{}',
	'a current living situation (4.12) still takes Other (17) and Worker unable to determine (37)');
SELECT is(pg_temp.unlisted('hud_living_situation', ARRAY[17, 37]), '{}',
	'hud_living_situation still lists 17 and 37');

-- ---- 3.12.A Rental subsidy type: 436 renamed ----------------------------------------

SELECT is((SELECT label FROM hearth.lookup WHERE list = 'hud_rental_subsidy_type' AND code = '436'),
	'Housing Stability Voucher', 'rental subsidy type 436 is the Housing Stability Voucher');
SELECT is((SELECT array_agg(code::integer ORDER BY sort) FROM hearth.lookup WHERE list = 'hud_rental_subsidy_type'),
	ARRAY[428, 419, 431, 433, 434, 420, 436, 437, 438, 439, 440],
	'hud_rental_subsidy_type has FY2026''s codes, in order');

-- ---- every code of the FY2026 sample export ------------------------------------------

-- (table, column, the list its form offers, the distinct codes of the
-- sample's column): its CHECK takes each, and its list has each. Relationship
-- 1 is the head's, written above; the member takes the others.
:as_postgres
CREATE TEMP TABLE sample (tbl text, col text, list text, codes integer[], csv text);
INSERT INTO sample VALUES
	('program', 'continuum_project', 'hud_no_yes', '{1}', 'Project.ContinuumProject'),
	('program', 'project_type', 'hud_project_type', '{0,1,2,3,4,6,12,13}', 'Project.ProjectType'),
	('program', 'housing_type', 'hud_housing_type', '{1,3}', 'Project.HousingType'),
	('program', 'target_population', 'hud_target_population', '{4}', 'Project.TargetPopulation'),
	('program', 'hmis_participation_type', 'hud_hmis_participation_type', '{1}',
	 'HMISParticipation.HMISParticipationType'),
	('grant', 'funder', 'hud_funder', '{2,3,4,5,8,9,10,11,34,47}', 'Funder.Funder'),
	('project_coc', 'geography_type', 'hud_geography_type', '{1,3}', 'ProjectCoC.GeographyType'),
	('enrollment', 'relationship_to_hoh', 'hud_relationship_to_hoh', '{2,3,4,5,99}',
	 'Enrollment.RelationshipToHoH'),
	('enrollment', 'destination', 'hud_destination',
	 '{8,9,17,30,99,101,116,204,205,206,207,225,302,312,313,314,410,411,422,423,435}', 'Exit.Destination'),
	('enrollment', 'destination_subsidy_type', 'hud_rental_subsidy_type', '{420,431,433,434,440}',
	 'Exit.DestinationSubsidyType'),
	('prior_living_situation', 'living_situation', 'hud_prior_living_situation',
	 '{9,101,116,118,204,205,206,207,225,302,314,329,335,336,410,435}', 'Enrollment.LivingSituation'),
	('prior_living_situation', 'rental_subsidy_type', 'hud_rental_subsidy_type', '{420,434}',
	 'Enrollment.RentalSubsidyType'),
	('prior_living_situation', 'length_of_stay', 'hud_length_of_stay', '{2,3,4,5,9,10,11}',
	 'Enrollment.LengthOfStay'),
	('prior_living_situation', 'los_under_threshold', 'hud_no_yes', '{0,1}', 'Enrollment.LOSUnderThreshold'),
	('prior_living_situation', 'previous_street_essh', 'hud_no_yes', '{0,1}', 'Enrollment.PreviousStreetESSH'),
	('prior_living_situation', 'times_homeless_past_three_years', 'hud_times_homeless', '{1,2,3,4,8,9}',
	 'Enrollment.TimesHomelessPastThreeYears'),
	('prior_living_situation', 'months_homeless_past_three_years', 'hud_months_homeless',
	 '{8,101,102,103,104,105,106,107,108,109,110,112,113}', 'Enrollment.MonthsHomelessPastThreeYears'),
	('prior_living_situation', 'disabling_condition', 'hud_no_yes_reasons', '{0,1,99}',
	 'Enrollment.DisablingCondition'),
	('income_benefits', 'income_from_any_source', 'hud_no_yes_reasons', '{0,1,8}',
	 'IncomeBenefits.IncomeFromAnySource'),
	('income_benefits', 'earned', 'hud_no_yes', '{0,1}', 'IncomeBenefits.Earned'),
	('income_benefits', 'unemployment', 'hud_no_yes', '{0,1}', 'IncomeBenefits.Unemployment'),
	('income_benefits', 'ssi', 'hud_no_yes', '{0,1}', 'IncomeBenefits.SSI'),
	('income_benefits', 'ssdi', 'hud_no_yes', '{0,1}', 'IncomeBenefits.SSDI'),
	('income_benefits', 'va_disability_service', 'hud_no_yes', '{0,1}', 'IncomeBenefits.VADisabilityService'),
	('income_benefits', 'va_disability_non_service', 'hud_no_yes', '{0,1}',
	 'IncomeBenefits.VADisabilityNonService'),
	('income_benefits', 'private_disability', 'hud_no_yes', '{0}', 'IncomeBenefits.PrivateDisability'),
	('income_benefits', 'workers_comp', 'hud_no_yes', '{0,1}', 'IncomeBenefits.WorkersComp'),
	('income_benefits', 'tanf', 'hud_no_yes', '{0,1}', 'IncomeBenefits.TANF'),
	('income_benefits', 'ga', 'hud_no_yes', '{0,1}', 'IncomeBenefits.GA'),
	('income_benefits', 'soc_sec_retirement', 'hud_no_yes', '{0,1}', 'IncomeBenefits.SocSecRetirement'),
	('income_benefits', 'pension', 'hud_no_yes', '{0,1}', 'IncomeBenefits.Pension'),
	('income_benefits', 'child_support', 'hud_no_yes', '{0,1}', 'IncomeBenefits.ChildSupport'),
	('income_benefits', 'alimony', 'hud_no_yes', '{0}', 'IncomeBenefits.Alimony'),
	('income_benefits', 'other_income_source', 'hud_no_yes', '{0,1}', 'IncomeBenefits.OtherIncomeSource'),
	('income_benefits', 'data_collection_stage', 'hud_data_collection_stage', '{1,2,3,5}',
	 'IncomeBenefits.DataCollectionStage'),
	('non_cash_benefits', 'benefits_from_any_source', 'hud_no_yes_reasons', '{0,1}',
	 'IncomeBenefits.BenefitsFromAnySource'),
	('non_cash_benefits', 'snap', 'hud_no_yes', '{0,1}', 'IncomeBenefits.SNAP'),
	('non_cash_benefits', 'wic', 'hud_no_yes', '{0,1}', 'IncomeBenefits.WIC'),
	('non_cash_benefits', 'tanf_child_care', 'hud_no_yes', '{0,1}', 'IncomeBenefits.TANFChildCare'),
	('non_cash_benefits', 'tanf_transportation', 'hud_no_yes', '{0,1}', 'IncomeBenefits.TANFTransportation'),
	('non_cash_benefits', 'other_tanf', 'hud_no_yes', '{0,1}', 'IncomeBenefits.OtherTANF'),
	('non_cash_benefits', 'other_benefits_source', 'hud_no_yes', '{0,1}', 'IncomeBenefits.OtherBenefitsSource'),
	('health_insurance', 'insurance_from_any_source', 'hud_no_yes_reasons', '{0,1,8}',
	 'IncomeBenefits.InsuranceFromAnySource'),
	('health_insurance', 'medicaid', 'hud_no_yes', '{0,1}', 'IncomeBenefits.Medicaid'),
	('health_insurance', 'medicare', 'hud_no_yes', '{0,1}', 'IncomeBenefits.Medicare'),
	('health_insurance', 'schip', 'hud_no_yes', '{0,1}', 'IncomeBenefits.SCHIP'),
	('health_insurance', 'vha_services', 'hud_no_yes', '{0,1}', 'IncomeBenefits.VHAServices'),
	('health_insurance', 'employer_provided', 'hud_no_yes', '{0,1}', 'IncomeBenefits.EmployerProvided'),
	('health_insurance', 'cobra', 'hud_no_yes', '{0,1}', 'IncomeBenefits.COBRA'),
	('health_insurance', 'private_pay', 'hud_no_yes', '{0,1}', 'IncomeBenefits.PrivatePay'),
	('health_insurance', 'state_health_ins', 'hud_no_yes', '{0,1}', 'IncomeBenefits.StateHealthIns'),
	('health_insurance', 'indian_health_services', 'hud_no_yes', '{0,1}', 'IncomeBenefits.IndianHealthServices'),
	('health_insurance', 'other_insurance', 'hud_no_yes', '{0,1}', 'IncomeBenefits.OtherInsurance'),
	('health_insurance', 'connection_with_soar', 'hud_no_yes_reasons', '{0,1}',
	 'IncomeBenefits.ConnectionWithSOAR'),
	('disabilities', 'physical_disability', 'hud_no_yes_reasons', '{0,1,8,9}',
	 'Disabilities.DisabilityResponse (type 5)'),
	('disabilities', 'physical_disability_indefinite_and_impairs', 'hud_no_yes_reasons', '{0,1,8,99}',
	 'Disabilities.IndefiniteAndImpairs (type 5)'),
	('disabilities', 'developmental_disability', 'hud_no_yes_reasons', '{0,1,8,9}',
	 'Disabilities.DisabilityResponse (type 6)'),
	('disabilities', 'developmental_disability_indefinite_and_impairs', 'hud_no_yes_reasons', '{0,1,99}',
	 'Disabilities.IndefiniteAndImpairs (type 6)'),
	('disabilities', 'chronic_health_condition', 'hud_no_yes_reasons', '{0,1,9}',
	 'Disabilities.DisabilityResponse (type 7)'),
	('disabilities', 'chronic_health_condition_indefinite_and_impairs', 'hud_no_yes_reasons', '{0,1,8,99}',
	 'Disabilities.IndefiniteAndImpairs (type 7)'),
	('disabilities', 'hiv_aids', 'hud_no_yes_reasons', '{0,1,9}', 'Disabilities.DisabilityResponse (type 8)'),
	('disabilities', 'hiv_aids_indefinite_and_impairs', 'hud_no_yes_reasons', '{1,99}',
	 'Disabilities.IndefiniteAndImpairs (type 8)'),
	('disabilities', 'mental_health_disorder', 'hud_no_yes_reasons', '{0,1,8,9}',
	 'Disabilities.DisabilityResponse (type 9)'),
	('disabilities', 'mental_health_disorder_indefinite_and_impairs', 'hud_no_yes_reasons', '{0,1,8,99}',
	 'Disabilities.IndefiniteAndImpairs (type 9)'),
	('disabilities', 'substance_use_disorder', 'hud_substance_use', '{0,1,2,3}',
	 'Disabilities.DisabilityResponse (type 10)'),
	('disabilities', 'substance_use_disorder_indefinite_and_impairs', 'hud_no_yes_reasons', '{0,1,8,99}',
	 'Disabilities.IndefiniteAndImpairs (type 10)'),
	('disabilities', 'data_collection_stage', 'hud_data_collection_stage', '{1,2,3,5}',
	 'Disabilities.DataCollectionStage'),
	('health_and_dv', 'domestic_violence_survivor', 'hud_no_yes_reasons', '{0,1,9}',
	 'HealthAndDV.DomesticViolenceSurvivor'),
	('health_and_dv', 'when_occurred', 'hud_when_occurred', '{1,2,3,4,8,9}', 'HealthAndDV.WhenOccurred'),
	('health_and_dv', 'currently_fleeing', 'hud_no_yes_reasons', '{0,1,8}', 'HealthAndDV.CurrentlyFleeing'),
	('health_and_dv', 'general_health_status', 'hud_health_status', '{1,2,3,4,5,9}',
	 'HealthAndDV.GeneralHealthStatus'),
	('health_and_dv', 'dental_health_status', 'hud_health_status', '{1,2,3,4,5}', 'HealthAndDV.DentalHealthStatus'),
	('health_and_dv', 'mental_health_status', 'hud_health_status', '{1,2,3,4,5}', 'HealthAndDV.MentalHealthStatus'),
	('health_and_dv', 'pregnancy_status', 'hud_no_yes_reasons', '{0,1}', 'HealthAndDV.PregnancyStatus'),
	('health_and_dv', 'data_collection_stage', 'hud_data_collection_stage', '{1,2,3,5}',
	 'HealthAndDV.DataCollectionStage'),
	('employment_education', 'last_grade_completed', 'hud_last_grade_completed', '{2,3,4,5,7,9,10,11,12,13,14}',
	 'EmploymentEducation.LastGradeCompleted'),
	('employment_education', 'school_status', 'hud_school_status', '{1,2,3,4,5}',
	 'EmploymentEducation.SchoolStatus'),
	('employment_education', 'employed', 'hud_no_yes_reasons', '{0,1}', 'EmploymentEducation.Employed'),
	('employment_education', 'employment_type', 'hud_employment_type', '{1,2,3}',
	 'EmploymentEducation.EmploymentType'),
	('employment_education', 'not_employed_reason', 'hud_not_employed_reason', '{1,2,3}',
	 'EmploymentEducation.NotEmployedReason'),
	('employment_education', 'data_collection_stage', 'hud_data_collection_stage', '{1,2,3,5}',
	 'EmploymentEducation.DataCollectionStage'),
	('youth_education_status', 'data_collection_stage', 'hud_data_collection_stage', '{1,3}',
	 'YouthEducationStatus.DataCollectionStage'),
	('current_living_situation', 'current_living_situation', 'hud_living_situation', '{116}',
	 'CurrentLivingSituation.CurrentLivingSituation'),
	('veteran_info', 'world_war_ii', 'hud_no_yes_reasons', '{0}', 'Client.WorldWarII'),
	('veteran_info', 'korean_war', 'hud_no_yes_reasons', '{0}', 'Client.KoreanWar'),
	('veteran_info', 'vietnam_war', 'hud_no_yes_reasons', '{0,1}', 'Client.VietnamWar'),
	('veteran_info', 'desert_storm', 'hud_no_yes_reasons', '{0,1}', 'Client.DesertStorm'),
	('veteran_info', 'afghanistan_oef', 'hud_no_yes_reasons', '{0,1}', 'Client.AfghanistanOEF'),
	('veteran_info', 'iraq_oif', 'hud_no_yes_reasons', '{0,1}', 'Client.IraqOIF'),
	('veteran_info', 'iraq_ond', 'hud_no_yes_reasons', '{0}', 'Client.IraqOND'),
	('veteran_info', 'other_theater', 'hud_no_yes_reasons', '{0,1}', 'Client.OtherTheater'),
	('veteran_info', 'military_branch', 'hud_military_branch', '{1,2,3}', 'Client.MilitaryBranch'),
	('veteran_info', 'discharge_status', 'hud_discharge_status', '{1,2,6}', 'Client.DischargeStatus');
-- the row of each table that takes them
CREATE TEMP TABLE sample_row (tbl text, id bigint);
INSERT INTO sample_row VALUES ('program', :program_id), ('grant', :grant_id), ('project_coc', :coc_id),
	('enrollment', :head_id), ('income_benefits', :income_benefits), ('non_cash_benefits', :non_cash_benefits),
	('health_insurance', :health_insurance), ('disabilities', :disabilities), ('health_and_dv', :health_and_dv),
	('employment_education', :employment_education), ('youth_education_status', :youth_education_status),
	('prior_living_situation', :prior_living_situation),
	('current_living_situation', :current_living_situation), ('veteran_info', :veteran_info);
GRANT SELECT ON sample, sample_row TO PUBLIC;
:as_alice

SELECT is((SELECT count(*)::integer FROM sample_row WHERE id IS NOT NULL), 14, 'a row of every table to write into');
SELECT is(pg_temp.refused(s.tbl, s.col,
	CASE WHEN s.col = 'relationship_to_hoh' THEN :member_id ELSE r.id END, s.codes), '{}',
	format('%s.%s takes the codes of FY2026''s %s', s.tbl, s.col, s.csv))
FROM sample s JOIN sample_row r USING (tbl) ORDER BY s.tbl, s.col;
SELECT is(pg_temp.unlisted(list, codes), '{}', format('%s lists the codes of FY2026''s %s', list, csv))
FROM sample ORDER BY tbl, col;

SELECT * FROM finish();
ROLLBACK;
