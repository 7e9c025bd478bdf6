-- 012_client_record.sql: the rest of the client record: contact details on
-- the intake, aliases and former names, address history, interested others,
-- files, the photo, the document check, family names that reveal nobody,
-- family case notes, and merging duplicate clients (administrators).
SET LOCAL ROLE hearth_owner;

-- ---- helpers (migration time) ---------------------------------------------

-- grant_table, now leaving out generated columns too (nobody writes them).
CREATE OR REPLACE FUNCTION hearth.grant_table(tbl regclass, fixed text[], may_delete boolean) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	ins text;
	upd text;
BEGIN
	SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum)
	         FILTER (WHERE attidentity = '' AND attgenerated = ''
	                 AND attname NOT IN ('created_at', 'updated_at')),
	       string_agg(quote_ident(attname), ', ' ORDER BY attnum)
	         FILTER (WHERE attidentity = '' AND attgenerated = ''
	                 AND attname NOT IN ('created_at', 'updated_at')
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

-- Add a condition to the WITH CHECK of existing policies (all permissive, so
-- a further restriction goes into each one that admits new rows).
CREATE FUNCTION hearth.policy_also_check(tbl regclass, pols name[], cond text) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	p record;
BEGIN
	FOR p IN SELECT polname, pg_get_expr(polwithcheck, polrelid) AS chk
	         FROM pg_policy WHERE polrelid = tbl AND polname = ANY (pols) LOOP
		EXECUTE format('ALTER POLICY %I ON %s WITH CHECK ((%s) AND (%s))', p.polname, tbl, p.chk, cond);
	END LOOP;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'no policy % on %', pols, tbl;
	END IF;
END $$;

-- ---- merging: the one exception to the fixed columns ------------------------

-- Whether this is hearth.merge_clients or hearth.undo_merge at work: they run
-- as hearth_owner, which no user can become, and mark the transaction.
CREATE FUNCTION hearth.merging() RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT current_user = 'hearth_owner' AND current_setting('hearth.merging', true) = 'on' $$;
-- (the triggers that ask run as the user)
GRANT EXECUTE ON FUNCTION hearth.merging() TO hearth_user;

-- guard_row as in 003, but a merge may move a row to another client.
CREATE OR REPLACE FUNCTION hearth.guard_row() RETURNS trigger
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
			IF (o -> col) IS DISTINCT FROM (n -> col)
			   AND NOT (col = 'client_id' AND hearth.merging()) THEN
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

-- case_note_read_only as in 006, but a merge may move a read-only note.
CREATE OR REPLACE FUNCTION hearth.case_note_read_only() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF OLD.read_only AND (TG_OP = 'DELETE' OR NEW.read_only
	       OR to_jsonb(NEW) - 'read_only' - 'updated_at'
	          IS DISTINCT FROM to_jsonb(OLD) - 'read_only' - 'updated_at')
	   AND NOT (TG_OP = 'UPDATE' AND hearth.merging()
	            AND to_jsonb(NEW) - 'client_id' - 'updated_at'
	                IS NOT DISTINCT FROM to_jsonb(OLD) - 'client_id' - 'updated_at') THEN
		RAISE EXCEPTION 'case note % is read-only: clear the read-only mark first', OLD.id
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

ALTER TABLE hearth.audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE hearth.audit_log ADD CONSTRAINT audit_log_action_check
	CHECK (action IN ('insert', 'update', 'delete', 'open', 'merge', 'unmerge'));

-- ---- contact details on the intake --------------------------------------------

ALTER TABLE hearth.client
	ADD COLUMN phone         text CHECK (length(phone) <= 30),
	ADD COLUMN email         text CHECK (length(email) <= 254),
	ADD COLUMN address_line1 text CHECK (length(address_line1) <= 100),
	ADD COLUMN address_line2 text CHECK (length(address_line2) <= 100),
	ADD COLUMN city          text CHECK (length(city) <= 60),
	ADD COLUMN state         text CHECK (state ~ '^[A-Z]{1,2}$'),
	ADD COLUMN zip           text CHECK (zip ~ '^[0-9]{5}(-[0-9]{4})?$'),
	-- the client this one was merged into (set by hearth.merge_clients only:
	-- hearth_user holds no INSERT or UPDATE right on it)
	ADD COLUMN merged_into   bigint REFERENCES hearth.client;
CREATE INDEX client_merged_into ON hearth.client (merged_into) WHERE merged_into IS NOT NULL;
GRANT INSERT (phone, email, address_line1, address_line2, city, state, zip),
	UPDATE (phone, email, address_line1, address_line2, city, state, zip)
	ON hearth.client TO hearth_user;

-- ---- aliases and addresses: transactions --------------------------------------

CREATE TABLE hearth.client_alias (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_id   bigint NOT NULL REFERENCES hearth.client,
	org_id      bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	created_by  bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	first_name  text CHECK (length(first_name) <= 50),
	middle_name text CHECK (length(middle_name) <= 50),
	last_name   text CHECK (length(last_name) <= 50),
	suffix      text CHECK (length(suffix) <= 10),
	-- 'former': the automatic history of a changed name
	alias_type  text NOT NULL DEFAULT 'alias' CHECK (alias_type IN ('alias', 'former')),
	begin_date  date,
	end_date    date,
	note        text CHECK (length(note) <= 2000),
	restriction text NOT NULL DEFAULT 'none' CHECK (restriction IN ('none', 'organization', 'user')),
	created_at  timestamptz NOT NULL DEFAULT now(),
	updated_at  timestamptz NOT NULL DEFAULT now(),
	CHECK (end_date IS NULL OR begin_date IS NULL OR end_date >= begin_date)
);
CREATE INDEX client_alias_client ON hearth.client_alias (client_id);
SELECT hearth.transaction_policies('hearth.client_alias', 'created_by', true);

CREATE TABLE hearth.client_address (
	id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_id    bigint NOT NULL REFERENCES hearth.client,
	org_id       bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	created_by   bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	address_type text NOT NULL DEFAULT 'home'
	             CHECK (address_type IN ('home', 'mailing', 'last_permanent', 'other')),
	line1        text CHECK (length(line1) <= 100),
	line2        text CHECK (length(line2) <= 100),
	city         text CHECK (length(city) <= 60),
	state        text CHECK (state ~ '^[A-Z]{1,2}$'),
	zip          text CHECK (zip ~ '^[0-9]{5}(-[0-9]{4})?$'),
	begin_date   date,
	end_date     date,
	note         text CHECK (length(note) <= 2000),
	restriction  text NOT NULL DEFAULT 'none' CHECK (restriction IN ('none', 'organization', 'user')),
	created_at   timestamptz NOT NULL DEFAULT now(),
	updated_at   timestamptz NOT NULL DEFAULT now(),
	CHECK (end_date IS NULL OR begin_date IS NULL OR end_date >= begin_date)
);
CREATE INDEX client_address_client ON hearth.client_address (client_id);
SELECT hearth.transaction_policies('hearth.client_address', 'created_by', true);

-- When the intake's name or address changes, the old one goes into the
-- history, ended today. It runs as the caller, so the policies apply: only
-- the creating organization can change a client, and the history row is
-- that organization's and the caller's (a role with no HMIS user, the DBA,
-- writes it in the name of the client's creator).
CREATE FUNCTION hearth.keep_former_name() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	INSERT INTO hearth.client_alias (client_id, org_id, created_by, first_name, middle_name,
	                                 last_name, suffix, alias_type, end_date)
	VALUES (OLD.id, OLD.created_org, coalesce(hearth.current_user_id(), OLD.created_by),
	        OLD.first_name, OLD.middle_name, OLD.last_name, OLD.suffix, 'former', hearth.today());
	RETURN NULL;
END $$;
CREATE TRIGGER former_name AFTER UPDATE ON hearth.client FOR EACH ROW
	WHEN ((OLD.first_name, OLD.middle_name, OLD.last_name, OLD.suffix)
	      IS DISTINCT FROM (NEW.first_name, NEW.middle_name, NEW.last_name, NEW.suffix)
	      AND concat(OLD.first_name, OLD.middle_name, OLD.last_name, OLD.suffix) <> '')
	EXECUTE FUNCTION hearth.keep_former_name();

CREATE FUNCTION hearth.keep_former_address() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	INSERT INTO hearth.client_address (client_id, org_id, created_by, line1, line2, city,
	                                   state, zip, end_date)
	VALUES (OLD.id, OLD.created_org, coalesce(hearth.current_user_id(), OLD.created_by),
	        OLD.address_line1, OLD.address_line2, OLD.city, OLD.state, OLD.zip, hearth.today());
	RETURN NULL;
END $$;
CREATE TRIGGER former_address AFTER UPDATE ON hearth.client FOR EACH ROW
	WHEN ((OLD.address_line1, OLD.address_line2, OLD.city, OLD.state, OLD.zip)
	      IS DISTINCT FROM (NEW.address_line1, NEW.address_line2, NEW.city, NEW.state, NEW.zip)
	      AND concat(OLD.address_line1, OLD.address_line2, OLD.city, OLD.state, OLD.zip) <> '')
	EXECUTE FUNCTION hearth.keep_former_address();

-- ---- interested others ----------------------------------------------------------

CREATE TABLE hearth.interested_other (
	id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_id         bigint NOT NULL REFERENCES hearth.client,
	org_id            bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	created_by        bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	other_type        text NOT NULL CHECK (other_type IN ('emergency_contact', 'physician',
	                  'counsellor', 'friend', 'family', 'caseworker', 'other')),
	name              text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
	relationship      text CHECK (length(relationship) <= 100),
	-- the other person, when they are a client too
	related_client_id bigint REFERENCES hearth.client,
	knows_situation   boolean NOT NULL DEFAULT false,
	phone             text CHECK (length(phone) <= 30),
	email             text CHECK (length(email) <= 254),
	address           text CHECK (length(address) <= 300),
	note              text CHECK (length(note) <= 2000),
	restriction       text NOT NULL DEFAULT 'none' CHECK (restriction IN ('none', 'organization', 'user')),
	created_at        timestamptz NOT NULL DEFAULT now(),
	updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interested_other_client ON hearth.interested_other (client_id);
CREATE INDEX interested_other_related ON hearth.interested_other (related_client_id)
	WHERE related_client_id IS NOT NULL;
SELECT hearth.transaction_policies('hearth.interested_other', 'created_by', true);
-- The related client must be one the caller sees: otherwise the foreign key
-- would tell a hidden client from a nonexistent one.
SELECT hearth.policy_also_check('hearth.interested_other', '{transaction_add, transaction_change}',
	'interested_other.related_client_id IS NULL OR EXISTS (SELECT 1 FROM hearth.client r
	  WHERE r.id = interested_other.related_client_id)');

-- ---- files, the photo, the document check -------------------------------------------

CREATE TABLE hearth.client_file (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_id   bigint NOT NULL REFERENCES hearth.client,
	org_id      bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	created_by  bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 255),
	mime_type   text CHECK (length(mime_type) <= 255),
	description text CHECK (length(description) <= 500),
	data        bytea NOT NULL CHECK (octet_length(data) <= 10485760),
	size        integer GENERATED ALWAYS AS (octet_length(data)) STORED,
	restriction text NOT NULL DEFAULT 'none' CHECK (restriction IN ('none', 'organization', 'user')),
	created_at  timestamptz NOT NULL DEFAULT now(),
	updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX client_file_client ON hearth.client_file (client_id);
SELECT hearth.transaction_policies('hearth.client_file', 'created_by', true);

-- The photo is part of the intake: read by whoever sees the client; added,
-- replaced and removed only by the client's creating organization.
CREATE TABLE hearth.client_photo (
	client_id  bigint PRIMARY KEY REFERENCES hearth.client,
	mime_type  text CHECK (length(mime_type) <= 255),
	data       bytea NOT NULL CHECK (octet_length(data) <= 2097152),
	created_by bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now()
);
SELECT hearth.protect_table('hearth.client_photo', ARRAY['client_id', 'created_by']);
SELECT hearth.grant_table('hearth.client_photo', ARRAY['client_id', 'created_by'], true);
CREATE POLICY photo_read ON hearth.client_photo FOR SELECT TO hearth_user
	USING (EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = client_photo.client_id));
CREATE POLICY photo_add ON hearth.client_photo FOR INSERT TO hearth_user
	WITH CHECK (created_by = (SELECT hearth.current_user_id())
	            AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = client_photo.client_id
	                        AND c.created_org = (SELECT hearth.active_org())));
CREATE POLICY photo_change ON hearth.client_photo FOR UPDATE TO hearth_user
	USING (EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = client_photo.client_id
	               AND c.created_org = (SELECT hearth.active_org())))
	WITH CHECK (EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = client_photo.client_id
	                    AND c.created_org = (SELECT hearth.active_org())));
