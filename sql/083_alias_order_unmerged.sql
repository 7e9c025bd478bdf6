-- 083_alias_order_unmerged.sql: Find Client's aliases (061) are those of
-- clients not merged, so that a search by name alone walks them without
-- reading a client.
--
-- Find's aliases side joined every alias it walked to its client, only to
-- leave out merged clients and to ask the other criteria (birth date, SSN,
-- id, caseload). Who may see the client is already judged from the row
-- itself (080), and a name is most often all that is typed; yet the join
-- asked the client's policy once more, for the owner too, and read a client
-- for every alias passed. Now hearth.client_alias_order holds no row of a
-- merged client (a merge moves the aliases to the kept client, so only an
-- alias added to a merged record by hand would be left out), and Find reads
-- a client on that side only when another criterion is given.
--
-- The rows of a client are written in one place, hearth.alias_order_put():
-- every row of the given clients, again from their aliases, none while a
-- client is merged. The three triggers of 080 and 081 call it: an alias
-- written, its client changed (renamed, shared differently, merged or
-- brought back by an undo), an exception written. It takes the clients'
-- turns first, as they did.
SET LOCAL ROLE hearth_owner;

DELETE FROM hearth.client_alias_order o
USING hearth.client c WHERE c.id = o.client_id AND c.merged_into IS NOT NULL;

CREATE FUNCTION hearth.alias_order_put(clients bigint[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM hearth.take_client_turns(clients);
	DELETE FROM hearth.client_alias_order WHERE client_id = ANY (clients);
	INSERT INTO hearth.client_alias_order
	       (alias_id, client_id, first_key, last_key, client_first_key, client_last_key,
	        org_id, restriction, created_by, created_org, intake_sharing, mou_id, released)
	SELECT a.id, a.client_id, a.first_key, a.last_key, c.first_key, c.last_key,
	       a.org_id, a.restriction, a.created_by, c.created_org, c.intake_sharing, c.mou_id,
	       EXISTS (SELECT 1 FROM hearth.release_exception r
	               WHERE r.client_id = a.client_id AND r.granting_org = a.org_id)
	FROM hearth.client_alias a JOIN hearth.client c ON c.id = a.client_id
	WHERE a.client_id = ANY (clients) AND c.merged_into IS NULL;
END $$;
REVOKE ALL ON FUNCTION hearth.alias_order_put(bigint[]) FROM PUBLIC;

-- An alias added or changed: its client's rows (and, moved to another
-- client, those of the one it left).
CREATE OR REPLACE FUNCTION hearth.alias_order_keep() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF TG_OP = 'UPDATE' AND OLD.client_id IS DISTINCT FROM NEW.client_id THEN
		PERFORM hearth.alias_order_put(ARRAY[OLD.client_id, NEW.client_id]);
	ELSE
		PERFORM hearth.alias_order_put(ARRAY[NEW.client_id]);
	END IF;
	RETURN NULL;
END $$;

-- A client renamed, shared differently, merged or brought back: its rows.
CREATE OR REPLACE FUNCTION hearth.alias_order_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM hearth.alias_order_put(ARRAY[NEW.id]);
	RETURN NULL;
END $$;
DROP TRIGGER alias_order ON hearth.client;
CREATE TRIGGER alias_order
	AFTER UPDATE OF first_name, last_name, created_org, intake_sharing, mou_id, merged_into
	ON hearth.client
	FOR EACH ROW WHEN (OLD.first_key IS DISTINCT FROM NEW.first_key
	                   OR OLD.last_key IS DISTINCT FROM NEW.last_key
	                   OR OLD.created_org IS DISTINCT FROM NEW.created_org
	                   OR OLD.intake_sharing IS DISTINCT FROM NEW.intake_sharing
	                   OR OLD.mou_id IS DISTINCT FROM NEW.mou_id
	                   OR OLD.merged_into IS DISTINCT FROM NEW.merged_into)
	EXECUTE FUNCTION hearth.alias_order_follow();
ALTER TABLE hearth.client ENABLE ALWAYS TRIGGER alias_order;

-- An exception written, moved to another client (a merge) or deleted: the
-- rows of its client, and of the one it left.
CREATE OR REPLACE FUNCTION hearth.alias_order_mark() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM hearth.alias_order_put(ARRAY[NEW.client_id]);
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM hearth.alias_order_put(ARRAY[OLD.client_id]);
	ELSE
		PERFORM hearth.alias_order_put(ARRAY[OLD.client_id, NEW.client_id]);
	END IF;
	RETURN NULL;
END $$;
