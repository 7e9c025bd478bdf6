-- 070_providers.sql: the provider directory as HUD describes it (Project.csv,
-- ProjectCoC.csv, Funder.csv), kept by each organization's administrators.
--
-- Until now any member of an organization wrote its programs and grants; the
-- directory is what every organization enrolls against and reports from, so
-- it is written by system administrators, or by an organization
-- administrator (membership.org_admin) for their own organization while it
-- is the one they work in. Everybody still reads all of it.
SET LOCAL ROLE hearth_owner;

-- ---- organization administrators --------------------------------------------

ALTER TABLE hearth.membership ADD COLUMN org_admin boolean NOT NULL DEFAULT false;

-- Whether the caller (an enabled user) administers the organization.
-- (PL/pgSQL, like every function a policy calls: it keeps its plan.)
CREATE FUNCTION hearth.is_org_admin(org bigint) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RETURN EXISTS (SELECT 1 FROM hearth.membership m
	               WHERE m.user_id = hearth.current_user_id() AND m.org_id = org
	                 AND m.org_admin);
END $$;
GRANT EXECUTE ON FUNCTION hearth.is_org_admin(bigint) TO hearth_user, hearth_auditor;

-- Make a member an organization administrator, or a plain member again.
-- Only system administrators; the user must already be a member (being an
-- administrator of an organization one cannot work in would mean nothing).
CREATE FUNCTION hearth.org_admin_set(uname text, org_name text, admin boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	u text;
	org bigint;
BEGIN
	PERFORM hearth.require_admin();
	u := hearth.user_name(uname);
	org := hearth.org_id(org_name);
	UPDATE hearth.membership m SET org_admin = coalesce(admin, false)
	FROM hearth.hmis_user h
	WHERE h.username = u AND m.user_id = h.id AND m.org_id = org;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'user "%" is not a member of organization "%"', u, btrim(org_name)
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
END $$;
GRANT EXECUTE ON FUNCTION hearth.org_admin_set(text, text, boolean) TO hearth_user;

-- The rule for writing a directory row of organization `org_id` (the
-- active organization is re-checked against membership by active_org()).
CREATE FUNCTION hearth.directory_writer_rule(t text) RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT format('(SELECT hearth.is_admin())
		OR (%1$I.org_id = (SELECT hearth.active_org())
		    AND (SELECT hearth.is_org_admin(hearth.active_org())))', t)
$$;

-- ---- programs (Project.csv) --------------------------------------------------

ALTER TABLE hearth.program
	ADD COLUMN housing_type smallint CHECK (housing_type IN (1, 2, 3)),
	ADD COLUMN target_population smallint CHECK (target_population IN (1, 3, 4)),
	ADD COLUMN continuum_project smallint CHECK (continuum_project IN (0, 1)),
	ADD COLUMN hmis_participation_type smallint CHECK (hmis_participation_type IN (0, 1, 2)),
	ADD COLUMN rrh_sub_type smallint CHECK (rrh_sub_type IN (1, 2));
-- the new columns are the users' to write, like the others
GRANT INSERT (housing_type, target_population, continuum_project, hmis_participation_type,
              rrh_sub_type),
      UPDATE (housing_type, target_population, continuum_project, hmis_participation_type,
              rrh_sub_type) ON hearth.program TO hearth_user;

-- ---- grants (Funder.csv) -----------------------------------------------------

-- HUD's Funder is a code; what used to be typed there is the "other" funder.
ALTER TABLE hearth."grant" RENAME COLUMN funder TO other_funder;
ALTER TABLE hearth."grant"
	ADD COLUMN funder smallint CHECK (funder BETWEEN 1 AND 55 AND funder NOT IN (28, 29, 31)),
	ADD COLUMN hud_grant_id text CHECK (length(hud_grant_id) <= 100),
	ADD CONSTRAINT other_funder_length CHECK (length(other_funder) <= 100);
-- A grant pays for a program of its own organization: an administrator of
-- one organization cannot hang a grant on another's program.
ALTER TABLE hearth."grant" ALTER COLUMN program_id SET NOT NULL,
	ADD CONSTRAINT grant_program_org
	FOREIGN KEY (program_id, org_id) REFERENCES hearth.program (id, org_id);
CREATE INDEX grant_program ON hearth."grant" (program_id);
GRANT INSERT (funder, hud_grant_id), UPDATE (funder, hud_grant_id) ON hearth."grant" TO hearth_user;

-- ---- the CoCs a program serves (ProjectCoC.csv) ------------------------------

CREATE TABLE hearth.project_coc (
	id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	org_id         bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	program_id     bigint NOT NULL,
	coc_code       text NOT NULL CHECK (coc_code ~ '^[A-Z]{2}-[0-9]{3}$'),
	geocode        text CHECK (geocode ~ '^[0-9]{6}$'),
	address1       text CHECK (length(address1) <= 100),
	address2       text CHECK (length(address2) <= 100),
	city           text CHECK (length(city) <= 50),
	state          text CHECK (state ~ '^[A-Z]{2}$'),
	zip            text CHECK (zip ~ '^[0-9]{5}$'),
	geography_type smallint CHECK (geography_type IN (1, 2, 3, 99)),
	created_at     timestamptz NOT NULL DEFAULT now(),
	updated_at     timestamptz NOT NULL DEFAULT now(),
	FOREIGN KEY (program_id, org_id) REFERENCES hearth.program (id, org_id)
);
CREATE INDEX project_coc_program ON hearth.project_coc (program_id);
SELECT hearth.protect_table('hearth.project_coc', ARRAY['org_id']);
SELECT hearth.grant_table('hearth.project_coc', ARRAY['org_id'], false);
CREATE POLICY directory_read ON hearth.project_coc FOR SELECT TO hearth_user USING (true);

-- The directory's write policy, on all three tables.
DO $$
DECLARE
	t regclass;
	rule text;
BEGIN
	FOREACH t IN ARRAY ARRAY['hearth.program', 'hearth."grant"', 'hearth.project_coc']::regclass[] LOOP
		rule := hearth.directory_writer_rule((SELECT relname FROM pg_class WHERE oid = t));
		EXECUTE format('DROP POLICY IF EXISTS directory_write ON %s', t);
		EXECUTE format('CREATE POLICY directory_write ON %s FOR ALL TO hearth_user
			USING (%s) WITH CHECK (%s)', t, rule, rule);
	END LOOP;
END $$;

-- ---- choice lists ------------------------------------------------------------

INSERT INTO hearth.lookup (list, code, label, sort) VALUES
	('hud_no_yes', '0', 'No', 1),
	('hud_no_yes', '1', 'Yes', 2),
	('hud_housing_type', '1', 'Site-based - single site', 1),
	('hud_housing_type', '2', 'Site-based - clustered / multiple sites', 2),
	('hud_housing_type', '3', 'Tenant-based - scattered site', 3),
	('hud_target_population', '1', 'Domestic violence victims', 1),
	('hud_target_population', '3', 'Persons with HIV/AIDS', 2),
	('hud_target_population', '4', 'Not applicable', 3),
	('hud_hmis_participation_type', '0', 'Not participating', 1),
	('hud_hmis_participation_type', '1', 'HMIS participating', 2),
	('hud_hmis_participation_type', '2', 'Comparable database participating', 3),
	('hud_rrh_sub_type', '1', 'RRH: Services only', 1),
	('hud_rrh_sub_type', '2', 'RRH: Housing with or without services', 2),
	('hud_geography_type', '1', 'Urban', 1),
	('hud_geography_type', '2', 'Suburban', 2),
	('hud_geography_type', '3', 'Rural', 3),
	('hud_geography_type', '99', 'Unknown / data not collected', 4);

INSERT INTO hearth.lookup (list, code, label, sort)
SELECT 'hud_funder', f.code::text, f.label, f.ord::integer
FROM unnest(ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                  21, 22, 23, 24, 25, 26, 27, 30, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41,
                  42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55],
            ARRAY['HUD: CoC - Homelessness Prevention (High Performing Communities Only)',
                  'HUD: CoC - Permanent Supportive Housing',
                  'HUD: CoC - Rapid Re-Housing',
                  'HUD: CoC - Supportive Services Only',
                  'HUD: CoC - Transitional Housing',
                  'HUD: CoC - Safe Haven',
                  'HUD: CoC - Single Room Occupancy (SRO)',
                  'HUD: ESG - Emergency Shelter (operating and/or essential services)',
                  'HUD: ESG - Homelessness Prevention',
                  'HUD: ESG - Rapid Rehousing',
                  'HUD: ESG - Street Outreach',
                  'HUD: Rural Housing Stability Assistance Program [Deprecated]',
                  'HUD: HOPWA - Hotel/Motel Vouchers',
                  'HUD: HOPWA - Housing Information',
                  'HUD: HOPWA - Permanent Housing (facility based or TBRA)',
                  'HUD: HOPWA - Permanent Housing Placement',
                  'HUD: HOPWA - Short-Term Rent, Mortgage, Utility assistance',
                  'HUD: HOPWA - Short-Term Supportive Facility',
                  'HUD: HOPWA - Transitional Housing (facility based or TBRA)',
                  'HUD: HUD/VASH',
                  'HHS: PATH - Street Outreach & Supportive Services Only',
                  'HHS: RHY - Basic Center Program (prevention and shelter)',
                  'HHS: RHY - Maternity Group Home for Pregnant and Parenting Youth',
                  'HHS: RHY - Transitional Living Program',
                  'HHS: RHY - Street Outreach Project',
                  'HHS: RHY - Demonstration Project',
                  'VA: CRS Contract Residential Services',
                  'VA: Community Contract Safe Haven Program',
                  'VA: Compensated Work Therapy Transitional Residence',
                  'VA: Supportive Services for Veteran Families',
                  'N/A',
                  'HUD: Pay for Success',
                  'HUD: Public and Indian Housing (PIH) Programs',
                  'VA: Grant Per Diem - Bridge Housing',
                  'VA: Grant Per Diem - Low Demand',
                  'VA: Grant Per Diem - Hospital to Housing',
                  'VA: Grant Per Diem - Clinical Treatment',
                  'VA: Grant Per Diem - Service Intensive Transitional Housing',
                  'VA: Grant Per Diem - Transition in Place',
                  'HUD: CoC - Youth Homeless Demonstration Program (YHDP)',
                  'HUD: CoC - Joint Component TH/RRH',
                  'VA: Grant Per Diem - Case Management/Housing Retention',
                  'Local or Other Funding Source',
                  'HUD: ESG - CV',
                  'HUD: HOPWA - CV',
                  'HUD: CoC - Joint Component RRH/PSH [Deprecated]',
                  'HUD: HOME',
                  'HUD: HOME (ARP)',
                  'HUD: PIH (Emergency Housing Voucher)',
                  'HUD: ESG - RUSH',
                  'HUD: Unsheltered Special NOFO',
                  'HUD: Rural Special NOFO']) WITH ORDINALITY AS f(code, label, ord);
