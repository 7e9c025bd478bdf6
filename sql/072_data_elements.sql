-- 072_data_elements.sql: the HUD data elements (FY2026 HMIS Data Standards)
-- as tables, each row one collection of one element for one enrollment:
-- income_benefits, non_cash_benefits, health_insurance (the three parts of
-- HUD's IncomeBenefits.csv), disabilities (Disabilities.csv, one wide row per
-- collection; hearth.disabilities_hud unpivots it into HUD's shape),
-- health_and_dv, employment_education, current_living_situation,
-- youth_education_status, prior_living_situation (3.917, Enrollment.csv's
-- columns taken at entry); and the master assessment they are taken with
-- (hearth.assessment) gains a program, a data collection stage and comments.
--
-- Naming rule, so that a CSV import or export is a straight mapping: every
-- HUD column keeps its FY2026 CSV name, snake_cased, with an acronym as one
-- word (InformationDate -> information_date, TotalMonthlyIncome ->
-- total_monthly_income, SSIAmount -> ssi_amount, VADisabilityServiceAmount
-- -> va_disability_service_amount, TANFChildCare -> tanf_child_care,
-- NoSCHIPReason -> no_schip_reason, DataCollectionStage ->
-- data_collection_stage, LeaveSituation14Days -> leave_situation_14_days).
-- HUD's ids map to ours: <Element>ID -> id, EnrollmentID -> enrollment_id,
-- PersonalID -> client_id, UserID -> created_by, DateCreated/DateUpdated ->
-- created_at/updated_at. A HUD code is a smallint with a CHECK of its FY2026
-- code list, and the list is the hearth.lookup list hud_<snake name of the
-- list> that forms offer (hud_no_yes_reasons and hud_no_yes where HUD uses
-- those generic lists). Rental subsidy types are a CHECK only: their list
-- belongs to another migration.
--
-- Sharing: every element table is a transaction (006) written by its
-- author (created_by); on top of that rule
--   - its enrollment (required) is of the same client and organization
--     (006's rule), and so is its assessment, when it names one;
--   - a row is read only where its enrollment is read: an element reveals
--     what the enrollment it belongs to says, so an enrollment restricted to
--     its organization or its author hides its elements too, whatever their
--     own restriction.
SET LOCAL ROLE hearth_owner;

-- ---- helpers (migration time) ---------------------------------------------

-- Add a condition to the USING of existing policies (as policy_also_check,
-- 012, does for WITH CHECK): rows the condition refuses are not seen.
CREATE FUNCTION hearth.policy_also_use(tbl regclass, pols name[], cond text) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	p record;
BEGIN
	FOR p IN SELECT polname, pg_get_expr(polqual, polrelid) AS qual
	         FROM pg_policy WHERE polrelid = tbl AND polname = ANY (pols) LOOP
		EXECUTE format('ALTER POLICY %I ON %s USING ((%s) AND (%s))', p.polname, tbl, p.qual, cond);
	END LOOP;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'no policy % on %', pols, tbl;
	END IF;
END $$;

-- Add a choice list: items are 'code=label', in the order shown; with
-- reasons, HUD's three reasons for missing data follow them. Rows already
-- there stay (another migration may add the same generic list).
CREATE FUNCTION hearth.lookup_add(list text, reasons boolean, VARIADIC items text[]) RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
	INSERT INTO hearth.lookup (list, code, label, sort)
	SELECT list, split_part(i, '=', 1), substr(i, strpos(i, '=') + 1), n::integer
	FROM unnest(items || CASE WHEN reasons THEN ARRAY['8=Client doesn''t know',
	            '9=Client prefers not to answer', '99=Data not collected'] ELSE '{}' END)
	     WITH ORDINALITY AS x(i, n)
	ON CONFLICT DO NOTHING
$$;

-- Create a data element table: the columns every element has around its
-- HUD columns (`hud`, SQL column definitions), the transaction rules, and
-- the two conditions at the top. `stage_required`: whether
-- data_collection_stage must be given (HUD has it on every element but one).
CREATE FUNCTION hearth.data_element(name text, hud text, stage_required boolean DEFAULT true)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	tbl regclass;
BEGIN
	EXECUTE format('CREATE TABLE hearth.%1$I (
		id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		client_id             bigint NOT NULL REFERENCES hearth.client,
		org_id                bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
		enrollment_id         bigint NOT NULL REFERENCES hearth.enrollment,
		assessment_id         bigint REFERENCES hearth.assessment ON DELETE SET NULL,
		information_date      date NOT NULL DEFAULT hearth.today(),
		data_collection_stage smallint %2$s CHECK (data_collection_stage IN (1, 2, 3, 5, 6)),
		%3$s,
		restriction           text NOT NULL DEFAULT ''none'' CHECK (restriction IN (''none'', ''organization'', ''user'')),
		created_by            bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
		created_at            timestamptz NOT NULL DEFAULT now(),
		updated_at            timestamptz NOT NULL DEFAULT now())',
		name, CASE WHEN stage_required THEN 'NOT NULL' ELSE '' END, hud);
	tbl := format('hearth.%I', name)::regclass;
	EXECUTE format('CREATE INDEX %I ON %s (enrollment_id)', name || '_enrollment', tbl);
	EXECUTE format('CREATE INDEX %I ON %s (client_id)', name || '_client', tbl);
	EXECUTE format('CREATE INDEX %I ON %s (assessment_id) WHERE assessment_id IS NOT NULL',
	               name || '_assessment', tbl);
	PERFORM hearth.transaction_policies(tbl, 'created_by', true);
	-- A hidden assessment fails like a nonexistent one (it is not seen here).
	PERFORM hearth.policy_also_check(tbl, '{transaction_add, transaction_change}', format(
		'%1$I.assessment_id IS NULL OR EXISTS (SELECT 1 FROM hearth.assessment a
		  WHERE a.id = %1$I.assessment_id AND a.client_id = %1$I.client_id AND a.org_id = %1$I.org_id)',
		name));
	-- The enrollment's own policy decides (the sub-select runs under RLS).
	-- A later migration that rewrites transaction_read for every table (as
	-- 062 did) must keep this condition.
	PERFORM hearth.policy_also_use(tbl, '{transaction_read}', format(
		'EXISTS (SELECT 1 FROM hearth.enrollment e WHERE e.id = %I.enrollment_id)', name));
