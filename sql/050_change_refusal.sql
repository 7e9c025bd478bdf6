-- 050_change_refusal.sql: whether the caller may change a record, and if not
-- why, in a sentence, before anything is typed (hearth opens such a record
-- read-only and says why; lists mark it). The answer is the database's own:
-- the change is tried, as the caller, inside a subtransaction that is always
-- rolled back, so every policy, column privilege and trigger that would
-- refuse it refuses it here. Nothing is learnt of a row the caller cannot
-- see: such a row and a missing one get the same sentence.
SET LOCAL ROLE hearth_owner;

-- Returns NULL when the caller may change the row `id` of hearth.<tbl>, else
-- why not. With `col` (and `val`), the change tried is setting that column
-- to that value (the one change a marked record may still allow: clearing
-- its read-only mark); without, rewriting a column the caller may update
-- with its own value. SECURITY INVOKER: it sees and tries as the caller.
CREATE FUNCTION hearth.change_refusal(tbl text, id bigint, col text DEFAULT NULL, val text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t regclass := to_regclass(format('hearth.%I', tbl));
	probe text;
	probe_type text;
	n bigint := 0;
	refused text;
	j jsonb;
	owner_org bigint;
	author bigint;
	who text;
BEGIN
	IF t IS NULL OR NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t AND c.relkind = 'r')
	   OR NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t AND a.attname = 'id'
	                  AND NOT a.attisdropped) THEN
		RAISE EXCEPTION 'hearth has no records of the kind "%"', tbl USING ERRCODE = 'undefined_table';
	END IF;
	-- the row as the caller sees it (not at all: the same as no row)
	EXECUTE format('SELECT to_jsonb(r) FROM %s r WHERE r.id = $1', t) INTO j USING id;
	IF j IS NULL THEN
		RETURN 'That record is not there, or it is not shared with you.';
	END IF;
	SELECT a.attname, format_type(a.atttypid, a.atttypmod) INTO probe, probe_type
	FROM pg_attribute a
	WHERE a.attrelid = t AND a.attnum > 0 AND NOT a.attisdropped
	  AND (col IS NULL OR a.attname = col)
	  AND has_column_privilege(t, a.attnum, 'UPDATE')
	ORDER BY a.attnum LIMIT 1;
	IF probe IS NULL THEN
		RETURN 'You may read this record, not change it.';
	END IF;
	BEGIN
		IF col IS NULL THEN
			EXECUTE format('UPDATE %s r SET %I = r.%I WHERE r.id = $1', t, probe, probe) USING id;
		ELSE
			EXECUTE format('UPDATE %s r SET %I = $2::%s WHERE r.id = $1', t, probe, probe_type)
				USING id, val;
		END IF;
		GET DIAGNOSTICS n = ROW_COUNT;
		RAISE EXCEPTION 'probe done' USING ERRCODE = 'HR001';   -- undo it, always
	EXCEPTION
		WHEN SQLSTATE 'HR001' THEN
			NULL;
		WHEN insufficient_privilege THEN
			-- a trigger's own sentence (a read-only case note); a policy's
			-- WITH CHECK is said below, like its USING
			IF SQLERRM NOT LIKE 'new row violates row-level security policy%' THEN
				refused := SQLERRM;
			END IF;
			n := 0;
		WHEN OTHERS THEN
			refused := SQLERRM;
			n := 0;
	END;
	IF n > 0 THEN
		RETURN NULL;
	END IF;
	IF refused IS NOT NULL THEN
		RETURN upper(left(refused, 1)) || substr(refused, 2) || '.';
	END IF;
	-- the policies refused: say whose the record is, from what the caller sees
	owner_org := coalesce(j->>'org_id', j->>'created_org', j->>'granting_org')::bigint;
	author := coalesce(j->>'author_id', j->>'created_by')::bigint;
	IF owner_org IS DISTINCT FROM (SELECT hearth.active_org()) AND owner_org IS NOT NULL THEN
		RETURN format('This record is %s''s: it is shared with you to read, not to change.',
		              (SELECT o.name FROM hearth.organization o WHERE o.id = owner_org));
	END IF;
	IF j->>'restriction' = 'user' AND author IS DISTINCT FROM (SELECT hearth.current_user_id()) THEN
		SELECT coalesce(nullif(u.full_name, ''), u.username) INTO who
		FROM hearth.hmis_user u WHERE u.id = author;
		RETURN format('This record is restricted to its author, %s: only they may change it.', who);
	END IF;
	RETURN 'The sharing rules let you read this record, not change it.';
END $$;
REVOKE ALL ON FUNCTION hearth.change_refusal(text, bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hearth.change_refusal(text, bigint, text, text) TO hearth_user;

-- Who made each of the rows `ids` of hearth.<tbl> and for which organization,
-- and why the caller may not change it (NULL: may): what a list shows beside
-- each row. Rows the caller cannot see are not returned. SECURITY INVOKER.
CREATE FUNCTION hearth.record_marks(tbl text, ids bigint[])
RETURNS TABLE (id bigint, author text, organization text, refusal text)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t regclass := to_regclass(format('hearth.%I', tbl));
	r record;
	j jsonb;
BEGIN
	IF t IS NULL OR NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t AND c.relkind = 'r') THEN
		RAISE EXCEPTION 'hearth has no records of the kind "%"', tbl USING ERRCODE = 'undefined_table';
	END IF;
	FOR r IN EXECUTE format('SELECT x.id, to_jsonb(x) AS j FROM %s x WHERE x.id = ANY ($1) ORDER BY x.id', t)
	         USING ids LOOP
		j := r.j;
		id := r.id;
		SELECT coalesce(nullif(u.full_name, ''), u.username) INTO author
		FROM hearth.hmis_user u WHERE u.id = coalesce(j->>'author_id', j->>'created_by')::bigint;
		SELECT o.name INTO organization FROM hearth.organization o
		WHERE o.id = coalesce(j->>'org_id', j->>'created_org', j->>'granting_org')::bigint;
		refusal := hearth.change_refusal(tbl, r.id);
		RETURN NEXT;
	END LOOP;
END $$;
REVOKE ALL ON FUNCTION hearth.record_marks(text, bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hearth.record_marks(text, bigint[]) TO hearth_user;
