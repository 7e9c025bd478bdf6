-- 011_case_managers.sql: case managers: who works with a client. A
-- transaction like any other (its organization's, shared by the same rules).
-- The user who completes an intake becomes its first case manager.
SET LOCAL ROLE hearth_owner;

CREATE TABLE hearth.case_manager (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_id   bigint NOT NULL REFERENCES hearth.client,
	org_id      bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	user_id     bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	begin_date  date NOT NULL DEFAULT hearth.today(),
	end_date    date,
	restriction text NOT NULL DEFAULT 'none' CHECK (restriction IN ('none', 'organization', 'user')),
	created_by  bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	created_at  timestamptz NOT NULL DEFAULT now(),
	updated_at  timestamptz NOT NULL DEFAULT now(),
	CHECK (end_date IS NULL OR end_date >= begin_date)
);
CREATE INDEX case_manager_client ON hearth.case_manager (client_id);
CREATE INDEX case_manager_user ON hearth.case_manager (user_id) WHERE end_date IS NULL;

SELECT hearth.transaction_policies('hearth.case_manager', 'created_by', true);

-- The intake's author becomes the client's case manager, in the same
-- statement, as the same user (so the policies apply to it too).
CREATE FUNCTION hearth.assign_intake_case_manager() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	INSERT INTO hearth.case_manager (client_id, org_id, user_id, created_by)
	VALUES (NEW.id, NEW.created_org, NEW.created_by, NEW.created_by);
	RETURN NULL;
END $$;
CREATE TRIGGER assign_case_manager AFTER INSERT ON hearth.client
	FOR EACH ROW EXECUTE FUNCTION hearth.assign_intake_case_manager();
