-- 022_merge_sharing.sql: a merge never widens sharing, and its log is seen
-- only by those who see both clients.
--
-- A merge used to move every row about the dropped client to the kept one,
-- where the kept client's sharing (its level, its MOU, its release
-- exceptions) then decided who saw them: a choice the dropped client's
-- creator never made. The rule now: after a merge no role sees or may
-- change a row it could not see or change before, and undo restores exactly
-- the state before. How:
--
--  * When both clients are shared alike (same creating organization, level
--    and MOU, and the same release exceptions), every policy that reads
--    through the client gives the same answer for either, so every row moves
--    as before.
--  * Otherwise only the transactions move (the tables under the transaction
--    rule of 006: their own organization reads and changes them whatever the
--    client), and those that were unrestricted become restricted to their
--    organization, so that nothing of them is shared through the kept
--    client. What is read through the client itself (the photo, alerts, the
--    document check, family memberships, paused workflows) stays with the
--    dropped client, which keeps its own sharing: its viewers still see it
--    there, marked as merged.
--  * Release exceptions never move: they are consent about one record.
SET LOCAL ROLE hearth_owner;

-- Whether the two clients are shared alike (see above).
CREATE FUNCTION hearth.merge_shared_alike(keep bigint, drop bigint) RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT coalesce((SELECT ROW(k.created_org, k.intake_sharing, k.mou_id)
	                        IS NOT DISTINCT FROM ROW(d.created_org, d.intake_sharing, d.mou_id)
	        FROM hearth.client k, hearth.client d WHERE k.id = keep AND d.id = drop), false)
	   AND NOT EXISTS (
		(SELECT granting_org, accessing_org, begin_date, end_date FROM hearth.release_exception WHERE client_id = keep
		 EXCEPT
		 SELECT granting_org, accessing_org, begin_date, end_date FROM hearth.release_exception WHERE client_id = drop)
		UNION ALL
		(SELECT granting_org, accessing_org, begin_date, end_date FROM hearth.release_exception WHERE client_id = drop
		 EXCEPT
		 SELECT granting_org, accessing_org, begin_date, end_date FROM hearth.release_exception WHERE client_id = keep))
$$;

-- Whether a table's rows follow the transaction rule (006), under which a
-- row's own organization reads and changes it whatever the client.
CREATE FUNCTION hearth.is_transaction_table(tbl regclass) RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT EXISTS (SELECT 1 FROM pg_policy WHERE polrelid = tbl AND polname = 'transaction_read') $$;

-- case_note_read_only as in 012, but a merge may also restrict a read-only
-- note (and undo lift that again).
CREATE OR REPLACE FUNCTION hearth.case_note_read_only() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF OLD.read_only AND (TG_OP = 'DELETE' OR NEW.read_only
	       OR to_jsonb(NEW) - 'read_only' - 'updated_at'
	          IS DISTINCT FROM to_jsonb(OLD) - 'read_only' - 'updated_at')
	   AND NOT (TG_OP = 'UPDATE' AND hearth.merging()
	            AND to_jsonb(NEW) - 'client_id' - 'restriction' - 'updated_at'
	                IS NOT DISTINCT FROM to_jsonb(OLD) - 'client_id' - 'restriction' - 'updated_at') THEN
		RAISE EXCEPTION 'case note % is read-only: clear the read-only mark first', OLD.id
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

