-- 002_directory.sql: organizations, users, memberships, MOUs, and who the
-- caller is. None of these tables holds client data: every HMIS user may
-- read them; only administrators change them (through 004's functions).
SET LOCAL ROLE hearth_owner;

CREATE TABLE hearth.organization (
	id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name       text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
	created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organization_name_key ON hearth.organization (lower(name));

CREATE TABLE hearth.hmis_user (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	username    text NOT NULL UNIQUE
	            CHECK (username ~ '^[a-z_][a-z0-9_.-]{0,62}$'),
	full_name   text NOT NULL DEFAULT '' CHECK (length(full_name) <= 200),
	last_org_id bigint REFERENCES hearth.organization,
	disabled_at timestamptz,
	created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE hearth.membership (
	user_id bigint NOT NULL REFERENCES hearth.hmis_user ON DELETE CASCADE,
	org_id  bigint NOT NULL REFERENCES hearth.organization,
	PRIMARY KEY (user_id, org_id)
);
CREATE INDEX membership_org ON hearth.membership (org_id);

CREATE TABLE hearth.mou (
	id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name       text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
	created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX mou_name_key ON hearth.mou (lower(name));

CREATE TABLE hearth.mou_member (
	mou_id     bigint NOT NULL REFERENCES hearth.mou ON DELETE CASCADE,
	org_id     bigint NOT NULL REFERENCES hearth.organization,
	begin_date date NOT NULL DEFAULT hearth.today(),
	end_date   date,
	PRIMARY KEY (mou_id, org_id),
	CHECK (end_date IS NULL OR end_date >= begin_date)
);
CREATE INDEX mou_member_org ON hearth.mou_member (org_id);

-- Choice lists for forms (HUD's lists and the site's own).
CREATE TABLE hearth.lookup (
	list  text NOT NULL,
	code  text NOT NULL,
	label text NOT NULL,
	sort  integer NOT NULL DEFAULT 0,
	PRIMARY KEY (list, code)
);

GRANT SELECT ON hearth.organization, hearth.hmis_user, hearth.membership,
	hearth.mou, hearth.mou_member, hearth.lookup TO hearth_user, hearth_auditor;

-- Who is calling: the HMIS user behind session_user (which SET ROLE cannot
-- change), or null for a role that is no enabled HMIS user.
CREATE FUNCTION hearth.current_user_id() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT id FROM hearth.hmis_user
	WHERE username = session_user::text AND disabled_at IS NULL
$$;

-- Whether the caller is a member of the organization.
CREATE FUNCTION hearth.is_member(org bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT EXISTS (SELECT 1 FROM hearth.membership m
	               WHERE m.user_id = hearth.current_user_id() AND m.org_id = org)
$$;

-- The organization the caller works in now. The setting hearth.active_org is
-- only a hint: it counts only when the caller is a member, so setting it by
-- hand chooses among one's own organizations and never widens anything.
-- Without a valid hint: the last organization chosen, else the first.
CREATE FUNCTION hearth.active_org() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	hint text := current_setting('hearth.active_org', true);
	uid bigint;
	last_org bigint;
BEGIN
	SELECT id, last_org_id INTO uid, last_org FROM hearth.hmis_user
	WHERE username = session_user::text AND disabled_at IS NULL;
	IF uid IS NULL THEN
		RETURN NULL;
	END IF;
	IF hint ~ '^[0-9]{1,18}$' AND EXISTS (SELECT 1 FROM hearth.membership
	        WHERE user_id = uid AND org_id = hint::bigint) THEN
		RETURN hint::bigint;
	END IF;
	IF last_org IS NOT NULL AND EXISTS (SELECT 1 FROM hearth.membership
	        WHERE user_id = uid AND org_id = last_org) THEN
		RETURN last_org;
	END IF;
	RETURN (SELECT min(org_id) FROM hearth.membership WHERE user_id = uid);
END $$;

-- Choose the organization to work in for this session (and remember it as
-- the default for the next). Refuses one the caller is not a member of.
CREATE FUNCTION hearth.set_active_org(org bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF org IS NULL OR NOT hearth.is_member(org) THEN
		RAISE EXCEPTION 'you are not a member of organization %', org
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	PERFORM set_config('hearth.active_org', org::text, false);
	UPDATE hearth.hmis_user SET last_org_id = org WHERE id = hearth.current_user_id();
	RETURN org;
END $$;

-- Whether the caller is a system administrator (or the DBA).
CREATE FUNCTION hearth.is_admin() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT pg_has_role(session_user, 'hearth_admin', 'MEMBER')
	       AND (hearth.current_user_id() IS NOT NULL
	            OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user))
$$;

-- The active organization's partners today: for each MOU it is an active
-- member of, the other active members. (The directory is public; this is
-- the set the sharing rules ask about, computed once a query.)
CREATE FUNCTION hearth.mou_partners() RETURNS TABLE (mou_id bigint, org_id bigint)
LANGUAGE sql STABLE
AS $$
	SELECT b.mou_id, b.org_id
	FROM hearth.mou_member a
	JOIN hearth.mou_member b ON b.mou_id = a.mou_id AND b.org_id <> a.org_id
	WHERE a.org_id = hearth.active_org()
	  AND hearth.active_today(a.begin_date, a.end_date)
	  AND hearth.active_today(b.begin_date, b.end_date)
$$;

GRANT EXECUTE ON FUNCTION hearth.current_user_id(), hearth.is_member(bigint),
	hearth.active_org(), hearth.set_active_org(bigint), hearth.is_admin(),
	hearth.mou_partners() TO hearth_user, hearth_auditor;
