-- 020_helper_plans.sql: the sharing rule's helpers, each planned once a
-- session, and planned well. The rules are unchanged; only how the functions
-- run changes.
--
-- A LANGUAGE sql function that cannot be inlined (SECURITY DEFINER, or a
-- SET clause) is parsed and planned again at every call: tens of
-- microseconds for each InitPlan of a policy, and for client_visible and
-- family_visible, which run once a row, milliseconds. In PL/pgSQL the plan is
-- kept for the session.
--
-- mou_partners() is the other way round: a plain LANGUAGE sql set-returning
-- function is inlined into every policy that asks it, and the planner plans
-- its join again for each copy (Find Client's statement holds six of them):
-- a millisecond or more of planning on every search. As PL/pgSQL it is one
-- function scan, planned once a session.
SET LOCAL ROLE hearth_owner;

CREATE OR REPLACE FUNCTION hearth.current_user_id() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RETURN (SELECT id FROM hearth.hmis_user
	        WHERE username = session_user::text AND disabled_at IS NULL);
END $$;

CREATE OR REPLACE FUNCTION hearth.is_member(org bigint) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RETURN EXISTS (SELECT 1 FROM hearth.membership m
	               WHERE m.user_id = hearth.current_user_id() AND m.org_id = org);
END $$;

CREATE OR REPLACE FUNCTION hearth.is_admin() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RETURN pg_has_role(session_user, 'hearth_admin', 'MEMBER')
	       AND (hearth.current_user_id() IS NOT NULL
	            OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user));
END $$;

-- The same pairs as 015's. ROWS: an organization has a few partners.
CREATE OR REPLACE FUNCTION hearth.mou_partners() RETURNS TABLE (mou_id bigint, org_id bigint)
LANGUAGE plpgsql STABLE ROWS 4
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	org bigint := hearth.active_org();
	day date := hearth.today();
BEGIN
	RETURN QUERY
	SELECT b.mou_id, b.org_id
	FROM hearth.mou_member a
	JOIN hearth.mou_member b ON b.mou_id = a.mou_id AND b.org_id <> a.org_id
	WHERE a.org_id = org
	  AND a.begin_date <= day AND (a.end_date IS NULL OR a.end_date >= day)
	  AND b.begin_date <= day AND (b.end_date IS NULL OR b.end_date >= day);
END $$;

-- client_visible and release_grants test the client_read policy's own
-- expression, copied from the catalog (as 013 does for duplicate_candidates),
-- so that they cannot disagree with it. release_grants used to call
-- client_visible once an exception; now one query tests them all.
DO $$
DECLARE
	rule text;
BEGIN
	-- deparsed with only pg_catalog in the path, so every name is qualified
	PERFORM set_config('search_path', 'pg_catalog, pg_temp', true);
	SELECT pg_get_expr(p.polqual, p.polrelid) INTO STRICT rule
	FROM pg_policy p
	WHERE p.polrelid = 'hearth.client'::regclass AND p.polname = 'client_read';
	-- (the parameter is named as 005 first named it: a database made then
	-- keeps that name, and a new one takes it)
	EXECUTE format($f$
		CREATE OR REPLACE FUNCTION hearth.client_visible(client bigint) RETURNS boolean
		LANGUAGE plpgsql STABLE SECURITY DEFINER
		SET search_path = pg_catalog, pg_temp
		AS $body$
		BEGIN
			RETURN EXISTS (SELECT 1 FROM hearth.client WHERE id = $1 AND (%s));
		END $body$ $f$, rule);
	EXECUTE format($f$
		CREATE OR REPLACE FUNCTION hearth.release_grants()
		RETURNS TABLE (client_id bigint, granting_org bigint)
		LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 100
		SET search_path = pg_catalog, pg_temp
		AS $body$
		#variable_conflict use_column
		DECLARE
			org bigint := hearth.active_org();
			day date := hearth.today();
		BEGIN
			RETURN QUERY
			SELECT r.client_id, r.granting_org
			FROM hearth.release_exception r
			WHERE r.accessing_org = org
			  AND r.begin_date <= day AND (r.end_date IS NULL OR r.end_date >= day)
			  AND EXISTS (SELECT 1 FROM hearth.client WHERE id = r.client_id AND (%s));
		END $body$ $f$, rule);
END $$;

CREATE OR REPLACE FUNCTION hearth.family_visible(fam bigint) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RETURN EXISTS (SELECT 1 FROM hearth.family f WHERE f.id = fam
	               AND (f.created_org = hearth.active_org()
	                    OR EXISTS (SELECT 1 FROM hearth.family_member m
	                               WHERE m.family_id = f.id
	                                 AND hearth.client_visible(m.client_id))));
END $$;

-- duplicate_search returns a few dozen candidates, not the thousand the
-- planner assumes of a function: with that guess, duplicate_candidates
-- tested their visibility by hashing every client (a sequential scan,
-- 20 ms for 20,000 clients) instead of looking each one up.
ALTER FUNCTION hearth.duplicate_search(text, text, date, text, smallint) ROWS 50;