END $$;

-- ---- choice lists -----------------------------------------------------------

SELECT hearth.lookup_add('hud_no_yes', false, '0=No', '1=Yes');
SELECT hearth.lookup_add('hud_data_collection_stage', false, '1=Project start', '2=Update',
	'3=Project exit', '5=Annual assessment', '6=Post-exit');
-- 4.04.A, also HOPWA's W3 reasons (ADAP, Ryan White)
SELECT hearth.lookup_add('hud_reason_not_insured', true, '1=Applied; decision pending',
	'2=Applied; client not eligible', '3=Client did not apply', '4=Insurance type N/A for this client');
-- 1.3: the view's disability_type
SELECT hearth.lookup_add('hud_disability_type', false, '5=Physical disability',
	'6=Developmental disability', '7=Chronic health condition', '8=HIV/AIDS',
	'9=Mental health disorder', '10=Substance use disorder');
SELECT hearth.lookup_add('hud_substance_use', true, '0=No', '1=Alcohol use disorder',
	'2=Drug use disorder', '3=Both alcohol and drug use disorders');
SELECT hearth.lookup_add('hud_when_occurred', true, '1=Within the past three months',
	'2=Three to six months ago (excluding six months exactly)',
	'3=Six months to one year ago (excluding one year exactly)', '4=One year ago or more');
SELECT hearth.lookup_add('hud_health_status', true, '1=Excellent', '2=Very good', '3=Good',
	'4=Fair', '5=Poor');