CREATE POLICY photo_remove ON hearth.client_photo FOR DELETE TO hearth_user
	USING (EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = client_photo.client_id
	               AND c.created_org = (SELECT hearth.active_org())));

-- The document check: sensitive documents (verification of disability,
-- diagnoses). Only the owning organization, about a client it sees; never
-- shared by MOU or release exception, whatever the restriction ('user':
-- its author only).
CREATE TABLE hearth.client_document (
	id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_id     bigint NOT NULL REFERENCES hearth.client,
	org_id        bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	created_by    bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	document_type text NOT NULL CHECK (document_type IN ('disability_verification', 'diagnosis',
	              'identification', 'income', 'other')),
	name          text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 255),
	mime_type     text CHECK (length(mime_type) <= 255),
	note          text CHECK (length(note) <= 2000),
	data          bytea NOT NULL CHECK (octet_length(data) <= 10485760),
	size          integer GENERATED ALWAYS AS (octet_length(data)) STORED,
	restriction   text NOT NULL DEFAULT 'none' CHECK (restriction IN ('none', 'organization', 'user')),
	created_at    timestamptz NOT NULL DEFAULT now(),
	updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX client_document_client ON hearth.client_document (client_id);
SELECT hearth.protect_table('hearth.client_document', ARRAY['client_id', 'org_id', 'created_by']);
SELECT hearth.grant_table('hearth.client_document', ARRAY['client_id', 'org_id', 'created_by'], true);
DO $$
DECLARE
	mine text := $rule$
		org_id = (SELECT hearth.active_org())
		AND (restriction <> 'user' OR created_by = (SELECT hearth.current_user_id()))
		AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = client_document.client_id)
	$rule$;
