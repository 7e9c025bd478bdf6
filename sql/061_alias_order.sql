-- 061_alias_order.sql: Find Client's aliases read in the order of their
-- clients' names.
--
-- Find Client shows a page of clients sorted by name, and a typed name also
-- finds clients by their aliases. That side used to walk the clients in name
-- order and look for a matching alias under each: a page of 'doc' at
-- 1,000,000 clients read some 6,000 clients for the 101 whose 'Doc' alias the
-- user may see, as most of the aliases were written by organizations that
-- share nothing with the user. hearth.client_alias_order keeps, for every
-- alias, its name keys beside its client's, so that the search walks the
-- aliases themselves in the clients' name order and reads about a page of
-- them. It is derived data, like an index: triggers keep it, nobody writes
-- it, and a row is seen only where both the alias and its client are seen,
-- so it shows nothing that the two tables do not.
--
-- Both sides then find a page's clients by their keys alone: the name
-- indexes of 021 now also carry what the client's policy reads, so that
-- the policy is asked of the index entries and only the page's rows are
-- read from the table.
SET LOCAL ROLE hearth_owner;

DROP INDEX hearth.client_name_order;
CREATE INDEX client_name_order ON hearth.client (last_key, first_key, id)
	INCLUDE (created_org, intake_sharing, mou_id, merged_into);
DROP INDEX hearth.client_first_order;
CREATE INDEX client_first_order ON hearth.client (first_key, last_key, id)
	INCLUDE (created_org, intake_sharing, mou_id, merged_into);

CREATE TABLE hearth.client_alias_order (
	alias_id         bigint PRIMARY KEY REFERENCES hearth.client_alias ON DELETE CASCADE,
	client_id        bigint NOT NULL,
	first_key        text COLLATE "C",
	last_key         text COLLATE "C",
	client_first_key text COLLATE "C",
	client_last_key  text COLLATE "C",
	-- what the alias's policy reads
	org_id           bigint NOT NULL,
	restriction      text NOT NULL,
	created_by       bigint NOT NULL
);
-- the walks in the two name orders, read from the index alone; and the
-- typed name's own range when it is rare
CREATE INDEX client_alias_order_last ON hearth.client_alias_order
	(client_last_key, client_first_key, client_id)
	INCLUDE (first_key, last_key, alias_id, org_id, restriction, created_by);
CREATE INDEX client_alias_order_first ON hearth.client_alias_order
	(client_first_key, client_last_key, client_id)
	INCLUDE (first_key, last_key, alias_id, org_id, restriction, created_by);
CREATE INDEX client_alias_order_name ON hearth.client_alias_order (last_key, first_key);
CREATE INDEX client_alias_order_first_name ON hearth.client_alias_order (first_key);
CREATE INDEX client_alias_order_client ON hearth.client_alias_order (client_id);

ALTER TABLE hearth.client_alias_order ENABLE ROW LEVEL SECURITY;
ALTER TABLE hearth.client_alias_order FORCE ROW LEVEL SECURITY;
REVOKE ALL ON hearth.client_alias_order FROM PUBLIC;
CREATE POLICY owner_all ON hearth.client_alias_order TO hearth_owner USING (true) WITH CHECK (true);
-- A row is read under its alias's own rule (the transaction rule of 006, as
-- the catalog holds it for client_alias, so that the two cannot differ) and
-- only where its client is seen too, asked in that order (a CASE: the
-- planner would put the cheaper-looking EXISTS first, and read a client for
-- every alias the walk passes). Asking the alias's row instead (an EXISTS on
-- client_alias) gives the same answer but costs a read of that too. A
-- migration that changes client_alias's read policy builds this one again
-- from hearth.alias_order_rule() (tests/sql/alias_order.sql compares them).
CREATE FUNCTION hearth.alias_order_rule() RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT format('CASE WHEN %s THEN EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = client_alias_order.client_id)
	               ELSE false END',
	              regexp_replace(pg_get_expr(polqual, polrelid), '\mclient_alias\.', 'client_alias_order.', 'g'))
	FROM pg_policy
	WHERE polrelid = 'hearth.client_alias'::regclass AND polname = 'transaction_read'
$$;
DO $$
BEGIN
	EXECUTE format('CREATE POLICY alias_order_read ON hearth.client_alias_order FOR SELECT TO hearth_user USING (%s)',
	               hearth.alias_order_rule());
END $$;
GRANT SELECT ON hearth.client_alias_order TO hearth_user;

-- An alias added or changed (its names, its restriction, or its client and
-- restriction in a merge and its undo): its row, with its client's keys as
-- they are now. As the owner: the caller may not see every alias of the
-- client it changes.
CREATE FUNCTION hearth.alias_order_keep() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	INSERT INTO hearth.client_alias_order AS o
	       (alias_id, client_id, first_key, last_key, client_first_key, client_last_key,
	        org_id, restriction, created_by)
	SELECT NEW.id, NEW.client_id, NEW.first_key, NEW.last_key, c.first_key, c.last_key,
	       NEW.org_id, NEW.restriction, NEW.created_by
	FROM hearth.client c WHERE c.id = NEW.client_id
	ON CONFLICT (alias_id) DO UPDATE SET client_id = EXCLUDED.client_id,
		first_key = EXCLUDED.first_key, last_key = EXCLUDED.last_key,
		client_first_key = EXCLUDED.client_first_key, client_last_key = EXCLUDED.client_last_key,
		org_id = EXCLUDED.org_id, restriction = EXCLUDED.restriction,
		created_by = EXCLUDED.created_by;
	RETURN NULL;
END $$;
CREATE TRIGGER alias_order AFTER INSERT OR UPDATE OF client_id, first_name, last_name, restriction, org_id, created_by
	ON hearth.client_alias FOR EACH ROW EXECUTE FUNCTION hearth.alias_order_keep();

-- A client renamed: its aliases move with it in the order.
CREATE FUNCTION hearth.alias_order_rename() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	UPDATE hearth.client_alias_order
	SET client_first_key = NEW.first_key, client_last_key = NEW.last_key
	WHERE client_id = NEW.id;
	RETURN NULL;
END $$;
CREATE TRIGGER alias_order AFTER UPDATE OF first_name, last_name ON hearth.client
	FOR EACH ROW WHEN (OLD.first_key IS DISTINCT FROM NEW.first_key
	                   OR OLD.last_key IS DISTINCT FROM NEW.last_key)
	EXECUTE FUNCTION hearth.alias_order_rename();

INSERT INTO hearth.client_alias_order
       (alias_id, client_id, first_key, last_key, client_first_key, client_last_key,
        org_id, restriction, created_by)
SELECT a.id, a.client_id, a.first_key, a.last_key, c.first_key, c.last_key,
       a.org_id, a.restriction, a.created_by
FROM hearth.client_alias a JOIN hearth.client c ON c.id = a.client_id;
