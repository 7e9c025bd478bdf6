-- 062_transaction_read_once.sql: the transaction rule's read policy asks
-- hearth.release_grants() once a query, not twice.
--
-- 006's rule shares an unrestricted transaction with another organization
-- when (a cheap filter first) the row's organization is an MOU partner of
-- the reader's or its client has a release exception towards it, and (the
-- test) the client is seen and its MOU joins both organizations or an
-- exception on it grants from the row's organization to the reader's. Each
-- half called release_grants(), which reads the exceptions and asks the
-- client's policy of each (about half a millisecond), so that every read of
-- a transaction table, and Find Client through the aliases, paid it twice.
-- The same rule said once: a row is shared when
--   an exception on its client grants from its organization to the
--   reader's (release_grants returns only clients the reader sees), or
--   its organization is a partner's and the reader sees its client in an
--   MOU that joins both.
-- For a row with such an exception the old test held (its client is seen,
-- by release_grants' own test); for any other, the old test needed the MOU
-- pair, whose organization is a partner's. Nothing else changes.
SET LOCAL ROLE hearth_owner;

-- What a transaction table `t` (006), whose author column is `author`,
-- lets its own organization read and change: its rows, those restricted to
-- a user only to that user.
CREATE FUNCTION hearth.transaction_mine_rule(t text, author text) RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT format('%1$I.org_id = (SELECT hearth.active_org())
		AND (%1$I.restriction <> ''user'' OR %1$I.%2$I = (SELECT hearth.current_user_id()))', t, author)
$$;

-- Its read policy: its own rows, and the shared ones (see the top).
CREATE FUNCTION hearth.transaction_read_rule(t text, author text) RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT format('(%2$s)
		OR (%1$I.restriction = ''none''
		    AND ((%1$I.client_id, %1$I.org_id) IN (SELECT g.client_id, g.granting_org FROM hearth.release_grants() g)
		         OR (%1$I.org_id IN (SELECT p.org_id FROM hearth.mou_partners() p)
		             AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = %1$I.client_id
		                 AND (c.mou_id, %1$I.org_id) IN (SELECT p.mou_id, p.org_id FROM hearth.mou_partners() p)))))',
	              t, hearth.transaction_mine_rule(t, author))
$$;

-- The author column of a transaction table: author_id where it has one
-- (case_note), created_by otherwise.
CREATE FUNCTION hearth.transaction_author(tbl regclass) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT attname::text FROM pg_attribute
	WHERE attrelid = tbl AND attname IN ('author_id', 'created_by') AND NOT attisdropped
	ORDER BY attname = 'author_id' DESC LIMIT 1
$$;

DO $$
DECLARE
	tbl regclass;
BEGIN
	FOR tbl IN SELECT polrelid::regclass FROM pg_policy WHERE polname = 'transaction_read' LOOP
		EXECUTE format('ALTER POLICY transaction_read ON %s USING (%s)', tbl,
		               hearth.transaction_read_rule((SELECT relname FROM pg_class WHERE oid = tbl),
		                                            hearth.transaction_author(tbl)));
	END LOOP;
	-- 061's table reads under the aliases' rule
	EXECUTE format('ALTER POLICY alias_order_read ON hearth.client_alias_order USING (%s)',
	               hearth.alias_order_rule());
END $$;

-- Tables put under the rule from now on get it too.
CREATE OR REPLACE FUNCTION hearth.transaction_policies(tbl regclass, author text, may_delete boolean)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t text := (SELECT relname FROM pg_class WHERE oid = tbl);
	mine text;
	enrollment text := 'true';
	owner_is_caller text;
BEGIN
	mine := hearth.transaction_mine_rule(t, author);
	IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = tbl AND attname = 'enrollment_id') THEN
		enrollment := format('(%1$I.enrollment_id IS NULL OR EXISTS (
			SELECT 1 FROM hearth.enrollment e WHERE e.id = %1$I.enrollment_id
			AND e.client_id = %1$I.client_id AND e.org_id = %1$I.org_id))', t);
	END IF;
	owner_is_caller := format('(%1$I.org_id = (SELECT hearth.active_org())
		AND %1$I.%2$I = (SELECT hearth.current_user_id()))', t, author);

	PERFORM hearth.protect_table(tbl, ARRAY['client_id', 'org_id', author]);
	PERFORM hearth.grant_table(tbl, ARRAY['client_id', 'org_id', author], may_delete);
	EXECUTE format('CREATE POLICY transaction_read ON %s FOR SELECT TO hearth_user USING (%s)',
	               tbl, hearth.transaction_read_rule(t, author));
	EXECUTE format('CREATE POLICY transaction_add ON %s FOR INSERT TO hearth_user WITH CHECK (%s
		AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = %I.client_id) AND %s)',
	               tbl, owner_is_caller, t, enrollment);
	EXECUTE format('CREATE POLICY transaction_change ON %s FOR UPDATE TO hearth_user USING (%s) WITH CHECK (%s AND %s)',
	               tbl, mine, mine, enrollment);
	EXECUTE format('CREATE POLICY transaction_remove ON %s FOR DELETE TO hearth_user USING (%s)',
	               tbl, mine);
END $$;
