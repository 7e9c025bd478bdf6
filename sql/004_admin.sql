-- 004_admin.sql: what system administrators do: organizations, users, MOUs.
-- hearthctl calls these; so may an administrator in psql. Passwords arrive
-- only as SCRAM verifiers computed by the client, never as plain text.
SET LOCAL ROLE hearth_owner;

CREATE FUNCTION hearth.require_admin() RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF NOT hearth.is_admin() THEN
		RAISE EXCEPTION 'only a system administrator may do this'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
END $$;

-- The id of the organization with this name (any case), or an error.
CREATE FUNCTION hearth.org_id(org_name text) RETURNS bigint
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	oid_ bigint;
BEGIN
	SELECT id INTO oid_ FROM hearth.organization WHERE lower(name) = lower(btrim(org_name));
	IF oid_ IS NULL THEN
		RAISE EXCEPTION 'there is no organization named "%"', org_name
			USING ERRCODE = 'no_data_found';
	END IF;
	RETURN oid_;
END $$;

CREATE FUNCTION hearth.org_add(org_name text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	new_id bigint;
BEGIN
	PERFORM hearth.require_admin();
	IF EXISTS (SELECT 1 FROM hearth.organization WHERE lower(name) = lower(btrim(org_name))) THEN
		RAISE EXCEPTION 'an organization named "%" already exists', btrim(org_name)
			USING ERRCODE = 'unique_violation';
	END IF;
	INSERT INTO hearth.organization (name) VALUES (btrim(org_name)) RETURNING id INTO new_id;
	RETURN new_id;
END $$;

CREATE FUNCTION hearth.mou_add(mou_name text, orgs text[], begin_date date, end_date date)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	new_id bigint;
	o text;
BEGIN
	PERFORM hearth.require_admin();
	IF cardinality(orgs) IS DISTINCT FROM (SELECT count(DISTINCT lower(x)) FROM unnest(orgs) x)
	   OR cardinality(orgs) < 2 THEN
		RAISE EXCEPTION 'an MOU needs at least two different organizations'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF end_date < coalesce(begin_date, hearth.today()) THEN
		RAISE EXCEPTION 'the MOU ends (%) before it begins', end_date
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF EXISTS (SELECT 1 FROM hearth.mou WHERE lower(name) = lower(btrim(mou_name))) THEN
		RAISE EXCEPTION 'an MOU named "%" already exists', btrim(mou_name)
			USING ERRCODE = 'unique_violation';
	END IF;
	INSERT INTO hearth.mou (name) VALUES (btrim(mou_name)) RETURNING id INTO new_id;
	FOREACH o IN ARRAY orgs LOOP
		INSERT INTO hearth.mou_member (mou_id, org_id, begin_date, end_date)
		VALUES (new_id, hearth.org_id(o), coalesce(begin_date, hearth.today()), end_date);
	END LOOP;
	RETURN new_id;
END $$;

GRANT EXECUTE ON FUNCTION hearth.require_admin(), hearth.org_id(text),
	hearth.org_add(text), hearth.mou_add(text, text[], date, date) TO hearth_user;

-- User management runs as hearth_roles, the one role that may create roles
-- (the functions are handed to it at the end of this file).
GRANT SELECT, INSERT, UPDATE ON hearth.hmis_user, hearth.membership TO hearth_roles;
GRANT SELECT ON hearth.organization TO hearth_roles;
GRANT EXECUTE ON FUNCTION hearth.require_admin(), hearth.org_id(text),
	hearth.current_user_id(), hearth.is_admin() TO hearth_roles;

CREATE FUNCTION hearth.check_verifier(verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$' THEN
		RAISE EXCEPTION 'the password must arrive as a SCRAM-SHA-256 verifier'
			USING ERRCODE = 'invalid_password';
	END IF;
END $$;

-- Create an HMIS user: a login role with the SCRAM verifier, the hmis_user
-- row and its memberships. Returns the user's id.
CREATE FUNCTION hearth.user_add(uname text, verifier text, full_name text,
                                orgs text[], admin boolean) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	u text := lower(btrim(uname));
	new_id bigint;
	o text;
BEGIN
	PERFORM hearth.require_admin();
	PERFORM hearth.check_verifier(verifier);
	IF u !~ '^[a-z_][a-z0-9_.-]{0,62}$' THEN
		RAISE EXCEPTION 'a user name is 1 to 63 letters, digits, "_", "." or "-", starting with a letter or "_"'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF u ~ '^(pg_|hearth_)' OR u IN ('postgres', 'public', 'none') THEN
		RAISE EXCEPTION 'the user name "%" is reserved', u
			USING ERRCODE = 'reserved_name';
	END IF;
	IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = u) THEN
		RAISE EXCEPTION 'a user or database role named "%" already exists', u
			USING ERRCODE = 'duplicate_object';
	END IF;
	IF coalesce(cardinality(orgs), 0) = 0 AND NOT admin THEN
		RAISE EXCEPTION 'a user needs at least one organization'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION INHERIT PASSWORD %L IN ROLE hearth_user',
	               u, verifier);
	IF admin THEN
		EXECUTE format('GRANT hearth_admin TO %I', u);
	END IF;
	INSERT INTO hearth.hmis_user (username, full_name)
	VALUES (u, coalesce(btrim(full_name), '')) RETURNING id INTO new_id;
	IF orgs IS NOT NULL THEN
		FOREACH o IN ARRAY orgs LOOP
			INSERT INTO hearth.membership (user_id, org_id)
			VALUES (new_id, hearth.org_id(o)) ON CONFLICT DO NOTHING;
		END LOOP;
	END IF;
	RETURN new_id;