-- Merge client `drop` into `keep` (see the top of this file). `moved` keeps,
-- per "table.column", the keys of the rows moved; "narrowed", per table, the
-- ids of the rows restricted by the merge; family memberships as before.
CREATE OR REPLACE FUNCTION hearth.merge_clients(keep bigint, drop bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r record;
	m record;
	ids jsonb;
	narrowed_ids jsonb;
	moved jsonb := '{}';
	narrowed jsonb := '{}';
	members jsonb := '[]';
	dropped jsonb := '[]';
	alike boolean;
	narrow boolean;
	merge_id bigint;
BEGIN
	PERFORM hearth.merge_check(keep, drop);
	IF EXISTS (SELECT 1 FROM hearth.client WHERE id IN (keep, drop) AND merged_into IS NOT NULL) THEN
		RAISE EXCEPTION 'client % or client % has already been merged into another', keep, drop
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	PERFORM set_config('hearth.merging', 'on', true);
	alike := hearth.merge_shared_alike(keep, drop);

	FOR r IN SELECT * FROM hearth.client_references()
	         WHERE tbl <> 'hearth.release_exception'::regclass LOOP
		IF r.pk IS NULL THEN
			RAISE EXCEPTION 'cannot merge: % has no primary key to record the moved rows by', r.tbl;
		END IF;
		-- a pointer to the client from another client's row (an interested
		-- other) decides nothing about who sees that row: it always moves
		IF NOT alike AND r.col = 'client_id' AND NOT hearth.is_transaction_table(r.tbl) THEN
			CONTINUE;
		END IF;
		narrow := NOT alike AND r.col = 'client_id';
		IF narrow AND r.pk <> ARRAY['id']::name[] THEN
			RAISE EXCEPTION 'cannot merge: % is a transaction table not keyed by id', r.tbl;
		END IF;
		IF narrow THEN
			-- a transaction (keyed by id): unrestricted rows become their
			-- organization's; the ids of those are kept for undo
			EXECUTE format('WITH o AS (SELECT t.id, t.restriction = ''none'' AS was_open FROM %1$s t
			                           WHERE t.%2$I = $2 FOR UPDATE),
			                     m AS (UPDATE %1$s t SET %2$I = $1, restriction = CASE WHEN o.was_open
			                           THEN ''organization'' ELSE t.restriction END
			                           FROM o WHERE t.id = o.id RETURNING t.id, o.was_open)
			                SELECT jsonb_agg(jsonb_build_object(''id'', m.id)),
			                       jsonb_agg(m.id) FILTER (WHERE m.was_open) FROM m',
				r.tbl, r.col)
				USING keep, drop INTO ids, narrowed_ids;
		ELSE
			-- a row whose key holds the client stays when keep already has its twin
			EXECUTE format('WITH m AS (UPDATE %1$s t SET %2$I = $1 WHERE t.%2$I = $2 %3$s RETURNING %4$s)
			                SELECT jsonb_agg(to_jsonb(m)), NULL::jsonb FROM m',
				r.tbl, r.col,
				CASE WHEN r.col_in_pk THEN format('AND NOT EXISTS (SELECT 1 FROM %s o WHERE o.%I = $1 %s)',
					r.tbl, r.col, (SELECT string_agg(format('AND o.%1$I = t.%1$I', k), ' ')
					               FROM unnest(r.pk) k WHERE k <> r.col)) ELSE '' END,
				(SELECT string_agg(format('t.%I', k), ', ') FROM unnest(r.pk) k))
				USING keep, drop INTO ids, narrowed_ids;
		END IF;
		IF ids IS NOT NULL THEN
			moved := moved || jsonb_build_object(r.tbl::text || '.' || r.col, ids);
		END IF;
		IF narrowed_ids IS NOT NULL THEN
			narrowed := narrowed || jsonb_build_object(r.tbl::text, narrowed_ids);
		END IF;
	END LOOP;

	-- Family memberships (shared alike only): where keep is in the family
	-- already, keep's row stays and drop's goes (kept whole in `moved`); a
	-- moved membership stops being current when keep has a current family.
	FOR m IN SELECT * FROM hearth.family_member WHERE client_id = drop AND alike ORDER BY family_id LOOP
		IF EXISTS (SELECT 1 FROM hearth.family_member
		           WHERE family_id = m.family_id AND client_id = keep) THEN
			DELETE FROM hearth.family_member WHERE family_id = m.family_id AND client_id = drop;
			dropped := dropped || to_jsonb(m);
		ELSE
			UPDATE hearth.family_member
			SET client_id = keep,
			    is_current = m.is_current AND NOT EXISTS (SELECT 1 FROM hearth.family_member o
			                                              WHERE o.client_id = keep AND o.is_current)
			WHERE family_id = m.family_id AND client_id = drop;
			members := members || jsonb_build_object('family_id', m.family_id, 'is_current', m.is_current);
		END IF;
	END LOOP;
	moved := moved || jsonb_build_object('family_member', members, 'family_member_dropped', dropped,
	                                     'narrowed', narrowed);

	UPDATE hearth.client SET merged_into = keep WHERE id = drop;
	INSERT INTO hearth.client_merge (kept_id, merged_id, moved, merged_by)
	VALUES (keep, drop, moved, hearth.current_user_id()) RETURNING id INTO merge_id;
	INSERT INTO hearth.audit_log (user_id, org_id, table_name, row_id, action, new_values)
	VALUES (hearth.current_user_id(), hearth.active_org(), 'client', drop::text, 'merge',
	        jsonb_build_object('merge_id', merge_id, 'merged_into', keep, 'shared_alike', alike));
	PERFORM set_config('hearth.merging', '', true);
	RETURN merge_id;
