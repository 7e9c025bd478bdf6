-- 075_informational.sql: the informational assessments, each a kind of
-- record taken with an enrollment: veteran_info (HUD's veteran details,
-- Client.csv's V1 columns snake_cased), education, employment, health,
-- financial and work_history; and the directory of employers a work history
-- names (hearth.employer).
--
-- Every assessment table is made by hearth.data_element (072), so it shares
-- the HUD data elements' rules: a transaction (006) written by its author,
-- against an enrollment (and maybe a master assessment) of its own client
-- and organization, read only where that enrollment is read. A code is a
-- smallint with a CHECK of its list, and the list is the hearth.lookup list
-- the forms offer (HUD's own where there is one).
SET LOCAL ROLE hearth_owner;

-- ---- choice lists -----------------------------------------------------------

-- V1.11 and V1.12 (FY2026)
SELECT hearth.lookup_add('hud_military_branch', true, '1=Army', '2=Air Force', '3=Navy',
	'4=Marines', '6=Coast Guard', '7=Space Force');
SELECT hearth.lookup_add('hud_discharge_status', true, '1=Honorable',
	'2=General under honorable conditions', '4=Bad conduct', '5=Dishonorable',
	'6=Under other than honorable conditions (OTH)', '7=Uncharacterized');
SELECT hearth.lookup_add('termination_reason', false, '1=Quit or resigned', '2=Laid off',
	'3=Fired or discharged', '4=Contract or seasonal work ended', '5=Health or disability',
	'6=Moved away', '7=Other');
SELECT hearth.lookup_add('bank_account', false, '0=None', '1=Checking', '2=Savings',
	'3=Checking and savings', '4=Prepaid card only');

-- ---- the employer directory -------------------------------------------------

-- Shared by everybody, like the provider directory: an employer is a
-- business, not a person, and names no client. Any user adds one (typing a
-- new name into a work history's employer field); only the organization
-- that added it changes it, so that one agency cannot rename another's
-- entries under the feet of its work histories. Nobody deletes one: a work
-- history another organization hides may name it, and the foreign-key
-- error would tell that such a record exists.
CREATE TABLE hearth.employer (
	id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	org_id     bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	name       text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 100),
	city       text CHECK (length(city) <= 50),
	created_by bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX employer_name ON hearth.employer (lower(name));
SELECT hearth.protect_table('hearth.employer', ARRAY['org_id', 'created_by']);
SELECT hearth.grant_table('hearth.employer', ARRAY['org_id', 'created_by'], false);
CREATE POLICY employer_read ON hearth.employer FOR SELECT TO hearth_user USING (true);
CREATE POLICY employer_add ON hearth.employer FOR INSERT TO hearth_user
	WITH CHECK (org_id = (SELECT hearth.active_org())
	            AND created_by = (SELECT hearth.current_user_id()));
CREATE POLICY employer_change ON hearth.employer FOR UPDATE TO hearth_user
	USING (org_id = (SELECT hearth.active_org()))
	WITH CHECK (org_id = (SELECT hearth.active_org()));

-- ---- the assessments --------------------------------------------------------

-- V1: the years of service, the theaters (hud_no_yes_reasons), the branch
-- and the discharge.
SELECT hearth.data_element('veteran_info', $$
	year_entered_service smallint CHECK (year_entered_service BETWEEN 1920 AND 2100),
	year_separated smallint CHECK (year_separated BETWEEN 1920 AND 2100
		AND year_separated >= year_entered_service),
	world_war_ii smallint CHECK (world_war_ii IN (0, 1, 8, 9, 99)),
	korean_war smallint CHECK (korean_war IN (0, 1, 8, 9, 99)),
	vietnam_war smallint CHECK (vietnam_war IN (0, 1, 8, 9, 99)),
	desert_storm smallint CHECK (desert_storm IN (0, 1, 8, 9, 99)),
	afghanistan_oef smallint CHECK (afghanistan_oef IN (0, 1, 8, 9, 99)),
	iraq_oif smallint CHECK (iraq_oif IN (0, 1, 8, 9, 99)),
	iraq_ond smallint CHECK (iraq_ond IN (0, 1, 8, 9, 99)),
	other_theater smallint CHECK (other_theater IN (0, 1, 8, 9, 99)),
	military_branch smallint CHECK (military_branch IN (1, 2, 3, 4, 6, 7, 8, 9, 99)),
	discharge_status smallint CHECK (discharge_status IN (1, 2, 4, 5, 6, 7, 8, 9, 99))$$);

-- The highest grade uses R4's list (hud_last_grade_completed).
SELECT hearth.data_element('education', $$
	highest_grade_completed smallint
		CHECK (highest_grade_completed IN (1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 8, 9, 99)),
	currently_enrolled smallint CHECK (currently_enrolled IN (0, 1, 8, 9, 99)),
	school_name text CHECK (length(school_name) <= 100),
	program_of_study text CHECK (length(program_of_study) <= 100),
	education_notes text CHECK (length(education_notes) <= 1000)$$);

-- The type of employment uses R6's list (hud_employment_type).
SELECT hearth.data_element('employment', $$
	employed smallint CHECK (employed IN (0, 1, 8, 9, 99)),
	employer_name text CHECK (length(employer_name) <= 100),
	employment_type smallint CHECK (employment_type IN (1, 2, 3, 99)),
	hours_per_week smallint CHECK (hours_per_week BETWEEN 0 AND 168),
	looking_for_work smallint CHECK (looking_for_work IN (0, 1, 8, 9, 99)),
	employment_notes text CHECK (length(employment_notes) <= 1000)$$);

-- The general health uses R7's list (hud_health_status).
SELECT hearth.data_element('health', $$
	general_health_status smallint CHECK (general_health_status IN (1, 2, 3, 4, 5, 8, 9, 99)),
	has_primary_care smallint CHECK (has_primary_care IN (0, 1, 8, 9, 99)),
	primary_care_provider text CHECK (length(primary_care_provider) <= 100),
	insurance_notes text CHECK (length(insurance_notes) <= 1000)$$);

SELECT hearth.data_element('financial', $$
	monthly_expenses numeric(10, 2) CHECK (monthly_expenses >= 0),
	total_debt numeric(10, 2) CHECK (total_debt >= 0),
	bank_account smallint CHECK (bank_account IN (0, 1, 2, 3, 4)),
	has_budget smallint CHECK (has_budget IN (0, 1, 8, 9, 99)),
	budget_notes text CHECK (length(budget_notes) <= 1000)$$);

-- One job. The pay is computed by the form (hearth-forms(5) formula) and
-- saved, so lists and reports read it without the arithmetic; the
-- directory is read by everybody, so the foreign key reveals nothing.
SELECT hearth.data_element('work_history', $$
	employer_id bigint NOT NULL REFERENCES hearth.employer,
	job_title text CHECK (length(job_title) <= 100),
	start_date date,
	end_date date CHECK (end_date >= start_date),
	hourly_wage numeric(8, 2) CHECK (hourly_wage >= 0),
	weekly_hours numeric(5, 2) CHECK (weekly_hours BETWEEN 0 AND 168),
	monthly_pay numeric(10, 2) CHECK (monthly_pay >= 0),
	annual_pay numeric(12, 2) CHECK (annual_pay >= 0),
	termination_date date CHECK (termination_date >= start_date),
	termination_reason smallint CHECK (termination_reason BETWEEN 1 AND 7),
	eligible_for_rehire smallint CHECK (eligible_for_rehire IN (0, 1, 8, 9, 99))$$);
CREATE INDEX work_history_employer ON hearth.work_history (employer_id);
