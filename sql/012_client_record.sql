-- 012_client_record.sql: STUB. The record-schema branch writes the real
-- file (aliases, merges and more); this holds only what 013_search.sql
-- builds on, with the same names and rules, and is replaced at merge.
SET LOCAL ROLE hearth_owner;

ALTER TABLE hearth.client ADD COLUMN merged_into bigint REFERENCES hearth.client;

CREATE TABLE hearth.client_alias (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_id   bigint NOT NULL REFERENCES hearth.client,
	org_id      bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	created_by  bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	first_name  text CHECK (length(first_name) <= 50),
	middle_name text CHECK (length(middle_name) <= 50),
	last_name   text CHECK (length(last_name) <= 50),
	suffix      text CHECK (length(suffix) <= 10),
	alias_type  text NOT NULL DEFAULT 'alias' CHECK (alias_type IN ('alias', 'former')),
	begin_date  date,
	end_date    date,
	note        text CHECK (length(note) <= 2000),
	restriction text NOT NULL DEFAULT 'none' CHECK (restriction IN ('none', 'organization', 'user')),
	created_at  timestamptz NOT NULL DEFAULT now(),
	updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX client_alias_client ON hearth.client_alias (client_id);

SELECT hearth.transaction_policies('hearth.client_alias', 'created_by', true);