SELECT hearth.lookup_add('hud_last_grade_completed', true, '1=Less than grade 5',
	'2=Grades 5-6', '3=Grades 7-8', '4=Grades 9-11', '5=Grade 12',
	'6=School program does not have grade levels', '7=GED', '10=Some college',
	'11=Associate''s degree', '12=Bachelor''s degree', '13=Graduate degree',
	'14=Vocational certification');
SELECT hearth.lookup_add('hud_school_status', true, '1=Attending school regularly',
	'2=Attending school irregularly', '3=Graduated from high school', '4=Obtained GED',
	'5=Dropped out', '6=Suspended', '7=Expelled');
SELECT hearth.lookup_add('hud_employment_type', false, '1=Full-time', '2=Part-time',
	'3=Seasonal / sporadic (including day labor)', '99=Data not collected');
SELECT hearth.lookup_add('hud_not_employed_reason', false, '1=Looking for work',
	'2=Unable to work', '3=Not looking for work', '99=Data not collected');
SELECT hearth.lookup_add('hud_current_school_attend', true,
	'0=Not currently enrolled in any school or educational course',
	'1=Currently enrolled but NOT attending regularly (when school or the course is in session)',
	'2=Currently enrolled and attending regularly (when school or the course is in session)');
SELECT hearth.lookup_add('hud_most_recent_ed_status', true, '0=K12: Graduated from high school',
	'1=K12: Obtained GED', '2=K12: Dropped out', '3=K12: Suspended', '4=K12: Expelled',
	'5=Higher education: Pursuing a credential but not currently attending',
	'6=Higher education: Dropped out', '7=Higher education: Obtained a credential/degree');
SELECT hearth.lookup_add('hud_current_ed_status', true, '0=Pursuing a high school diploma or GED',
	'1=Pursuing Associate''s Degree', '2=Pursuing Bachelor''s Degree', '3=Pursuing Graduate Degree',
	'4=Pursuing other post-secondary credential');
-- 3.917 (prior living situation) and 4.12 (current living situation) share
-- their codes; 17 and 37 are 4.12's only (the CHECKs below say which).
SELECT hearth.lookup_add('hud_living_situation', true,
	'116=Place not meant for habitation (e.g., a vehicle, an abandoned building, bus/train/subway station/airport or anywhere outside)',
	'101=Emergency shelter, including hotel or motel paid for with emergency shelter voucher, Host Home shelter',
	'118=Safe Haven',
	'215=Foster care home or foster care group home',
	'206=Hospital or other residential non-psychiatric medical facility',
	'207=Jail, prison or juvenile detention facility',
	'225=Long-term care facility or nursing home',
	'204=Psychiatric hospital or other psychiatric facility',
	'205=Substance abuse treatment facility or detox center',
	'302=Transitional housing for homeless persons (including homeless youth)',
	'329=Residential project or halfway house with no homeless criteria',
	'314=Hotel or motel paid for without emergency shelter voucher',
	'332=Host Home (non-crisis)',
	'336=Staying or living in a friend''s room, apartment, or house',
	'335=Staying or living in a family member''s room, apartment, or house',
	'410=Rental by client, no ongoing housing subsidy',
	'435=Rental by client, with ongoing housing subsidy',
	'421=Owned by client, with ongoing housing subsidy',
	'411=Owned by client, no ongoing housing subsidy',
	'17=Other', '37=Worker unable to determine');
SELECT hearth.lookup_add('hud_length_of_stay', true, '10=One night or less', '11=Two to six nights',
	'2=One week or more, but less than one month', '3=One month or more, but less than 90 days',
	'4=90 days or more but less than one year', '5=One year or longer');
SELECT hearth.lookup_add('hud_times_homeless', true, '1=One time', '2=Two times', '3=Three times',
	'4=Four or more times');
SELECT hearth.lookup_add('hud_months_homeless', true, '101=One month (this time is the first month)',
	'102=2', '103=3', '104=4', '105=5', '106=6', '107=7', '108=8', '109=9', '110=10', '111=11',
	'112=12', '113=More than 12 months');
