-- 003_audit.sql: the audit log, and the one mechanism every table with client
-- data is put under (hearth.protect_table): forced RLS, the owner's policy,
-- audit and wake-up triggers, ownership columns that never change.
SET LOCAL ROLE hearth_owner;

-- Every write to client data, and every opening of a client record. Users
-- never read, change or delete it; triggers and functions (as hearth_owner)
-- add to it; auditors read it.
CREATE TABLE hearth.audit_log (
	id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	at         timestamptz NOT NULL DEFAULT clock_timestamp(),
	role_name  text NOT NULL DEFAULT session_user,
	user_id    bigint,
	org_id     bigint,
	table_name text NOT NULL,
	row_id     text,
	action     text NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'open')),
	old_values jsonb,
	new_values jsonb
);
CREATE INDEX audit_log_row ON hearth.audit_log (table_name, row_id);
CREATE INDEX audit_log_at ON hearth.audit_log (at);
ALTER TABLE hearth.audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE hearth.audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON hearth.audit_log TO hearth_owner USING (true) WITH CHECK (true);
CREATE POLICY auditor_read ON hearth.audit_log FOR SELECT TO hearth_auditor USING (true);
REVOKE ALL ON hearth.audit_log FROM PUBLIC;
GRANT SELECT ON hearth.audit_log TO hearth_auditor;

-- The id of a row as text, whatever its key (composite keys joined by ':').
CREATE FUNCTION hearth.row_key(tbl regclass, r jsonb) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT string_agg(r ->> a.attname, ':' ORDER BY k.ord)
	FROM pg_index i
	CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
	JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
	WHERE i.indrelid = tbl AND i.indisprimary
$$;

CREATE FUNCTION hearth.audit_write() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	o jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
	n jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
BEGIN
	INSERT INTO hearth.audit_log (user_id, org_id, table_name, row_id, action,
	                              old_values, new_values)
	VALUES (hearth.current_user_id(), hearth.active_org(), TG_TABLE_NAME,
	        hearth.row_key(TG_RELID, coalesce(n, o)), lower(TG_OP), o, n);
	RETURN NULL;
END $$;

-- A wake-up for listening clients. Anyone may LISTEN on any channel, so the
-- payload is empty: the client re-reads through RLS.
CREATE FUNCTION hearth.notify_change() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM pg_notify('hearth_' || TG_TABLE_NAME, '');
	RETURN NULL;
END $$;

-- Keeps the columns named in the trigger's arguments (who owns the row) as
-- they were, and stamps created_at/updated_at where the table has them.
CREATE FUNCTION hearth.guard_row() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	col text;
	o jsonb;
	n jsonb;
BEGIN
	IF TG_OP = 'UPDATE' THEN
		o := to_jsonb(OLD);
		n := to_jsonb(NEW);
		FOREACH col IN ARRAY TG_ARGV LOOP
			IF (o -> col) IS DISTINCT FROM (n -> col) THEN
				RAISE EXCEPTION '% of a % record cannot be changed', col, TG_TABLE_NAME
					USING ERRCODE = 'insufficient_privilege';
			END IF;
		END LOOP;
		IF n ? 'created_at' THEN
			NEW := jsonb_populate_record(NEW, jsonb_build_object(
				'created_at', o -> 'created_at', 'updated_at', now()));
		END IF;
	ELSIF to_jsonb(NEW) ? 'created_at' THEN
		NEW := jsonb_populate_record(NEW, jsonb_build_object(
			'created_at', now(), 'updated_at', now()));
	END IF;
	RETURN NEW;
END $$;

-- Put a table with client data under the common rules: RLS enabled and
-- forced, hearth_owner's policy, no rights for PUBLIC, audit and wake-up
-- triggers, and the ownership columns fixed after insert. Migration-time only.
CREATE FUNCTION hearth.protect_table(tbl regclass, fixed text[]) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
	EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
	EXECUTE format('CREATE POLICY owner_all ON %s TO hearth_owner USING (true) WITH CHECK (true)', tbl);
	EXECUTE format('REVOKE ALL ON %s FROM PUBLIC', tbl);
	EXECUTE format('CREATE TRIGGER guard BEFORE INSERT OR UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION hearth.guard_row(%s)',
	               tbl, (SELECT string_agg(quote_literal(c), ', ') FROM unnest(fixed) c));
	EXECUTE format('CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION hearth.audit_write()', tbl);
	EXECUTE format('CREATE TRIGGER wake AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH STATEMENT EXECUTE FUNCTION hearth.notify_change()', tbl);
END $$;

-- Give hearth_user the rights of a data table: SELECT; INSERT on every column
-- but the generated and stamped ones, so a user can never choose a row's id;
-- UPDATE on those less the fixed ones; DELETE when asked.
CREATE FUNCTION hearth.grant_table(tbl regclass, fixed text[], may_delete boolean) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	ins text;
	upd text;
BEGIN
	SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum)
	         FILTER (WHERE attidentity = '' AND attname NOT IN ('created_at', 'updated_at')),
	       string_agg(quote_ident(attname), ', ' ORDER BY attnum)
	         FILTER (WHERE attidentity = '' AND attname NOT IN ('created_at', 'updated_at')
	                 AND attname <> ALL (fixed))
	INTO ins, upd
	FROM pg_attribute WHERE attrelid = tbl AND attnum > 0 AND NOT attisdropped;
	EXECUTE format('GRANT SELECT ON %s TO hearth_user', tbl);
	EXECUTE format('GRANT INSERT (%s) ON %s TO hearth_user', ins, tbl);
	IF upd IS NOT NULL THEN
		EXECUTE format('GRANT UPDATE (%s) ON %s TO hearth_user', upd, tbl);
	END IF;
	IF may_delete THEN
		EXECUTE format('GRANT DELETE ON %s TO hearth_user', tbl);
	END IF;
END $$;
