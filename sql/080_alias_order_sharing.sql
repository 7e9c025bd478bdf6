-- 080_alias_order_sharing.sql: Find Client's aliases (061) are judged from
-- their own index entries, without reading their clients.
--
-- A row of hearth.client_alias_order is read only where its client is seen,
-- and its alias is shared with the reader's organization when that
-- organization is the alias's, or an MOU of the client joins the two, or an
-- exception on the client grants from the alias's organization to the
-- reader's. 061 asked all of that of the client itself: for every row the
-- walk passed, hearth.release_grants() (every exception towards the reader,
-- each client read to see whether it is seen) and one or two reads of the
-- row's client, scattered over a million. Find by a nickname that other
-- organizations wrote took a user more than twice the owner's time.
--
-- Now each row carries the three columns of its client that the client's
-- rule reads (created_org, intake_sharing, mou_id, under their names in
-- hearth.client), and the rule is asked of the row itself, in this order:
--   1. the client is seen: the client's read rule, as the catalog holds it,
--      over those columns (its id is the row's client_id);
--   2. the alias is the reader's organization's: unless restricted to
--      another user;
--   3. a restricted alias of another organization: never;
--   4. the client's MOU joins the alias's organization and the reader's;
--   5. else an exception on the client from the alias's organization to the
--      reader's, looked up for this row alone (OFFSET 0 keeps the planner
--      from reading every exception, and every client of them, instead).
-- That is 062's transaction rule of client_alias, with its client seen; a
-- migration that changes either rule builds this one again from
-- hearth.alias_order_rule() (tests/sql/alias_order.sql compares what users
-- read of the two tables).
--
-- The copies are kept as the names were: every change to a client's
-- sharing rewrites its rows, and every row written reads its client. Both
-- first take the client's turn (024's hearth.intake_release_turn), so that
-- under READ COMMITTED the second waits for the first and reads what it
-- committed, and under REPEATABLE READ or SERIALIZABLE it fails, to be
-- retried, rather than keep a sharing level the client no longer has.
SET LOCAL ROLE hearth_owner;

-- One client's refreshes take turns, whatever they refresh (024), in id
-- order, so that two never wait on each other crosswise.
CREATE FUNCTION hearth.take_client_turns(clients bigint[]) RETURNS void
LANGUAGE sql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
	INSERT INTO hearth.intake_release_turn AS t (client_id)
	SELECT DISTINCT c FROM unnest(clients) c WHERE c IS NOT NULL ORDER BY c
	ON CONFLICT (client_id) DO UPDATE SET turns = t.turns + 1;
$$;
REVOKE ALL ON FUNCTION hearth.take_client_turns(bigint[]) FROM PUBLIC;

CREATE OR REPLACE FUNCTION hearth.intake_release_refresh(clients bigint[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM hearth.take_client_turns(clients);

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

ALTER TABLE hearth.client_alias_order
	ADD COLUMN created_org bigint,
	ADD COLUMN intake_sharing text,
	ADD COLUMN mou_id bigint;
UPDATE hearth.client_alias_order o
SET created_org = c.created_org, intake_sharing = c.intake_sharing, mou_id = c.mou_id
FROM hearth.client c WHERE c.id = o.client_id;
ALTER TABLE hearth.client_alias_order
	ALTER COLUMN created_org SET NOT NULL,
	ALTER COLUMN intake_sharing SET NOT NULL;

-- the walks read the rule from the index alone
DROP INDEX hearth.client_alias_order_last;
CREATE INDEX client_alias_order_last ON hearth.client_alias_order
	(client_last_key, client_first_key, client_id)
	INCLUDE (first_key, last_key, alias_id, org_id, restriction, created_by,
	         created_org, intake_sharing, mou_id);
DROP INDEX hearth.client_alias_order_first;
CREATE INDEX client_alias_order_first ON hearth.client_alias_order
	(client_first_key, client_last_key, client_id)
	INCLUDE (first_key, last_key, alias_id, org_id, restriction, created_by,
	         created_org, intake_sharing, mou_id);

-- An alias added or changed: its row, with its client as it is now.
CREATE OR REPLACE FUNCTION hearth.alias_order_keep() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM hearth.take_client_turns(ARRAY[NEW.client_id]);
	INSERT INTO hearth.client_alias_order AS o
	       (alias_id, client_id, first_key, last_key, client_first_key, client_last_key,
	        org_id, restriction, created_by, created_org, intake_sharing, mou_id)
	SELECT NEW.id, NEW.client_id, NEW.first_key, NEW.last_key, c.first_key, c.last_key,
	       NEW.org_id, NEW.restriction, NEW.created_by, c.created_org, c.intake_sharing, c.mou_id
	FROM hearth.client c WHERE c.id = NEW.client_id
	ON CONFLICT (alias_id) DO UPDATE SET client_id = EXCLUDED.client_id,
		first_key = EXCLUDED.first_key, last_key = EXCLUDED.last_key,
		client_first_key = EXCLUDED.client_first_key, client_last_key = EXCLUDED.client_last_key,
		org_id = EXCLUDED.org_id, restriction = EXCLUDED.restriction,
		created_by = EXCLUDED.created_by, created_org = EXCLUDED.created_org,
		intake_sharing = EXCLUDED.intake_sharing, mou_id = EXCLUDED.mou_id;
	RETURN NULL;
END $$;

-- A client renamed or shared differently: its aliases' rows follow.
CREATE FUNCTION hearth.alias_order_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM hearth.take_client_turns(ARRAY[NEW.id]);
	UPDATE hearth.client_alias_order
	SET client_first_key = NEW.first_key, client_last_key = NEW.last_key,
	    created_org = NEW.created_org, intake_sharing = NEW.intake_sharing, mou_id = NEW.mou_id
	WHERE client_id = NEW.id;
	RETURN NULL;
END $$;
DROP TRIGGER alias_order ON hearth.client;
DROP FUNCTION hearth.alias_order_rename();
CREATE TRIGGER alias_order
	AFTER UPDATE OF first_name, last_name, created_org, intake_sharing, mou_id ON hearth.client
	FOR EACH ROW WHEN (OLD.first_key IS DISTINCT FROM NEW.first_key
	                   OR OLD.last_key IS DISTINCT FROM NEW.last_key
	                   OR OLD.created_org IS DISTINCT FROM NEW.created_org
	                   OR OLD.intake_sharing IS DISTINCT FROM NEW.intake_sharing
	                   OR OLD.mou_id IS DISTINCT FROM NEW.mou_id)
	EXECUTE FUNCTION hearth.alias_order_follow();
ALTER TABLE hearth.client ENABLE ALWAYS TRIGGER alias_order;
REVOKE ALL ON FUNCTION hearth.alias_order_follow() FROM PUBLIC;

-- The read rule (see the top). The client's rule names its own id once, as
-- "(id IN ("; anything else is a change this function has to learn of.
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
	ELSE EXISTS (SELECT 1 FROM hearth.release_exception r
	             WHERE r.client_id = client_alias_order.client_id
	               AND r.granting_org = client_alias_order.org_id
	               AND r.accessing_org = (SELECT hearth.active_org())
	               AND r.begin_date <= (SELECT hearth.today())
	               AND (r.end_date IS NULL OR r.end_date >= (SELECT hearth.today()))
	             OFFSET 0)
END$rule$, seen);
END $$;

DO $$
BEGIN
	EXECUTE format('ALTER POLICY alias_order_read ON hearth.client_alias_order USING (%s)',
	               hearth.alias_order_rule());
END $$;