-- The master assessment's kinds: HUD's collection points, then the
-- informational kinds the demo data has. assessment_type stays free text
-- (rows written before keep theirs); forms offer this list.
SELECT hearth.lookup_add('assessment_type', false, 'entry=Project start (entry)', 'update=Update',
	'annual=Annual assessment', 'exit=Project exit', 'post_exit=Post-exit', 'veteran=Veteran',
	'education=Education', 'employment=Employment', 'health=Health', 'financial=Financial',
	'work_history=Work history');

-- ---- the master assessment ------------------------------------------------------

-- The assessor is its author (created_by). The program it was taken in may
-- be another organization's (a referral's screening): the directory is read
-- by everybody, so the reference reveals nothing.
ALTER TABLE hearth.assessment
	ADD COLUMN program_id bigint REFERENCES hearth.program,
	ADD COLUMN data_collection_stage smallint CHECK (data_collection_stage IN (1, 2, 3, 5, 6)),
	ADD COLUMN comments text CHECK (length(comments) <= 2000);
GRANT INSERT (program_id, data_collection_stage, comments),
	UPDATE (program_id, data_collection_stage, comments) ON hearth.assessment TO hearth_user;

-- ---- IncomeBenefits.csv ----------------------------------------------------------

-- 4.02: each source No/Yes (1.10) with its monthly amount.
SELECT hearth.data_element('income_benefits', $$
	income_from_any_source smallint CHECK (income_from_any_source IN (0, 1, 8, 9, 99)),
	total_monthly_income numeric(10, 2) CHECK (total_monthly_income >= 0),
	earned smallint CHECK (earned IN (0, 1)),
	earned_amount numeric(10, 2) CHECK (earned_amount >= 0),
	unemployment smallint CHECK (unemployment IN (0, 1)),
	unemployment_amount numeric(10, 2) CHECK (unemployment_amount >= 0),
	ssi smallint CHECK (ssi IN (0, 1)),
	ssi_amount numeric(10, 2) CHECK (ssi_amount >= 0),
	ssdi smallint CHECK (ssdi IN (0, 1)),
	ssdi_amount numeric(10, 2) CHECK (ssdi_amount >= 0),
	va_disability_service smallint CHECK (va_disability_service IN (0, 1)),
	va_disability_service_amount numeric(10, 2) CHECK (va_disability_service_amount >= 0),
	va_disability_non_service smallint CHECK (va_disability_non_service IN (0, 1)),
	va_disability_non_service_amount numeric(10, 2) CHECK (va_disability_non_service_amount >= 0),
	private_disability smallint CHECK (private_disability IN (0, 1)),
	private_disability_amount numeric(10, 2) CHECK (private_disability_amount >= 0),
	workers_comp smallint CHECK (workers_comp IN (0, 1)),
	workers_comp_amount numeric(10, 2) CHECK (workers_comp_amount >= 0),
	tanf smallint CHECK (tanf IN (0, 1)),
	tanf_amount numeric(10, 2) CHECK (tanf_amount >= 0),
	ga smallint CHECK (ga IN (0, 1)),
	ga_amount numeric(10, 2) CHECK (ga_amount >= 0),
	soc_sec_retirement smallint CHECK (soc_sec_retirement IN (0, 1)),
	soc_sec_retirement_amount numeric(10, 2) CHECK (soc_sec_retirement_amount >= 0),
	pension smallint CHECK (pension IN (0, 1)),
	pension_amount numeric(10, 2) CHECK (pension_amount >= 0),
	child_support smallint CHECK (child_support IN (0, 1)),
	child_support_amount numeric(10, 2) CHECK (child_support_amount >= 0),
	alimony smallint CHECK (alimony IN (0, 1)),
	alimony_amount numeric(10, 2) CHECK (alimony_amount >= 0),
	other_income_source smallint CHECK (other_income_source IN (0, 1)),
	other_income_amount numeric(10, 2) CHECK (other_income_amount >= 0),
	other_income_source_identify text CHECK (length(other_income_source_identify) <= 50)$$);

