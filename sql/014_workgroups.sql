-- 014_workgroups.sql: workgroups and the user's own settings.
--
-- A workgroup is a team of an organization (the intake desk, case
-- management) and the workspaces of hearth it works in. It shapes the
-- screen only: what a user may see and change is the sharing rules' to
-- decide, never the workgroup's. A user in no workgroup of the active
-- organization sees every workspace; administrators see Admin too.
SET LOCAL ROLE hearth_owner;

CREATE TABLE hearth.workgroup (
	id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	org_id     bigint NOT NULL REFERENCES hearth.organization,
	name       text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
	workspaces text[] NOT NULL CHECK (cardinality(workspaces) >= 1
	           AND workspaces <@ ARRAY['Home', 'Clients', 'Providers', 'Housing', 'Messages']),
	created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX workgroup_name_key ON hearth.workgroup (org_id, lower(name));

CREATE TABLE hearth.workgroup_member (
	workgroup_id bigint NOT NULL REFERENCES hearth.workgroup ON DELETE CASCADE,
	user_id      bigint NOT NULL REFERENCES hearth.hmis_user ON DELETE CASCADE,
	PRIMARY KEY (workgroup_id, user_id)
);
CREATE INDEX workgroup_member_user ON hearth.workgroup_member (user_id);

GRANT SELECT ON hearth.workgroup, hearth.workgroup_member TO hearth_user, hearth_auditor;

-- The settings a user keeps between logins: set only through the
-- functions below, each about the caller alone.
ALTER TABLE hearth.hmis_user
	ADD COLUMN theme text CHECK (theme ~ '^[a-z][a-z0-9_-]{0,31}$'),
	ADD COLUMN last_workgroup_id bigint REFERENCES hearth.workgroup ON DELETE SET NULL;

-- The caller's workgroups in the active organization.
CREATE FUNCTION hearth.my_workgroups() RETURNS TABLE (id bigint, name text, workspaces text[])
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT w.id, w.name, w.workspaces
	FROM hearth.workgroup w
	JOIN hearth.workgroup_member m ON m.workgroup_id = w.id
	WHERE m.user_id = hearth.current_user_id() AND w.org_id = hearth.active_org()
	ORDER BY lower(w.name)
$$;

-- The workgroup the caller works in now: the last one chosen when it is
-- still theirs in the active organization, else the first; NULL for none.
CREATE FUNCTION hearth.active_workgroup() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT coalesce(
		(SELECT w.id FROM hearth.my_workgroups() w
		 WHERE w.id = (SELECT last_workgroup_id FROM hearth.hmis_user
		               WHERE id = hearth.current_user_id())),
		(SELECT w.id FROM hearth.my_workgroups() w LIMIT 1))
$$;

CREATE FUNCTION hearth.set_workgroup(wg bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF wg IS NULL OR NOT EXISTS (SELECT 1 FROM hearth.my_workgroups() w WHERE w.id = wg) THEN
		RAISE EXCEPTION 'you are not in workgroup % of your active organization', wg
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	UPDATE hearth.hmis_user SET last_workgroup_id = wg WHERE id = hearth.current_user_id();
	RETURN wg;
END $$;

CREATE FUNCTION hearth.set_theme(name text) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
	UPDATE hearth.hmis_user SET theme = name WHERE id = hearth.current_user_id()
$$;

GRANT EXECUTE ON FUNCTION hearth.my_workgroups(), hearth.active_workgroup(),
	hearth.set_workgroup(bigint), hearth.set_theme(text) TO hearth_user;

-- Administration (hearthctl workgroup ...).
CREATE FUNCTION hearth.workgroup_add(org_name text, wg_name text, spaces text[]) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	org bigint;
	new_id bigint;
BEGIN
	PERFORM hearth.require_admin();
	org := hearth.org_id(org_name);
	IF EXISTS (SELECT 1 FROM hearth.workgroup WHERE org_id = org AND lower(name) = lower(btrim(wg_name))) THEN
		RAISE EXCEPTION 'organization "%" already has a workgroup named "%"', org_name, btrim(wg_name)
			USING ERRCODE = 'unique_violation';
	END IF;
	IF NOT spaces <@ ARRAY['Home', 'Clients', 'Providers', 'Housing', 'Messages'] OR cardinality(spaces) < 1 THEN
		RAISE EXCEPTION 'workspaces are Home, Clients, Providers, Housing and Messages (Admin follows the administrator role)'
			USING ERRCODE = 'check_violation';
	END IF;
	INSERT INTO hearth.workgroup (org_id, name, workspaces)
	VALUES (org, btrim(wg_name), spaces) RETURNING id INTO new_id;
	RETURN new_id;
END $$;

-- The workgroup of that name in that organization, or an error.
CREATE FUNCTION hearth.workgroup_id(org_name text, wg_name text) RETURNS bigint
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	wg bigint;
BEGIN
	SELECT id INTO wg FROM hearth.workgroup
	WHERE org_id = hearth.org_id(org_name) AND lower(name) = lower(btrim(wg_name));
	IF wg IS NULL THEN
		RAISE EXCEPTION 'organization "%" has no workgroup named "%"', org_name, wg_name
			USING ERRCODE = 'no_data_found';
	END IF;
	RETURN wg;
END $$;

-- Put a user in a workgroup (or take them out); the user must be a member
-- of its organization.
CREATE FUNCTION hearth.workgroup_member_set(org_name text, wg_name text, uname text, member boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	wg bigint;
	uid bigint;
BEGIN
	PERFORM hearth.require_admin();
	wg := hearth.workgroup_id(org_name, wg_name);
	SELECT u.id INTO uid FROM hearth.hmis_user u
	JOIN hearth.membership m ON m.user_id = u.id AND m.org_id = hearth.org_id(org_name)
	WHERE u.username = lower(btrim(uname));
	IF uid IS NULL THEN
		RAISE EXCEPTION 'there is no user "%" in organization "%"', uname, org_name
			USING ERRCODE = 'no_data_found';
	END IF;
	IF member THEN
		INSERT INTO hearth.workgroup_member VALUES (wg, uid) ON CONFLICT DO NOTHING;
	ELSE
		DELETE FROM hearth.workgroup_member WHERE workgroup_id = wg AND user_id = uid;
	END IF;
END $$;

GRANT EXECUTE ON FUNCTION hearth.workgroup_add(text, text, text[]), hearth.workgroup_id(text, text),
	hearth.workgroup_member_set(text, text, text, boolean) TO hearth_user;
