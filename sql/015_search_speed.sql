-- 015_search_speed.sql: the fixed cost of the client_read policy, paid once
-- by every query a regular user makes on clients, made small enough that a
-- search under RLS costs about what the owner's does. The rule is the same
-- (its text in 005 is untouched, and so are hearth.client_visible and
-- hearth.duplicate_candidates, built from it); two of the helpers it calls
-- once a query get cheaper:
--
--   released_client_ids()  read a hundred scattered client rows for the
--                          active organization's release exceptions; now
--                          it reads one small table kept for it;
--   mou_partners()         called active_org() once and today() four times
--                          (each call a PL/pgSQL function with its queries);
--                          now once each.
SET LOCAL ROLE hearth_owner;

-- ---- the release exceptions that open an intake ------------------------------

-- hearth.released_client_ids() (005, 013) joined every release exception
-- towards the active organization with its client, to keep those that open
-- the intake (a client at the 'mou' level, the exception granted by the
-- organization that created it): a hundred scattered client rows read on
-- every query that met an MOU-level client. This table keeps exactly those
-- exceptions, maintained by triggers on both sides, so that the set is one
-- short index range. It holds client data (which client has an exception
-- towards whom): forced RLS, no rights for users, read only through
-- hearth.released_client_ids().
CREATE TABLE hearth.intake_release (
	exception_id  bigint PRIMARY KEY REFERENCES hearth.release_exception ON DELETE CASCADE,
	client_id     bigint NOT NULL,
	accessing_org bigint NOT NULL,
	begin_date    date NOT NULL,
	end_date      date
);
CREATE INDEX intake_release_accessing ON hearth.intake_release (accessing_org)
	INCLUDE (client_id, begin_date, end_date);
SELECT hearth.protect_table('hearth.intake_release', ARRAY['exception_id']);
-- Its rows only follow writes to release_exception and client, which are
-- audited and wake their listeners themselves: no second audit row for the
-- same change, and nothing for anyone to listen to.
DROP TRIGGER audit ON hearth.intake_release;
DROP TRIGGER wake ON hearth.intake_release;

-- Make intake_release right for the given clients: every exception on them
-- that opens the intake, and no other. Rows already right are left alone.
CREATE FUNCTION hearth.intake_release_refresh(clients bigint[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	DELETE FROM hearth.intake_release i
	WHERE (i.client_id = ANY (clients)
	       OR i.exception_id IN (SELECT r.id FROM hearth.release_exception r
	                             WHERE r.client_id = ANY (clients)))
	  AND NOT EXISTS (SELECT 1 FROM hearth.release_exception r
	                  JOIN hearth.client c ON c.id = r.client_id AND c.intake_sharing = 'mou'
	                                      AND c.created_org = r.granting_org
	                  WHERE r.id = i.exception_id);
	INSERT INTO hearth.intake_release AS i (exception_id, client_id, accessing_org, begin_date, end_date)
	SELECT r.id, r.client_id, r.accessing_org, r.begin_date, r.end_date
	FROM hearth.release_exception r
	JOIN hearth.client c ON c.id = r.client_id AND c.intake_sharing = 'mou'
	                    AND c.created_org = r.granting_org
	WHERE r.client_id = ANY (clients)
	ON CONFLICT (exception_id) DO UPDATE
	SET client_id = excluded.client_id, accessing_org = excluded.accessing_org,
	    begin_date = excluded.begin_date, end_date = excluded.end_date
	WHERE (i.client_id, i.accessing_org, i.begin_date, i.end_date)
	      IS DISTINCT FROM (excluded.client_id, excluded.accessing_org, excluded.begin_date,
	                        excluded.end_date);
END $$;

-- After an exception is made, changed (its client, organizations or dates)
-- or deleted, and after a client's sharing level changes. (The foreign key
-- also removes the row of a deleted exception; the trigger does so as well
-- where foreign keys do not act, under session_replication_role = replica.)
CREATE FUNCTION hearth.intake_release_sync() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF TG_TABLE_NAME = 'client' THEN
		PERFORM hearth.intake_release_refresh(ARRAY[NEW.id]);
	ELSIF TG_OP = 'UPDATE' THEN
		PERFORM hearth.intake_release_refresh(ARRAY[NEW.client_id, OLD.client_id]);
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM hearth.intake_release_refresh(ARRAY[OLD.client_id]);
	ELSE
		PERFORM hearth.intake_release_refresh(ARRAY[NEW.client_id]);
	END IF;
	RETURN NULL;
END $$;

CREATE TRIGGER intake_release AFTER INSERT OR UPDATE OR DELETE ON hearth.release_exception
	FOR EACH ROW EXECUTE FUNCTION hearth.intake_release_sync();
CREATE TRIGGER intake_release AFTER UPDATE OF intake_sharing, created_org ON hearth.client
	FOR EACH ROW
	WHEN (OLD.intake_sharing IS DISTINCT FROM NEW.intake_sharing
	      OR OLD.created_org IS DISTINCT FROM NEW.created_org)
	EXECUTE FUNCTION hearth.intake_release_sync();
-- Bulk loads (hearthctl demo-data) run with session_replication_role =
-- replica, which skips ordinary triggers: these fire always.
ALTER TABLE hearth.release_exception ENABLE ALWAYS TRIGGER intake_release;
ALTER TABLE hearth.client ENABLE ALWAYS TRIGGER intake_release;

INSERT INTO hearth.intake_release (exception_id, client_id, accessing_org, begin_date, end_date)
SELECT r.id, r.client_id, r.accessing_org, r.begin_date, r.end_date
FROM hearth.release_exception r
JOIN hearth.client c ON c.id = r.client_id AND c.intake_sharing = 'mou'
                    AND c.created_org = r.granting_org;

-- ---- the helpers, each computing the organization and the day once -------------

-- The same set as 013's: the clients whose intake the active organization
-- sees through an exception in force today; every id returned is one the
-- caller may see.
CREATE OR REPLACE FUNCTION hearth.released_client_ids() RETURNS SETOF bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	org bigint := hearth.active_org();
	day date := hearth.today();
BEGIN
	RETURN QUERY
	SELECT i.client_id FROM hearth.intake_release i
	WHERE i.accessing_org = org AND i.begin_date <= day
	  AND (i.end_date IS NULL OR i.end_date >= day);
END $$;

-- The same pairs as 013's; the organization and the day come from a
-- sub-select kept apart (OFFSET 0), so each is computed once.
CREATE OR REPLACE FUNCTION hearth.mou_partners() RETURNS TABLE (mou_id bigint, org_id bigint)
LANGUAGE sql STABLE
AS $$
	SELECT b.mou_id, b.org_id
	FROM (SELECT hearth.active_org() AS org, hearth.today() AS day OFFSET 0) s
	JOIN hearth.mou_member a ON a.org_id = s.org
	JOIN hearth.mou_member b ON b.mou_id = a.mou_id AND b.org_id <> a.org_id
	WHERE a.begin_date <= s.day AND (a.end_date IS NULL OR a.end_date >= s.day)
	  AND b.begin_date <= s.day AND (b.end_date IS NULL OR b.end_date >= s.day)
$$;