-- 4.03
SELECT hearth.data_element('non_cash_benefits', $$
	benefits_from_any_source smallint CHECK (benefits_from_any_source IN (0, 1, 8, 9, 99)),
	snap smallint CHECK (snap IN (0, 1)),
	wic smallint CHECK (wic IN (0, 1)),
	tanf_child_care smallint CHECK (tanf_child_care IN (0, 1)),
	tanf_transportation smallint CHECK (tanf_transportation IN (0, 1)),
	other_tanf smallint CHECK (other_tanf IN (0, 1)),
	other_benefits_source smallint CHECK (other_benefits_source IN (0, 1)),
	other_benefits_source_identify text CHECK (length(other_benefits_source_identify) <= 50)$$);

-- 4.04, with HOPWA's W3 and SOAR: each insurance No/Yes (1.10) and, when
-- no, why (hud_reason_not_insured).
SELECT hearth.data_element('health_insurance', $$
	insurance_from_any_source smallint CHECK (insurance_from_any_source IN (0, 1, 8, 9, 99)),
	medicaid smallint CHECK (medicaid IN (0, 1)),
	no_medicaid_reason smallint CHECK (no_medicaid_reason IN (1, 2, 3, 4, 8, 9, 99)),
	medicare smallint CHECK (medicare IN (0, 1)),
	no_medicare_reason smallint CHECK (no_medicare_reason IN (1, 2, 3, 4, 8, 9, 99)),
	schip smallint CHECK (schip IN (0, 1)),
	no_schip_reason smallint CHECK (no_schip_reason IN (1, 2, 3, 4, 8, 9, 99)),
	vha_services smallint CHECK (vha_services IN (0, 1)),
	no_vha_reason smallint CHECK (no_vha_reason IN (1, 2, 3, 4, 8, 9, 99)),
	employer_provided smallint CHECK (employer_provided IN (0, 1)),
	no_employer_provided_reason smallint CHECK (no_employer_provided_reason IN (1, 2, 3, 4, 8, 9, 99)),
	cobra smallint CHECK (cobra IN (0, 1)),
	no_cobra_reason smallint CHECK (no_cobra_reason IN (1, 2, 3, 4, 8, 9, 99)),
	private_pay smallint CHECK (private_pay IN (0, 1)),
	no_private_pay_reason smallint CHECK (no_private_pay_reason IN (1, 2, 3, 4, 8, 9, 99)),
	state_health_ins smallint CHECK (state_health_ins IN (0, 1)),
	no_state_health_ins_reason smallint CHECK (no_state_health_ins_reason IN (1, 2, 3, 4, 8, 9, 99)),
	indian_health_services smallint CHECK (indian_health_services IN (0, 1)),
	no_indian_health_services_reason smallint CHECK (no_indian_health_services_reason IN (1, 2, 3, 4, 8, 9, 99)),
	other_insurance smallint CHECK (other_insurance IN (0, 1)),
	other_insurance_identify text CHECK (length(other_insurance_identify) <= 50),
	adap smallint CHECK (adap IN (0, 1, 8, 9, 99)),
	no_adap_reason smallint CHECK (no_adap_reason IN (1, 2, 3, 4, 8, 9, 99)),
	ryan_white_med_dent smallint CHECK (ryan_white_med_dent IN (0, 1, 8, 9, 99)),
	no_ryan_white_reason smallint CHECK (no_ryan_white_reason IN (1, 2, 3, 4, 8, 9, 99)),
	connection_with_soar smallint CHECK (connection_with_soar IN (0, 1, 8, 9, 99))$$);

-- ---- Disabilities.csv --------------------------------------------------------------

