-- 081_alias_order_release_flag.sql: Find Client's aliases (080) look up a
-- release exception only where one may be.
--
-- 080's rule ends, for an alias of another organization that is not
-- restricted and whose client's MOU does not join the two, with a look-up of
-- an exception on the client from the alias's organization to the reader's.
-- That look-up is a query on hearth.release_exception under its own policy
-- (which asks the client's): planned again with every search, and run for
-- every such alias the walk passes, though almost none has an exception.
-- Find by a nickname that other organizations wrote spent a quarter of what
-- the sharing rules add to it there.
--
-- Now each row also says whether its alias's organization has ever granted
-- an exception on its client (`released`, to anybody, for any dates), and
-- the rule looks one up only then, through hearth.release_in_effect(): the
-- same query, as the reader, under the same policies, but planned once a
-- session. A row without the mark is not shared by an exception; a row with
-- it is shared when the look-up says so, as before.
--
-- The mark is kept as 080 keeps the client's columns: a row written reads
-- the exceptions, and an exception written, moved or deleted marks its
-- client's rows again, both after taking the client's turn. A mark left
-- true by an exception deleted costs one look-up, never a row read; one
-- left false would hide a row, which the turns prevent.
--
-- Who granted an exception to whom is seen only by those two organizations
-- (release_exception's policy), so users read every column of the table but
-- this one; the policy reads it all the same.
SET LOCAL ROLE hearth_owner;

ALTER TABLE hearth.client_alias_order ADD COLUMN released boolean NOT NULL DEFAULT false;
UPDATE hearth.client_alias_order o SET released = true
WHERE EXISTS (SELECT 1 FROM hearth.release_exception r
              WHERE r.client_id = o.client_id AND r.granting_org = o.org_id);

REVOKE SELECT ON hearth.client_alias_order FROM hearth_user;
GRANT SELECT (alias_id, client_id, first_key, last_key, client_first_key, client_last_key,
              org_id, restriction, created_by, created_org, intake_sharing, mou_id)
	ON hearth.client_alias_order TO hearth_user;

-- the walks read the rule from the index alone (080)
DROP INDEX hearth.client_alias_order_last;
CREATE INDEX client_alias_order_last ON hearth.client_alias_order
	(client_last_key, client_first_key, client_id)
	INCLUDE (first_key, last_key, alias_id, org_id, restriction, created_by,
	         created_org, intake_sharing, mou_id, released);
DROP INDEX hearth.client_alias_order_first;
CREATE INDEX client_alias_order_first ON hearth.client_alias_order
	(client_first_key, client_last_key, client_id)
	INCLUDE (first_key, last_key, alias_id, org_id, restriction, created_by,
	         created_org, intake_sharing, mou_id, released);

-- Whether an exception on the client from `granting` to the reader's
-- organization is in effect today, as the reader sees the exceptions.
-- As the caller: it tells nobody more than a query of theirs would.
CREATE FUNCTION hearth.release_in_effect(client bigint, granting bigint) RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	day date := hearth.today();
BEGIN
	RETURN EXISTS (SELECT 1 FROM hearth.release_exception r
	               WHERE r.client_id = client AND r.granting_org = granting
	                 AND r.accessing_org = hearth.active_org()
	                 AND r.begin_date <= day AND (r.end_date IS NULL OR r.end_date >= day));
END $$;
REVOKE ALL ON FUNCTION hearth.release_in_effect(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hearth.release_in_effect(bigint, bigint) TO hearth_user;

-- An alias added or changed: its row, with its client as it is now and the
-- mark of its organization's exceptions on it.
CREATE OR REPLACE FUNCTION hearth.alias_order_keep() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM hearth.take_client_turns(ARRAY[NEW.client_id]);
	INSERT INTO hearth.client_alias_order AS o
	       (alias_id, client_id, first_key, last_key, client_first_key, client_last_key,
	        org_id, restriction, created_by, created_org, intake_sharing, mou_id, released)
	SELECT NEW.id, NEW.client_id, NEW.first_key, NEW.last_key, c.first_key, c.last_key,
	       NEW.org_id, NEW.restriction, NEW.created_by, c.created_org, c.intake_sharing, c.mou_id,
	       EXISTS (SELECT 1 FROM hearth.release_exception r
	               WHERE r.client_id = NEW.client_id AND r.granting_org = NEW.org_id)
	FROM hearth.client c WHERE c.id = NEW.client_id
	ON CONFLICT (alias_id) DO UPDATE SET client_id = EXCLUDED.client_id,
		first_key = EXCLUDED.first_key, last_key = EXCLUDED.last_key,
		client_first_key = EXCLUDED.client_first_key, client_last_key = EXCLUDED.client_last_key,
		org_id = EXCLUDED.org_id, restriction = EXCLUDED.restriction,
		created_by = EXCLUDED.created_by, created_org = EXCLUDED.created_org,
		intake_sharing = EXCLUDED.intake_sharing, mou_id = EXCLUDED.mou_id,
		released = EXCLUDED.released;
	RETURN NULL;
END $$;

-- An exception written, moved to another client (a merge) or deleted: the
-- rows of its client, and of the one it left, are marked again.
CREATE FUNCTION hearth.alias_order_mark() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	clients bigint[];
BEGIN
	IF TG_OP = 'INSERT' THEN
		clients := ARRAY[NEW.client_id];
	ELSIF TG_OP = 'DELETE' THEN
		clients := ARRAY[OLD.client_id];
	ELSE
		clients := ARRAY[OLD.client_id, NEW.client_id];
	END IF;
	PERFORM hearth.take_client_turns(clients);
	UPDATE hearth.client_alias_order o
	SET released = EXISTS (SELECT 1 FROM hearth.release_exception r
	                       WHERE r.client_id = o.client_id AND r.granting_org = o.org_id)
	WHERE o.client_id = ANY (clients);
	RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION hearth.alias_order_mark() FROM PUBLIC;
CREATE TRIGGER alias_order AFTER INSERT OR DELETE OR UPDATE OF client_id, granting_org
	ON hearth.release_exception
	FOR EACH ROW EXECUTE FUNCTION hearth.alias_order_mark();
ALTER TABLE hearth.release_exception ENABLE ALWAYS TRIGGER alias_order;

-- The read rule: 080's, its last step asked only of marked rows.
CREATE OR REPLACE FUNCTION hearth.alias_order_rule() RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	client_rule text;
	seen text;
BEGIN
	SELECT pg_get_expr(polqual, polrelid) INTO STRICT client_rule
	FROM pg_policy WHERE polrelid = 'hearth.client'::regclass AND polname = 'client_read';
	seen := replace(client_rule, '(id IN (', '(client_alias_order.client_id IN (');
	IF length(seen) - length(client_rule) <> length('client_alias_order.client_')
	   OR seen ~ '(^|[^.\w])id\M' THEN
		RAISE EXCEPTION 'alias_order_rule: the client''s read rule does not name its id once as "(id IN (": %',
		                client_rule;
	END IF;
	RETURN format($rule$CASE
	WHEN (%s) IS NOT TRUE THEN false
	WHEN client_alias_order.org_id = (SELECT hearth.active_org())
		THEN client_alias_order.restriction <> 'user'
		     OR client_alias_order.created_by = (SELECT hearth.current_user_id())
	WHEN client_alias_order.restriction <> 'none' THEN false
	WHEN (client_alias_order.mou_id, client_alias_order.org_id)
	     IN (SELECT p.mou_id, p.org_id FROM hearth.mou_partners() p) THEN true
	WHEN NOT client_alias_order.released THEN false
	ELSE hearth.release_in_effect(client_alias_order.client_id, client_alias_order.org_id)
END$rule$, seen);
END $$;

DO $$
BEGIN
	EXECUTE format('ALTER POLICY alias_order_read ON hearth.client_alias_order USING (%s)',
	               hearth.alias_order_rule());
END $$;
