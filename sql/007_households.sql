-- 007_households.sql: families (households) and their members. A family is
-- seen by whoever sees one of its members (and by its creator); a member row
-- by whoever sees that client.
SET LOCAL ROLE hearth_owner;

CREATE TABLE hearth.family (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
	created_org bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	created_by  bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	created_at  timestamptz NOT NULL DEFAULT now(),
	updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE hearth.family_member (
	family_id           bigint NOT NULL REFERENCES hearth.family ON DELETE CASCADE,
	client_id           bigint NOT NULL REFERENCES hearth.client,
	relationship_to_head smallint NOT NULL DEFAULT 99
	                    CHECK (relationship_to_head IN (1, 2, 3, 4, 5, 8, 9, 99)),
	is_current          boolean NOT NULL DEFAULT true,
	org_id              bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	created_by          bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	created_at          timestamptz NOT NULL DEFAULT now(),
	updated_at          timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (family_id, client_id)
);
CREATE INDEX family_member_client ON hearth.family_member (client_id);
-- one current (primary) family a client
CREATE UNIQUE INDEX family_member_current ON hearth.family_member (client_id) WHERE is_current;

SELECT hearth.protect_table('hearth.family', ARRAY['created_org', 'created_by']);
SELECT hearth.grant_table('hearth.family', ARRAY['created_org', 'created_by'], false);
SELECT hearth.protect_table('hearth.family_member', ARRAY['family_id', 'client_id', 'org_id', 'created_by']);
SELECT hearth.grant_table('hearth.family_member', ARRAY['family_id', 'client_id', 'org_id', 'created_by'], true);

CREATE POLICY family_read ON hearth.family FOR SELECT TO hearth_user
	USING (created_org = (SELECT hearth.active_org())
	       OR EXISTS (SELECT 1 FROM hearth.family_member m WHERE m.family_id = family.id));
CREATE POLICY family_add ON hearth.family FOR INSERT TO hearth_user
	WITH CHECK (created_org = (SELECT hearth.active_org())
	            AND created_by = (SELECT hearth.current_user_id()));
CREATE POLICY family_change ON hearth.family FOR UPDATE TO hearth_user
	USING (created_org = (SELECT hearth.active_org()))
	WITH CHECK (created_org = (SELECT hearth.active_org()));

-- Whether the caller sees the family: its creator, or whoever sees one of
-- its members. A function (as hearth_owner) because the member policy asks
-- about the family, whose policy asks about its members.
CREATE FUNCTION hearth.family_visible(fam bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT EXISTS (SELECT 1 FROM hearth.family f WHERE f.id = fam
	               AND (f.created_org = hearth.active_org()
	                    OR EXISTS (SELECT 1 FROM hearth.family_member m
	                               WHERE m.family_id = f.id
	                                 AND hearth.client_visible(m.client_id))))
$$;
GRANT EXECUTE ON FUNCTION hearth.family_visible(bigint) TO hearth_user;

CREATE POLICY member_read ON hearth.family_member FOR SELECT TO hearth_user
	USING (EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = family_member.client_id));
CREATE POLICY member_add ON hearth.family_member FOR INSERT TO hearth_user
	WITH CHECK (org_id = (SELECT hearth.active_org())
	            AND created_by = (SELECT hearth.current_user_id())
	            AND EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = family_member.client_id)
	            AND hearth.family_visible(family_member.family_id));
CREATE POLICY member_change ON hearth.family_member FOR UPDATE TO hearth_user
	USING (org_id = (SELECT hearth.active_org()))
	WITH CHECK (org_id = (SELECT hearth.active_org()));
CREATE POLICY member_remove ON hearth.family_member FOR DELETE TO hearth_user
	USING (org_id = (SELECT hearth.active_org()));

-- The client list as the caller may see it, for analysts in psql. Like every
-- view here, it runs with the caller's rights (security_invoker).
CREATE VIEW hearth.client_summary WITH (security_invoker = true) AS
	SELECT c.id, c.first_name, c.last_name, c.birth_date, c.intake_sharing,
	       o.name AS created_org_name,
	       (SELECT count(*) FROM hearth.case_note n WHERE n.client_id = c.id) AS case_notes,
	       (SELECT count(*) FROM hearth.enrollment e WHERE e.client_id = c.id AND e.exit_date IS NULL) AS open_enrollments
	FROM hearth.client c JOIN hearth.organization o ON o.id = c.created_org;
GRANT SELECT ON hearth.client_summary TO hearth_user;
