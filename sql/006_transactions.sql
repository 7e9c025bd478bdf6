-- 006_transactions.sql: programs and grants (the provider directory), and
-- the transactions kept about a client: enrollments, services, assessments,
-- case notes. Every transaction table gets the same rules from
-- hearth.transaction_policies.
SET LOCAL ROLE hearth_owner;

CREATE TABLE hearth.program (
	id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	org_id       bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	name         text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
	project_type smallint,
	begin_date   date,
	end_date     date,
	created_at   timestamptz NOT NULL DEFAULT now(),
	updated_at   timestamptz NOT NULL DEFAULT now(),
	UNIQUE (id, org_id)
);
CREATE INDEX program_org ON hearth.program (org_id);

CREATE TABLE hearth."grant" (
	id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	org_id     bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	program_id bigint REFERENCES hearth.program,
	name       text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
	funder     text,
	begin_date date,
	end_date   date,
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now()
);

-- The directory: everybody reads it, each organization keeps its own. Programs
-- and grants end (end_date) rather than go: a delete would fail, or not,
-- depending on enrollments the caller cannot see.
DO $$
DECLARE t regclass;
BEGIN
	FOREACH t IN ARRAY ARRAY['hearth.program', 'hearth."grant"']::regclass[] LOOP
		PERFORM hearth.protect_table(t, ARRAY['org_id']);
		PERFORM hearth.grant_table(t, ARRAY['org_id'], false);
		EXECUTE format('CREATE POLICY directory_read ON %s FOR SELECT TO hearth_user USING (true)', t);
		EXECUTE format('CREATE POLICY directory_write ON %s FOR ALL TO hearth_user
			USING (org_id = (SELECT hearth.active_org()))
			WITH CHECK (org_id = (SELECT hearth.active_org()))', t);
	END LOOP;
END $$;

CREATE TABLE hearth.enrollment (
	id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_id           bigint NOT NULL REFERENCES hearth.client,
	org_id              bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	program_id          bigint NOT NULL,
	entry_date          date NOT NULL DEFAULT hearth.today(),
	exit_date           date,
	relationship_to_hoh smallint CHECK (relationship_to_hoh IN (1, 2, 3, 4, 5, 8, 9, 99)),
	household_id        text CHECK (length(household_id) <= 32),
	restriction         text NOT NULL DEFAULT 'none' CHECK (restriction IN ('none', 'organization', 'user')),
	created_by          bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	created_at          timestamptz NOT NULL DEFAULT now(),
	updated_at          timestamptz NOT NULL DEFAULT now(),
	CHECK (exit_date IS NULL OR exit_date >= entry_date),
	-- an organization enrolls into its own programs
	FOREIGN KEY (program_id, org_id) REFERENCES hearth.program (id, org_id)
);
CREATE INDEX enrollment_client ON hearth.enrollment (client_id);

CREATE TABLE hearth.service (
	id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_id     bigint NOT NULL REFERENCES hearth.client,
	org_id        bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	enrollment_id bigint REFERENCES hearth.enrollment ON DELETE SET NULL (enrollment_id),
	service_date  date NOT NULL DEFAULT hearth.today(),
	service_type  text NOT NULL CHECK (length(service_type) BETWEEN 1 AND 100),
	quantity      numeric(10, 2) NOT NULL DEFAULT 1 CHECK (quantity >= 0),
	note          text CHECK (length(note) <= 2000),
	restriction   text NOT NULL DEFAULT 'none' CHECK (restriction IN ('none', 'organization', 'user')),
	created_by    bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	created_at    timestamptz NOT NULL DEFAULT now(),
	updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX service_client ON hearth.service (client_id);

CREATE TABLE hearth.assessment (
	id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_id        bigint NOT NULL REFERENCES hearth.client,
	org_id           bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	enrollment_id    bigint REFERENCES hearth.enrollment ON DELETE SET NULL (enrollment_id),
	assessment_date  date NOT NULL DEFAULT hearth.today(),
	assessment_type  text NOT NULL CHECK (length(assessment_type) BETWEEN 1 AND 100),
	score            integer,
	answers          jsonb NOT NULL DEFAULT '{}',
	restriction      text NOT NULL DEFAULT 'none' CHECK (restriction IN ('none', 'organization', 'user')),
	created_by       bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	created_at       timestamptz NOT NULL DEFAULT now(),
	updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_client ON hearth.assessment (client_id);

CREATE TABLE hearth.case_note (
	id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_id     bigint NOT NULL REFERENCES hearth.client,
	org_id        bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	author_id     bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	note_date     date NOT NULL DEFAULT hearth.today(),
	title         text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
	body          text NOT NULL DEFAULT '' CHECK (length(body) <= 100000),
	read_only     boolean NOT NULL DEFAULT false,
	restriction   text NOT NULL DEFAULT 'none' CHECK (restriction IN ('none', 'organization', 'user')),
	enrollment_id bigint REFERENCES hearth.enrollment ON DELETE SET NULL (enrollment_id),
	created_at    timestamptz NOT NULL DEFAULT now(),
	updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_note_client ON hearth.case_note (client_id);

-- The transaction rules, for a table with client_id, org_id, restriction and
-- an author column (and optionally enrollment_id):
--  read:   its own organization (a 'user' row: its author only); another
--          organization when the row is unrestricted, the client is visible
--          to it, and the client's MOU joins both organizations today or an
--          active release exception on the client grants from one to the other;
--  add:    only as the active organization and the caller, about a visible
--          client, against an enrollment of the same client and organization;
--  change and delete: its own organization ('user' rows: the author);
--          delete only where may_delete (a row that others may point at, as
--          an enrollment, is ended instead: deleting it would reach rows the
--          caller cannot see).
CREATE FUNCTION hearth.transaction_policies(tbl regclass, author text, may_delete boolean)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t text := (SELECT relname FROM pg_class WHERE oid = tbl);
	mine text;
	shared text;
	enrollment text := 'true';
	owner_is_caller text;
BEGIN
	mine := format('%1$I.org_id = (SELECT hearth.active_org())
		AND (%1$I.restriction <> ''user'' OR %1$I.%2$I = (SELECT hearth.current_user_id()))', t, author);
	-- The first test is a cheap filter on the row alone (an organization
	-- that shares nothing with the reader); the EXISTS asks the client's own
	-- policy and pairs the client's MOU, or an exception on it, with the row's
	-- organization. Every sub-select is computed once a query.
	shared := format('%1$I.restriction = ''none''
		AND (%1$I.org_id IN (SELECT p.org_id FROM hearth.mou_partners() p)
		     OR %1$I.client_id IN (SELECT g.client_id FROM hearth.release_grants() g))
		AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = %1$I.client_id
		    AND ((c.mou_id, %1$I.org_id) IN (SELECT p.mou_id, p.org_id FROM hearth.mou_partners() p)
		         OR (c.id, %1$I.org_id) IN (SELECT g.client_id, g.granting_org FROM hearth.release_grants() g)))', t);
	IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = tbl AND attname = 'enrollment_id') THEN
		enrollment := format('(%1$I.enrollment_id IS NULL OR EXISTS (
			SELECT 1 FROM hearth.enrollment e WHERE e.id = %1$I.enrollment_id
			AND e.client_id = %1$I.client_id AND e.org_id = %1$I.org_id))', t);
	END IF;
	owner_is_caller := format('(%1$I.org_id = (SELECT hearth.active_org())
		AND %1$I.%2$I = (SELECT hearth.current_user_id()))', t, author);

	PERFORM hearth.protect_table(tbl, ARRAY['client_id', 'org_id', author]);
	PERFORM hearth.grant_table(tbl, ARRAY['client_id', 'org_id', author], may_delete);
	EXECUTE format('CREATE POLICY transaction_read ON %s FOR SELECT TO hearth_user USING ((%s) OR (%s))',
	               tbl, mine, shared);
	EXECUTE format('CREATE POLICY transaction_add ON %s FOR INSERT TO hearth_user WITH CHECK (%s
		AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = %I.client_id) AND %s)',
	               tbl, owner_is_caller, t, enrollment);
	EXECUTE format('CREATE POLICY transaction_change ON %s FOR UPDATE TO hearth_user USING (%s) WITH CHECK (%s AND %s)',
	               tbl, mine, mine, enrollment);
	EXECUTE format('CREATE POLICY transaction_remove ON %s FOR DELETE TO hearth_user USING (%s)',
	               tbl, mine);
END $$;

SELECT hearth.transaction_policies('hearth.enrollment', 'created_by', false);
SELECT hearth.transaction_policies('hearth.service', 'created_by', true);
SELECT hearth.transaction_policies('hearth.assessment', 'created_by', true);
SELECT hearth.transaction_policies('hearth.case_note', 'author_id', true);

-- A read-only case note is frozen: no change but clearing the flag (which
-- only its own organization can reach, by the policies), and no delete.
CREATE FUNCTION hearth.case_note_read_only() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF OLD.read_only AND (TG_OP = 'DELETE' OR NEW.read_only
	       OR to_jsonb(NEW) - 'read_only' - 'updated_at'
	          IS DISTINCT FROM to_jsonb(OLD) - 'read_only' - 'updated_at') THEN
		RAISE EXCEPTION 'case note % is read-only: clear the read-only mark first', OLD.id
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER read_only BEFORE UPDATE OR DELETE ON hearth.case_note
	FOR EACH ROW EXECUTE FUNCTION hearth.case_note_read_only();
