-- 010_paused.sql: paused operations: an unfinished form or workflow, kept
-- with what was typed, to resume later. A user's own are theirs alone; one
-- about a client (a paused workflow) is seen, resumed or deleted by every
-- user who can see that client.
SET LOCAL ROLE hearth_owner;

CREATE TABLE hearth.paused_operation (
	id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	user_id    bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	org_id     bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	client_id  bigint REFERENCES hearth.client,
	form       text NOT NULL CHECK (form ~ '^[a-z0-9_/-]{1,100}$'),
	title      text NOT NULL CHECK (length(title) <= 200),
	step       integer NOT NULL DEFAULT 1 CHECK (step >= 1),
	entries    jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(entries) = 'object'),
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX paused_operation_user ON hearth.paused_operation (user_id);
CREATE INDEX paused_operation_client ON hearth.paused_operation (client_id) WHERE client_id IS NOT NULL;

SELECT hearth.protect_table('hearth.paused_operation', ARRAY['user_id', 'org_id', 'client_id']);
SELECT hearth.grant_table('hearth.paused_operation', ARRAY['user_id', 'org_id', 'client_id'], true);

CREATE POLICY paused_read ON hearth.paused_operation FOR SELECT TO hearth_user
	USING (user_id = (SELECT hearth.current_user_id())
	       OR (client_id IS NOT NULL
	           AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = paused_operation.client_id)));
CREATE POLICY paused_add ON hearth.paused_operation FOR INSERT TO hearth_user
	WITH CHECK (user_id = (SELECT hearth.current_user_id())
	            AND org_id = (SELECT hearth.active_org())
	            AND (client_id IS NULL
	                 OR EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = paused_operation.client_id)));
CREATE POLICY paused_change ON hearth.paused_operation FOR UPDATE TO hearth_user
	USING (user_id = (SELECT hearth.current_user_id()))
	WITH CHECK (user_id = (SELECT hearth.current_user_id()));
CREATE POLICY paused_remove ON hearth.paused_operation FOR DELETE TO hearth_user
	USING (user_id = (SELECT hearth.current_user_id())
	       OR (client_id IS NOT NULL
	           AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = paused_operation.client_id)));