-- 4.05 to 4.10 in one row, so one form takes them all: each type's answer
-- (hud_no_yes_reasons; substance use: hud_substance_use) and whether it is
-- expected to be of long-continued and indefinite duration and to impair
-- independent living (hud_no_yes_reasons).
SELECT hearth.data_element('disabilities', $$
	physical_disability smallint CHECK (physical_disability IN (0, 1, 8, 9, 99)),
	physical_disability_indefinite_and_impairs smallint
		CHECK (physical_disability_indefinite_and_impairs IN (0, 1, 8, 9, 99)),
	developmental_disability smallint CHECK (developmental_disability IN (0, 1, 8, 9, 99)),
	developmental_disability_indefinite_and_impairs smallint
		CHECK (developmental_disability_indefinite_and_impairs IN (0, 1, 8, 9, 99)),
	chronic_health_condition smallint CHECK (chronic_health_condition IN (0, 1, 8, 9, 99)),
	chronic_health_condition_indefinite_and_impairs smallint
		CHECK (chronic_health_condition_indefinite_and_impairs IN (0, 1, 8, 9, 99)),
	hiv_aids smallint CHECK (hiv_aids IN (0, 1, 8, 9, 99)),
	hiv_aids_indefinite_and_impairs smallint
		CHECK (hiv_aids_indefinite_and_impairs IN (0, 1, 8, 9, 99)),
	mental_health_disorder smallint CHECK (mental_health_disorder IN (0, 1, 8, 9, 99)),
	mental_health_disorder_indefinite_and_impairs smallint
		CHECK (mental_health_disorder_indefinite_and_impairs IN (0, 1, 8, 9, 99)),
	substance_use_disorder smallint CHECK (substance_use_disorder IN (0, 1, 2, 3, 8, 9, 99)),
	substance_use_disorder_indefinite_and_impairs smallint
		CHECK (substance_use_disorder_indefinite_and_impairs IN (0, 1, 8, 9, 99))$$);

-- HUD's shape: a row per disability type answered, DisabilityType 5 to 10
-- (hud_disability_type), DisabilitiesID made of our id and the type. Runs as
-- the caller, so it shows the rows the caller may read and no more.
CREATE VIEW hearth.disabilities_hud WITH (security_invoker = true) AS
	SELECT d.id || '_' || x.disability_type AS disabilities_id,
	       d.enrollment_id, d.client_id AS personal_id, d.information_date,
	       x.disability_type, x.disability_response, x.indefinite_and_impairs,
	       d.data_collection_stage, d.created_at AS date_created,
	       d.updated_at AS date_updated, d.created_by AS user_id
	FROM hearth.disabilities d
	CROSS JOIN LATERAL (VALUES
		(5::smallint, d.physical_disability, d.physical_disability_indefinite_and_impairs),
		(6::smallint, d.developmental_disability, d.developmental_disability_indefinite_and_impairs),
		(7::smallint, d.chronic_health_condition, d.chronic_health_condition_indefinite_and_impairs),
		(8::smallint, d.hiv_aids, d.hiv_aids_indefinite_and_impairs),
		(9::smallint, d.mental_health_disorder, d.mental_health_disorder_indefinite_and_impairs),
		(10::smallint, d.substance_use_disorder, d.substance_use_disorder_indefinite_and_impairs))
		AS x (disability_type, disability_response, indefinite_and_impairs)
	WHERE x.disability_response IS NOT NULL OR x.indefinite_and_impairs IS NOT NULL;
GRANT SELECT ON hearth.disabilities_hud TO hearth_user;

-- ---- HealthAndDV.csv, EmploymentEducation.csv, YouthEducationStatus.csv ---------

-- 4.11 and R7/R8/R9 and 4.13.
SELECT hearth.data_element('health_and_dv', $$
	domestic_violence_survivor smallint CHECK (domestic_violence_survivor IN (0, 1, 8, 9, 99)),
	when_occurred smallint CHECK (when_occurred IN (1, 2, 3, 4, 8, 9, 99)),
	currently_fleeing smallint CHECK (currently_fleeing IN (0, 1, 8, 9, 99)),
	general_health_status smallint CHECK (general_health_status IN (1, 2, 3, 4, 5, 8, 9, 99)),
	dental_health_status smallint CHECK (dental_health_status IN (1, 2, 3, 4, 5, 8, 9, 99)),
	mental_health_status smallint CHECK (mental_health_status IN (1, 2, 3, 4, 5, 8, 9, 99)),
	pregnancy_status smallint CHECK (pregnancy_status IN (0, 1, 8, 9, 99)),
	due_date date$$);

