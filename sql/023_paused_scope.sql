-- 023_paused_scope.sql: a paused operation holds what someone typed, and is
-- seen only where the record it would save may be seen; hearth checks what
-- it carries before acting on it.
--
-- 010 let every user who sees a client read every paused operation about it:
-- another organization read what was typed into a case note restricted to
-- its author, or the stored values of a document-check entry being edited.
-- Now a paused operation is its author's alone, unless it is a client's
-- paused workflow that its author shares (`shared`): then the users of the
-- author's organization who see the client read, resume and delete it too,
-- and never when what was typed belongs to a record restricted to its author
-- (hearth writes the open step's restriction as the entry "@restriction").
SET LOCAL ROLE hearth_owner;

ALTER TABLE hearth.paused_operation
	ADD COLUMN shared boolean NOT NULL DEFAULT false,
	ADD CONSTRAINT paused_operation_shared CHECK (NOT shared OR (
		client_id IS NOT NULL AND form LIKE 'workflow/%'
		AND coalesce(entries ->> '@restriction', '') <> 'user'));
GRANT INSERT (shared), UPDATE (shared) ON hearth.paused_operation TO hearth_user;

DROP POLICY paused_read ON hearth.paused_operation;
DROP POLICY paused_remove ON hearth.paused_operation;
CREATE POLICY paused_read ON hearth.paused_operation FOR SELECT TO hearth_user
	USING (user_id = (SELECT hearth.current_user_id())
	       OR (shared AND org_id = (SELECT hearth.active_org())
	           AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = paused_operation.client_id)));
CREATE POLICY paused_remove ON hearth.paused_operation FOR DELETE TO hearth_user
	USING (user_id = (SELECT hearth.current_user_id())
	       OR (shared AND org_id = (SELECT hearth.active_org())
	           AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = paused_operation.client_id)));

-- Whether the record `rec` of table `tbl`, named by the paused operation
-- `op` (the record an edit would change, or a row a workflow's step saved),
-- is one hearth may act on: the caller sees the operation and, through the
-- sharing rules, the record, and the record belongs to the operation's own
-- client and to its author's organization. Runs as the caller. A table that
-- is not a client's record, or a name that is no table, gives false.
CREATE FUNCTION hearth.paused_record_ok(op bigint, tbl text, rec bigint) RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	p hearth.paused_operation;
	t regclass := to_regclass('hearth.' || quote_ident(tbl));
	org_col text;
	ok boolean;
BEGIN
	SELECT * INTO p FROM hearth.paused_operation WHERE id = op;
	IF p.id IS NULL OR t IS NULL OR rec IS NULL OR p.client_id IS NULL THEN
		RETURN false;
	END IF;
	IF t = 'hearth.client'::regclass THEN
		RETURN rec = p.client_id
		       AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = rec AND c.created_org = p.org_id);
	END IF;
	SELECT a.attname INTO org_col FROM pg_attribute a
	WHERE a.attrelid = t AND a.attname IN ('org_id', 'granting_org') AND NOT a.attisdropped;
	IF org_col IS NULL OR NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t
	                                  AND a.attname = 'client_id' AND NOT a.attisdropped)
	   OR NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t
	                  AND a.attname = 'id' AND NOT a.attisdropped) THEN
		RETURN false;
	END IF;
	EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s t WHERE t.id = $1 AND t.client_id = $2 AND t.%I = $3)',
	               t, org_col)
		INTO ok USING rec, p.client_id, p.org_id;
	RETURN ok;
END $$;
REVOKE ALL ON FUNCTION hearth.paused_record_ok(bigint, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hearth.paused_record_ok(bigint, text, bigint) TO hearth_user;