BEGIN
	EXECUTE format('CREATE POLICY document_read ON hearth.client_document FOR SELECT TO hearth_user USING (%s)', mine);
	EXECUTE format('CREATE POLICY document_add ON hearth.client_document FOR INSERT TO hearth_user
		WITH CHECK (%s AND created_by = (SELECT hearth.current_user_id()))', mine);
	EXECUTE format('CREATE POLICY document_change ON hearth.client_document FOR UPDATE TO hearth_user
		USING (%s) WITH CHECK (%s)', mine, mine);
	EXECUTE format('CREATE POLICY document_remove ON hearth.client_document FOR DELETE TO hearth_user USING (%s)', mine);
END $$;

-- ---- families -------------------------------------------------------------------

-- A family's stored name is optional: NULL means the default name, after the
-- head of household, which hearth.family_display computes through the
-- caller's own view of the head (a stored "Last, First - 1984" would show a
-- restricted head's name to everyone who sees another member).
ALTER TABLE hearth.family ALTER COLUMN name DROP NOT NULL;

-- The head is the member with relationship 1 (self), the lowest client id
-- among those the caller sees; a hidden head gives "Family N".
CREATE VIEW hearth.family_display WITH (security_invoker = true) AS
	SELECT f.id,
	       coalesce(f.name, h.name, 'Family ' || f.id) AS name,
	       f.name IS NULL AS is_default
	FROM hearth.family f
	LEFT JOIN LATERAL (
		SELECT coalesce(c.last_name, '') || ', ' || coalesce(c.first_name, '')
		       || coalesce(' - ' || to_char(c.birth_date, 'YYYY'), '') AS name
		FROM hearth.family_member m JOIN hearth.client c ON c.id = m.client_id
		WHERE m.family_id = f.id AND m.relationship_to_head = 1
		ORDER BY m.client_id
		LIMIT 1) h ON true;
GRANT SELECT ON hearth.family_display TO hearth_user;

-- The names a family had: written by the trigger below only (as hearth_owner),
-- read by whoever sees the family.
CREATE TABLE hearth.family_alias (
	id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	family_id  bigint NOT NULL REFERENCES hearth.family ON DELETE CASCADE,
	name       text NOT NULL,
	changed_at timestamptz NOT NULL DEFAULT now(),
	org_id     bigint NOT NULL REFERENCES hearth.organization,
	created_by bigint REFERENCES hearth.hmis_user
);
CREATE INDEX family_alias_family ON hearth.family_alias (family_id);
SELECT hearth.protect_table('hearth.family_alias', ARRAY['family_id', 'org_id', 'created_by']);
GRANT SELECT ON hearth.family_alias TO hearth_user;
CREATE POLICY family_alias_read ON hearth.family_alias FOR SELECT TO hearth_user
	USING (hearth.family_visible(family_id));

CREATE FUNCTION hearth.keep_family_name() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	INSERT INTO hearth.family_alias (family_id, name, org_id, created_by)
	VALUES (OLD.id, OLD.name, OLD.created_org, hearth.current_user_id());
	RETURN NULL;
END $$;
CREATE TRIGGER former_name AFTER UPDATE OF name ON hearth.family FOR EACH ROW
	WHEN (OLD.name IS NOT NULL AND OLD.name IS DISTINCT FROM NEW.name)
	EXECUTE FUNCTION hearth.keep_family_name();

-- A family case note: written under one member (client_id), who must be a
-- member of that family (a member row the caller sees, so a hidden family
-- fails like a nonexistent one).
ALTER TABLE hearth.case_note ADD COLUMN family_id bigint REFERENCES hearth.family;
CREATE INDEX case_note_family ON hearth.case_note (family_id) WHERE family_id IS NOT NULL;
GRANT INSERT (family_id), UPDATE (family_id) ON hearth.case_note TO hearth_user;
SELECT hearth.policy_also_check('hearth.case_note', '{transaction_add, transaction_change}',
	'case_note.family_id IS NULL OR EXISTS (SELECT 1 FROM hearth.family_member m
	  WHERE m.family_id = case_note.family_id AND m.client_id = case_note.client_id)');

-- ---- merging duplicate clients ------------------------------------------------------

-- Each merge, with what it moved (enough to undo it exactly): administrators
-- and auditors read it; only the functions below write it.
CREATE TABLE hearth.client_merge (
	id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	kept_id   bigint NOT NULL REFERENCES hearth.client,
	merged_id bigint NOT NULL REFERENCES hearth.client,
	moved     jsonb NOT NULL,
	merged_by bigint NOT NULL REFERENCES hearth.hmis_user,
	merged_at timestamptz NOT NULL DEFAULT now(),
	undone_by bigint REFERENCES hearth.hmis_user,
	undone_at timestamptz,
	CHECK (kept_id <> merged_id)
);
CREATE INDEX client_merge_kept ON hearth.client_merge (kept_id);
CREATE INDEX client_merge_merged ON hearth.client_merge (merged_id);
SELECT hearth.protect_table('hearth.client_merge',
	ARRAY['kept_id', 'merged_id', 'moved', 'merged_by', 'merged_at']);
GRANT SELECT ON hearth.client_merge TO hearth_user, hearth_auditor;
CREATE POLICY merge_read ON hearth.client_merge FOR SELECT TO hearth_user
	USING ((SELECT hearth.is_admin()));
CREATE POLICY auditor_read ON hearth.client_merge FOR SELECT TO hearth_auditor USING (true);

-- The columns that point at a client, other than those a merge handles by
-- itself: (table, column, primary key columns, whether the column is in the
-- primary key). From the catalog, so that later tables are covered.
CREATE FUNCTION hearth.client_references()
RETURNS TABLE (tbl regclass, col name, pk name[], col_in_pk boolean)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT c.conrelid::regclass, a.attname,
	       (SELECT array_agg(k.attname ORDER BY x.ord)
	        FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS x(attnum, ord)
	        JOIN pg_attribute k ON k.attrelid = i.indrelid AND k.attnum = x.attnum
	        WHERE i.indrelid = c.conrelid AND i.indisprimary),
	       EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indisprimary
	               AND a.attnum = ANY (i.indkey))
	FROM pg_constraint c
	JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
	WHERE c.contype = 'f' AND c.confrelid = 'hearth.client'::regclass
	  AND cardinality(c.conkey) = 1
	  AND c.conrelid NOT IN ('hearth.client'::regclass, 'hearth.client_merge'::regclass,
	                         'hearth.family_member'::regclass)
	ORDER BY c.conrelid::regclass::text, a.attname
$$;

CREATE FUNCTION hearth.require_merge_admin() RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF NOT hearth.is_admin() THEN
		RAISE EXCEPTION 'only a system administrator may merge clients'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
END $$;

-- The checks both functions make: an administrator, who sees both clients.
CREATE FUNCTION hearth.merge_check(keep bigint, drop bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM hearth.require_merge_admin();
	IF keep IS NULL OR drop IS NULL OR keep = drop THEN
		RAISE EXCEPTION 'a merge needs two different clients'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF NOT (hearth.client_visible(keep) AND hearth.client_visible(drop)) THEN
		RAISE EXCEPTION 'client % or client % is not one you can see', keep, drop
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	PERFORM 1 FROM hearth.client WHERE id IN (keep, drop) ORDER BY id FOR UPDATE;
END $$;

-- Merge client `drop` into `keep`: every row about drop becomes about keep
-- (including drop's family memberships, and interested others that name
-- drop), and drop is marked merged_into keep. Returns the merge's id.
CREATE FUNCTION hearth.merge_clients(keep bigint, drop bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r record;
	m record;
	ids jsonb;
	moved jsonb := '{}';
	members jsonb := '[]';
	dropped jsonb := '[]';
	merge_id bigint;
BEGIN
	PERFORM hearth.merge_check(keep, drop);
	IF EXISTS (SELECT 1 FROM hearth.client WHERE id IN (keep, drop) AND merged_into IS NOT NULL) THEN
		RAISE EXCEPTION 'client % or client % has already been merged into another', keep, drop
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	PERFORM set_config('hearth.merging', 'on', true);

	FOR r IN SELECT * FROM hearth.client_references() LOOP
		IF r.pk IS NULL THEN
			RAISE EXCEPTION 'cannot merge: % has no primary key to record the moved rows by', r.tbl;
		END IF;
		-- a row whose key holds the client stays when keep already has its twin
		EXECUTE format('WITH m AS (UPDATE %1$s t SET %2$I = $1 WHERE t.%2$I = $2 %3$s RETURNING %4$s)
		                SELECT jsonb_agg(to_jsonb(m)) FROM m',
			r.tbl, r.col,
			CASE WHEN r.col_in_pk THEN format('AND NOT EXISTS (SELECT 1 FROM %s o WHERE o.%I = $1 %s)',
				r.tbl, r.col, (SELECT string_agg(format('AND o.%1$I = t.%1$I', k), ' ')
				               FROM unnest(r.pk) k WHERE k <> r.col)) ELSE '' END,
			(SELECT string_agg(format('t.%I', k), ', ') FROM unnest(r.pk) k))
			USING keep, drop INTO ids;
		IF ids IS NOT NULL THEN
			moved := moved || jsonb_build_object(r.tbl::text || '.' || r.col, ids);
		END IF;
	END LOOP;

	-- Family memberships: where keep is in the family already, keep's row
	-- stays and drop's goes (kept whole in `moved`); a moved membership stops
	-- being current when keep has a current family.
	FOR m IN SELECT * FROM hearth.family_member WHERE client_id = drop ORDER BY family_id LOOP
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
	moved := moved || jsonb_build_object('family_member', members, 'family_member_dropped', dropped);

	UPDATE hearth.client SET merged_into = keep WHERE id = drop;
	INSERT INTO hearth.client_merge (kept_id, merged_id, moved, merged_by)
	VALUES (keep, drop, moved, hearth.current_user_id()) RETURNING id INTO merge_id;
	INSERT INTO hearth.audit_log (user_id, org_id, table_name, row_id, action, new_values)
	VALUES (hearth.current_user_id(), hearth.active_org(), 'client', drop::text, 'merge',
	        jsonb_build_object('merge_id', merge_id, 'merged_into', keep));
	PERFORM set_config('hearth.merging', '', true);
	RETURN merge_id;
END $$;

-- Undo a merge: the rows it moved go back to the merged client, the rows it
-- removed come back, and the client is no longer merged. Merges are undone
-- in the reverse order of those that involve the same clients.
CREATE FUNCTION hearth.undo_merge(merge_id bigint) RETURNS void
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
	-- The merged client may have been hidden by the merge itself (its release
	-- exceptions went to the kept one): every row to move back is now the
	-- kept client's, so that one is what the caller must see.
	IF NOT hearth.client_visible(g.kept_id) THEN
		RAISE EXCEPTION 'client % is not one you can see', g.kept_id
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
	         WHERE key NOT IN ('family_member', 'family_member_dropped') LOOP
		t := regexp_replace(r.key, '\.[^.]*$', '')::regclass;
		EXECUTE format('UPDATE %1$s t SET %2$I = $1 FROM jsonb_populate_recordset(NULL::%1$s, $3) k
		                WHERE t.%2$I = $2 AND %3$s',
			t, substring(r.key FROM '[^.]*$'),
			(SELECT string_agg(format('t.%1$I = k.%1$I', pk), ' AND ')
			 FROM unnest((SELECT array_agg(DISTINCT x) FROM jsonb_array_elements(r.value) e,
			                     jsonb_object_keys(e) x)) pk))
			USING g.merged_id, g.kept_id, r.value;
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

GRANT EXECUTE ON FUNCTION hearth.merge_clients(bigint, bigint), hearth.undo_merge(bigint)
	TO hearth_user;

-- ---- the client list --------------------------------------------------------------

CREATE OR REPLACE VIEW hearth.client_summary WITH (security_invoker = true) AS
	SELECT c.id, c.first_name, c.last_name, c.birth_date, c.intake_sharing,
	       o.name AS created_org_name,
	       (SELECT count(*) FROM hearth.case_note n WHERE n.client_id = c.id) AS case_notes,
	       (SELECT count(*) FROM hearth.enrollment e WHERE e.client_id = c.id AND e.exit_date IS NULL) AS open_enrollments,
	       c.merged_into
	FROM hearth.client c JOIN hearth.organization o ON o.id = c.created_org;