-- R4, R5, R6
SELECT hearth.data_element('employment_education', $$
	last_grade_completed smallint
		CHECK (last_grade_completed IN (1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 8, 9, 99)),
	school_status smallint CHECK (school_status IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 99)),
	employed smallint CHECK (employed IN (0, 1, 8, 9, 99)),
	employment_type smallint CHECK (employment_type IN (1, 2, 3, 99)),
	not_employed_reason smallint CHECK (not_employed_reason IN (1, 2, 3, 99))$$);

-- C3
SELECT hearth.data_element('youth_education_status', $$
	current_school_attend smallint CHECK (current_school_attend IN (0, 1, 2, 8, 9, 99)),
	most_recent_ed_status smallint CHECK (most_recent_ed_status IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 99)),
	current_ed_status smallint CHECK (current_ed_status IN (0, 1, 2, 3, 4, 8, 9, 99))$$);

-- ---- CurrentLivingSituation.csv ----------------------------------------------------

-- 4.12 is recorded at each contact, not at a collection point: HUD's file has
-- no DataCollectionStage, so the column is optional here (kept so that a
-- contact taken with a master assessment can say which).
SELECT hearth.data_element('current_living_situation', $$
	current_living_situation smallint NOT NULL CHECK (current_living_situation IN (116, 101, 118,
		215, 206, 207, 225, 204, 205, 302, 329, 314, 332, 336, 335, 410, 435, 421, 411,
		17, 37, 8, 9, 99)),
	cls_subsidy_type smallint CHECK (cls_subsidy_type IN (419, 420, 428, 431, 433, 434, 436,
		437, 438, 439, 440)),
	verified_by text CHECK (length(verified_by) <= 100),
	leave_situation_14_days smallint CHECK (leave_situation_14_days IN (0, 1, 8, 9, 99)),
	subsequent_residence smallint CHECK (subsequent_residence IN (0, 1, 8, 9, 99)),
	resources_to_obtain smallint CHECK (resources_to_obtain IN (0, 1, 8, 9, 99)),
	lease_own_60_day smallint CHECK (lease_own_60_day IN (0, 1, 8, 9, 99)),
	moved_two_or_more smallint CHECK (moved_two_or_more IN (0, 1, 8, 9, 99)),
	location_details text CHECK (length(location_details) <= 250)$$, false);

-- ---- Enrollment.csv: 3.917 Prior Living Situation ----------------------------------

-- Taken once, at project start: one per enrollment. The UNIQUE reveals
-- nothing across organizations: only the enrollment's own organization may
-- write against it. Within it, a colleague may learn that the author of a
-- row restricted to its author recorded one, no more (what, stays hidden).
SELECT hearth.data_element('prior_living_situation', $$
	living_situation smallint CHECK (living_situation IN (116, 101, 118, 215, 206, 207, 225,
		204, 205, 302, 329, 314, 332, 336, 335, 410, 435, 421, 411, 8, 9, 99)),
	rental_subsidy_type smallint CHECK (rental_subsidy_type IN (419, 420, 428, 431, 433, 434,
		436, 437, 438, 439, 440)),
	length_of_stay smallint CHECK (length_of_stay IN (10, 11, 2, 3, 4, 5, 8, 9, 99)),
	los_under_threshold smallint CHECK (los_under_threshold IN (0, 1)),
	previous_street_essh smallint CHECK (previous_street_essh IN (0, 1)),
	date_to_street_essh date,
	times_homeless_past_three_years smallint
		CHECK (times_homeless_past_three_years IN (1, 2, 3, 4, 8, 9, 99)),
	months_homeless_past_three_years smallint
		CHECK (months_homeless_past_three_years BETWEEN 101 AND 113
		       OR months_homeless_past_three_years IN (8, 9, 99)),
	disabling_condition smallint CHECK (disabling_condition IN (0, 1, 8, 9, 99)),
	UNIQUE (enrollment_id)$$);