END $$;

-- Undo a merge, as in 012; the rows the merge restricted are unrestricted
-- again (unless restricted to their author since).
CREATE OR REPLACE FUNCTION hearth.undo_merge(merge_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	g hearth.client_merge;
	r record;
	t regclass;
BEGIN
	PERFORM hearth.require_merge_admin();
	SELECT * INTO g FROM hearth.client_merge WHERE id = merge_id FOR UPDATE;
	IF g.id IS NULL OR g.undone_at IS NOT NULL THEN
		RAISE EXCEPTION 'there is no merge % to undo', merge_id
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF NOT (hearth.client_visible(g.kept_id) AND hearth.client_visible(g.merged_id)) THEN
		RAISE EXCEPTION 'client % or client % is not one you can see', g.kept_id, g.merged_id
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	PERFORM 1 FROM hearth.client WHERE id IN (g.kept_id, g.merged_id) ORDER BY id FOR UPDATE;
	IF EXISTS (SELECT 1 FROM hearth.client_merge l WHERE l.id > g.id AND l.undone_at IS NULL
	           AND (l.kept_id IN (g.kept_id, g.merged_id) OR l.merged_id IN (g.kept_id, g.merged_id))) THEN
		RAISE EXCEPTION 'undo the later merges of client % or client % first', g.kept_id, g.merged_id
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	PERFORM set_config('hearth.merging', 'on', true);

	FOR r IN SELECT key, value FROM jsonb_each(g.moved)
	         WHERE key NOT IN ('family_member', 'family_member_dropped', 'narrowed') LOOP
		t := regexp_replace(r.key, '\.[^.]*$', '')::regclass;
		EXECUTE format('UPDATE %1$s t SET %2$I = $1 FROM jsonb_populate_recordset(NULL::%1$s, $3) k
		                WHERE t.%2$I = $2 AND %3$s',
			t, substring(r.key FROM '[^.]*$'),
			(SELECT string_agg(format('t.%1$I = k.%1$I', pk), ' AND ')
			 FROM unnest((SELECT array_agg(DISTINCT x) FROM jsonb_array_elements(r.value) e,
			                     jsonb_object_keys(e) x)) pk))
			USING g.merged_id, g.kept_id, r.value;
	END LOOP;
	FOR r IN SELECT key, value FROM jsonb_each(coalesce(g.moved -> 'narrowed', '{}')) LOOP
		-- (a row its organization restricted further since stays so)
		EXECUTE format('UPDATE %s t SET restriction = ''none''
		                WHERE t.id IN (SELECT jsonb_array_elements_text($1)::bigint)
		                  AND t.restriction = ''organization''', r.key::regclass)
			USING r.value;
	END LOOP;
	UPDATE hearth.family_member f SET client_id = g.merged_id, is_current = k.is_current
	FROM jsonb_to_recordset(g.moved -> 'family_member') AS k(family_id bigint, is_current boolean)
	WHERE f.family_id = k.family_id AND f.client_id = g.kept_id;
	INSERT INTO hearth.family_member
	SELECT * FROM jsonb_populate_recordset(NULL::hearth.family_member, g.moved -> 'family_member_dropped');

	UPDATE hearth.client SET merged_into = NULL WHERE id = g.merged_id;
	UPDATE hearth.client_merge SET undone_by = hearth.current_user_id(), undone_at = now()
	WHERE id = g.id;
	INSERT INTO hearth.audit_log (user_id, org_id, table_name, row_id, action, old_values)
	VALUES (hearth.current_user_id(), hearth.active_org(), 'client', g.merged_id::text, 'unmerge',
	        jsonb_build_object('merge_id', g.id, 'merged_into', g.kept_id));
	PERFORM set_config('hearth.merging', '', true);
END $$;

-- ---- the merge log: client data --------------------------------------------------

-- An administrator reads a merge only when they see both clients; what it
-- moved (which records each client had, their families) only the auditors
-- and the functions above read.
DROP POLICY merge_read ON hearth.client_merge;
CREATE POLICY merge_read ON hearth.client_merge FOR SELECT TO hearth_user
	USING ((SELECT hearth.is_admin())
	       AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = client_merge.kept_id)
	       AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = client_merge.merged_id));
REVOKE SELECT ON hearth.client_merge FROM hearth_user;
GRANT SELECT (id, kept_id, merged_id, merged_by, merged_at, undone_by, undone_at)
	ON hearth.client_merge TO hearth_user;
