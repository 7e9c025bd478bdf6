-- 019_client_alerts.sql: client alerts, the client-level notifications of
-- DESIGN.md ("a history of violence", "banned until 12/31", "ask for the
-- caseworker first"): seen by everyone who can see the client, written in an
-- organization's name, changed and removed only by that organization.
SET LOCAL ROLE hearth_owner;

CREATE TABLE hearth.client_alert (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_id   bigint NOT NULL REFERENCES hearth.client,
	org_id      bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	created_by  bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	alert       text NOT NULL CHECK (length(btrim(alert)) BETWEEN 1 AND 500),
	begin_date  date NOT NULL DEFAULT hearth.today(),
	end_date    date,
	created_at  timestamptz NOT NULL DEFAULT now(),
	updated_at  timestamptz NOT NULL DEFAULT now(),
	CHECK (end_date IS NULL OR end_date >= begin_date)
);
CREATE INDEX client_alert_client ON hearth.client_alert (client_id);

SELECT hearth.protect_table('hearth.client_alert', ARRAY['client_id', 'org_id', 'created_by']);
SELECT hearth.grant_table('hearth.client_alert', ARRAY['client_id', 'org_id', 'created_by'], true);

CREATE POLICY alert_read ON hearth.client_alert FOR SELECT TO hearth_user
	USING (EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = client_alert.client_id));
CREATE POLICY alert_add ON hearth.client_alert FOR INSERT TO hearth_user
	WITH CHECK (org_id = (SELECT hearth.active_org())
	            AND created_by = (SELECT hearth.current_user_id())
	            AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = client_alert.client_id));
CREATE POLICY alert_change ON hearth.client_alert FOR UPDATE TO hearth_user
	USING (org_id = (SELECT hearth.active_org()))
	WITH CHECK (org_id = (SELECT hearth.active_org()));
CREATE POLICY alert_remove ON hearth.client_alert FOR DELETE TO hearth_user
	USING (org_id = (SELECT hearth.active_org()));
