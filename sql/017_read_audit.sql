-- 017_read_audit.sql: downloading a client's file, document or photo is
-- recorded in the audit log, like opening the client's record.
SET LOCAL ROLE hearth_owner;

-- Allow one more action in the audit log, keeping those other migrations
-- allowed (they are read back from the constraint).
CREATE FUNCTION hearth.audit_allow(action text) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	def text := (SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k
	             WHERE k.conrelid = 'hearth.audit_log'::regclass
	               AND k.conname = 'audit_log_action_check');
	actions text[];
BEGIN
	-- written as IN ('a', 'b'), or as = ANY ('{a,b}'::text[])
	IF def ~ '\{' THEN
		actions := string_to_array(substring(def from '\{([a-z_,]+)\}'), ',');
	ELSE
		SELECT array_agg(m[1]) INTO actions FROM regexp_matches(def, '''([a-z_]+)''', 'g') m;
	END IF;
	IF actions IS NULL THEN
		RAISE EXCEPTION 'cannot read the audit log''s actions from %', def;
	END IF;
	ALTER TABLE hearth.audit_log DROP CONSTRAINT audit_log_action_check;
	EXECUTE format('ALTER TABLE hearth.audit_log ADD CONSTRAINT audit_log_action_check CHECK (action = ANY (%L::text[]))',
	               array_append(actions, action));
END $$;
REVOKE EXECUTE ON FUNCTION hearth.audit_allow(text) FROM PUBLIC;

SELECT hearth.audit_allow('download');

-- Record that the caller downloaded row `id` of a file store. Called in the
-- select list of the statement that reads the bytes, so it runs only for a
-- row the sharing rules let through; called by hand it can only add a line
-- about the caller, never change or hide one.
CREATE FUNCTION hearth.audit_download(tbl text, id bigint) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF tbl NOT IN ('client_file', 'client_document', 'client_photo') THEN
		RAISE EXCEPTION 'no downloads from %', tbl USING ERRCODE = 'invalid_parameter_value';
	END IF;
	INSERT INTO hearth.audit_log (user_id, org_id, table_name, row_id, action)
	VALUES (hearth.current_user_id(), hearth.active_org(), tbl, id::text, 'download');
	RETURN true;
END $$;
GRANT EXECUTE ON FUNCTION hearth.audit_download(text, bigint) TO hearth_user;