END $$;

-- The hmis_user row's username for a name given in any case, or an error.
CREATE FUNCTION hearth.user_name(uname text) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	u text;
BEGIN
	SELECT username INTO u FROM hearth.hmis_user WHERE username = lower(btrim(uname));
	IF u IS NULL THEN
		RAISE EXCEPTION 'there is no user named "%"', uname USING ERRCODE = 'no_data_found';
	END IF;
	RETURN u;
END $$;

-- Set a user's password: administrators, or the user for themself.
CREATE FUNCTION hearth.user_passwd(uname text, verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	u text := hearth.user_name(uname);
BEGIN
	IF u <> session_user::text THEN
		PERFORM hearth.require_admin();
	END IF;
	PERFORM hearth.check_verifier(verifier);
	EXECUTE format('ALTER ROLE %I PASSWORD %L', u, verifier);
END $$;

-- Disable (or enable again) a user: the role can no longer log in, and the
-- user no longer counts as anybody in the policies.
CREATE FUNCTION hearth.user_set_enabled(uname text, enabled boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	u text := hearth.user_name(uname);
BEGIN
	PERFORM hearth.require_admin();
	EXECUTE format('ALTER ROLE %I %s', u, CASE WHEN enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
	UPDATE hearth.hmis_user
	SET disabled_at = CASE WHEN enabled THEN NULL ELSE coalesce(disabled_at, now()) END
	WHERE username = u;
END $$;

GRANT EXECUTE ON FUNCTION hearth.check_verifier(text),
	hearth.user_add(text, text, text, text[], boolean), hearth.user_name(text),
	hearth.user_passwd(text, text), hearth.user_set_enabled(text, boolean)
	TO hearth_user;
GRANT EXECUTE ON FUNCTION hearth.check_verifier(text), hearth.user_name(text) TO hearth_roles;

RESET ROLE;
ALTER FUNCTION hearth.user_add(text, text, text, text[], boolean) OWNER TO hearth_roles;
ALTER FUNCTION hearth.user_passwd(text, text) OWNER TO hearth_roles;
ALTER FUNCTION hearth.user_set_enabled(text, boolean) OWNER TO hearth_roles;
