-- 005_client.sql: the client intake and release-of-information exceptions,
-- with the sharing rules of DESIGN.md as row-level security.
SET LOCAL ROLE hearth_owner;

CREATE TABLE hearth.client (
	id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	first_name         text CHECK (length(first_name) <= 50),
	middle_name        text CHECK (length(middle_name) <= 50),
	last_name          text CHECK (length(last_name) <= 50),
	suffix             text CHECK (length(suffix) <= 10),
	name_data_quality  smallint NOT NULL DEFAULT 99 CHECK (name_data_quality IN (1, 2, 8, 9, 99)),
	ssn                text CHECK (ssn ~ '^[0-9x]{9}$'),
	ssn_data_quality   smallint NOT NULL DEFAULT 99 CHECK (ssn_data_quality IN (1, 2, 8, 9, 99)),
	birth_date         date CHECK (birth_date >= '1900-01-01'),
	dob_data_quality   smallint NOT NULL DEFAULT 99 CHECK (dob_data_quality IN (1, 2, 8, 9, 99)),
	sex                smallint CHECK (sex IN (0, 1, 8, 9, 99)),
	am_ind_ak_native   boolean NOT NULL DEFAULT false,
	asian              boolean NOT NULL DEFAULT false,
	black_af_american  boolean NOT NULL DEFAULT false,
	hispanic_latinao   boolean NOT NULL DEFAULT false,
	mid_east_n_african boolean NOT NULL DEFAULT false,
	native_hi_pacific  boolean NOT NULL DEFAULT false,
	white              boolean NOT NULL DEFAULT false,
	race_none          smallint CHECK (race_none IN (8, 9, 99)),
	additional_race_ethnicity text CHECK (length(additional_race_ethnicity) <= 100),
	veteran_status     smallint NOT NULL DEFAULT 99 CHECK (veteran_status IN (0, 1, 8, 9, 99)),
	intake_sharing     text NOT NULL DEFAULT 'global'
	                   CHECK (intake_sharing IN ('organization', 'mou', 'global')),
	mou_id             bigint REFERENCES hearth.mou,
	created_org        bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	created_by         bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	created_at         timestamptz NOT NULL DEFAULT now(),
	updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX client_created_org ON hearth.client (created_org);
CREATE INDEX client_mou ON hearth.client (mou_id) WHERE mou_id IS NOT NULL;

CREATE TABLE hearth.release_exception (
	id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_id     bigint NOT NULL REFERENCES hearth.client,
	granting_org  bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	accessing_org bigint NOT NULL REFERENCES hearth.organization,
	begin_date    date NOT NULL DEFAULT hearth.today(),
	end_date      date,
	created_by    bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	created_at    timestamptz NOT NULL DEFAULT now(),
	updated_at    timestamptz NOT NULL DEFAULT now(),
	CHECK (granting_org <> accessing_org),
	CHECK (end_date IS NULL OR end_date >= begin_date)
);
CREATE INDEX release_exception_client ON hearth.release_exception (client_id);
CREATE INDEX release_exception_accessing ON hearth.release_exception (accessing_org, client_id);

-- The clients whose intake the active organization sees through an active
-- release exception. Only the creating organization decides who sees an
-- intake, so only its exceptions count here (another organization's exception
-- shares that organization's own transactions, nothing more); and only clients
-- shared at the 'mou' level, so every id returned is one the caller may see.
CREATE FUNCTION hearth.released_client_ids() RETURNS SETOF bigint
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT r.client_id
	FROM hearth.release_exception r
	JOIN hearth.client c ON c.id = r.client_id AND c.intake_sharing = 'mou'
	                    AND c.created_org = r.granting_org
	WHERE r.accessing_org = hearth.active_org()
	  AND hearth.active_today(r.begin_date, r.end_date)
$$;

-- The intake rule, for the active organization, on a client's own columns:
-- its creator always; everybody at 'global'; at 'mou', the members of the
-- client's MOU today while the creator is a member too (an organization that
-- has left the MOU no longer shares through it), and the accessing
-- organizations of active exceptions.
--
-- One text makes both the policy and hearth.client_visible (which runs as
-- hearth_owner, for audit and duplicate checks). It is written out in the
-- policy, not called as a function, so that the planner sees it: every
-- sub-select is computed once a query, and nothing runs per row but
-- comparisons.
DO $$
DECLARE
	rule text := $rule$
		created_org = (SELECT hearth.active_org())
		OR (intake_sharing = 'global' AND (SELECT hearth.active_org()) IS NOT NULL)
		OR (intake_sharing = 'mou'
		    AND ((mou_id, created_org) IN (SELECT p.mou_id, p.org_id FROM hearth.mou_partners() p)
		         OR id IN (SELECT hearth.released_client_ids())))
	$rule$;
BEGIN
	EXECUTE format('CREATE POLICY client_read ON hearth.client FOR SELECT TO hearth_user USING (%s)',
	               rule);
	EXECUTE format($f$
		CREATE FUNCTION hearth.client_visible(bigint) RETURNS boolean
		LANGUAGE sql STABLE SECURITY DEFINER
		SET search_path = pg_catalog, pg_temp
		AS %L$f$,
		format('SELECT EXISTS (SELECT 1 FROM hearth.client WHERE id = $1 AND (%s))', rule));
END $$;

-- The release exceptions in force today towards the active organization, on
-- clients it may see: (client, granting organization) pairs. Few rows, so
-- checking each client's visibility here is cheap.
CREATE FUNCTION hearth.release_grants() RETURNS TABLE (client_id bigint, granting_org bigint)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT r.client_id, r.granting_org
	FROM hearth.release_exception r
	WHERE r.accessing_org = hearth.active_org()
	  AND hearth.active_today(r.begin_date, r.end_date)
	  AND hearth.client_visible(r.client_id)
$$;

-- Record that the caller opened a client record. Returns false, recording
-- nothing, for a client the caller may not see (or that does not exist).
CREATE FUNCTION hearth.client_opened(client bigint) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF NOT hearth.client_visible(client) THEN
		RETURN false;
	END IF;
	INSERT INTO hearth.audit_log (user_id, org_id, table_name, row_id, action)
	VALUES (hearth.current_user_id(), hearth.active_org(), 'client', client::text, 'open');
	RETURN true;
END $$;

-- The creating organization may put its client only in an MOU it belongs to.
CREATE FUNCTION hearth.check_client_mou() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF NEW.mou_id IS NOT NULL
	   AND (TG_OP = 'INSERT' OR NEW.mou_id IS DISTINCT FROM OLD.mou_id)
	   AND NOT EXISTS (SELECT 1 FROM hearth.mou_member m
	                   WHERE m.mou_id = NEW.mou_id AND m.org_id = NEW.created_org
	                     AND hearth.active_today(m.begin_date, m.end_date)) THEN
		RAISE EXCEPTION 'the client''s organization is not an active member of MOU %', NEW.mou_id
			USING ERRCODE = 'check_violation';
	END IF;
	RETURN NEW;
END $$;

SELECT hearth.protect_table('hearth.client', ARRAY['created_org', 'created_by']);
SELECT hearth.grant_table('hearth.client', ARRAY['created_org', 'created_by'], false);
CREATE TRIGGER check_mou BEFORE INSERT OR UPDATE ON hearth.client
	FOR EACH ROW EXECUTE FUNCTION hearth.check_client_mou();

CREATE POLICY client_add ON hearth.client FOR INSERT TO hearth_user
	WITH CHECK (created_org = (SELECT hearth.active_org())
	            AND created_by = (SELECT hearth.current_user_id()));
CREATE POLICY client_change ON hearth.client FOR UPDATE TO hearth_user
	USING (created_org = (SELECT hearth.active_org()))
	WITH CHECK (created_org = (SELECT hearth.active_org()));

-- Release exceptions: seen by the granting and the accessing organization
-- (when they see the client); made, changed and ended by the granting one.
SELECT hearth.protect_table('hearth.release_exception',
	ARRAY['client_id', 'granting_org', 'created_by']);
SELECT hearth.grant_table('hearth.release_exception',
	ARRAY['client_id', 'granting_org', 'created_by'], true);

CREATE POLICY release_read ON hearth.release_exception FOR SELECT TO hearth_user
	USING ((granting_org = (SELECT hearth.active_org())
	        OR accessing_org = (SELECT hearth.active_org()))
	       AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = client_id));
CREATE POLICY release_add ON hearth.release_exception FOR INSERT TO hearth_user
	WITH CHECK (granting_org = (SELECT hearth.active_org())
	            AND created_by = (SELECT hearth.current_user_id())
	            AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = client_id));
CREATE POLICY release_change ON hearth.release_exception FOR UPDATE TO hearth_user
	USING (granting_org = (SELECT hearth.active_org()))
	WITH CHECK (granting_org = (SELECT hearth.active_org()));
CREATE POLICY release_end ON hearth.release_exception FOR DELETE TO hearth_user
	USING (granting_org = (SELECT hearth.active_org()));

GRANT EXECUTE ON FUNCTION hearth.released_client_ids(), hearth.release_grants(),
	hearth.client_visible(bigint), hearth.client_opened(bigint) TO hearth_user;
