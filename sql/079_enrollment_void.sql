-- 079_enrollment_void.sql: deleting an enrollment made by mistake.
--
-- 006 gives no user DELETE on enrollments: a real delete would change the
-- rows that name the enrollment (their enrollment set to null), some of
-- which the deleter may not see, and whether it worked would tell of them.
-- So Delete marks it instead, as HUD's CSV does (DateDeleted): the row stays,
-- with everything that names it, and leaves the lists, the lookups and the
-- rules about open stays. Its follow-ups not yet done go with it, as far as
-- the deleter may delete them. Marking is changing the enrollment: the same
-- organization (a 'user' enrollment its author) may do it, and undo it.
SET LOCAL ROLE hearth_owner;

ALTER TABLE hearth.enrollment ADD COLUMN date_deleted timestamptz;
GRANT UPDATE (date_deleted) ON hearth.enrollment TO hearth_user;

-- A deleted enrollment takes no place in its program: the client may be
-- enrolled there again for that time.
ALTER TABLE hearth.enrollment DROP CONSTRAINT enrollment_no_overlap;
ALTER TABLE hearth.enrollment ADD CONSTRAINT enrollment_no_overlap
	EXCLUDE USING gist (client_id WITH =, program_id WITH =,
	                    daterange(entry_date, exit_date, '[)') WITH &&)
	WHERE (date_deleted IS NULL);

-- Its open follow-ups, those the caller may delete (as the caller).
CREATE FUNCTION hearth.enrollment_voided() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	DELETE FROM hearth.task WHERE enrollment_id = NEW.id AND done_date IS NULL;
	RETURN NULL;
END $$;
CREATE TRIGGER enrollment_voided AFTER UPDATE OF date_deleted ON hearth.enrollment
	FOR EACH ROW WHEN (OLD.date_deleted IS NULL AND NEW.date_deleted IS NOT NULL)
	EXECUTE FUNCTION hearth.enrollment_voided();

-- The lists: as 071's, without the deleted.
CREATE OR REPLACE VIEW hearth.enrollment_list WITH (security_invoker = true) AS
	SELECT e.id, e.client_id, e.program_id, p.name AS program, o.name AS organization,
	       e.entry_date, e.exit_date, e.relationship_to_hoh,
	       coalesce(nullif(u.full_name, ''), u.username) AS case_manager,
	       coalesce(e.exit_date, hearth.today()) - e.entry_date AS days_enrolled,
	       e.case_id, e.household_id, e.destination
	FROM hearth.enrollment e
	JOIN hearth.program p ON p.id = e.program_id
	JOIN hearth.organization o ON o.id = e.org_id
	LEFT JOIN hearth.hmis_user u ON u.id = e.case_manager_id
	WHERE e.date_deleted IS NULL;

-- Exit the case: as 071's, but never a deleted enrollment.
CREATE OR REPLACE FUNCTION hearth.exit_case(enrollment bigint, exit date, destination smallint, subsidy smallint)
RETURNS integer
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
	c bigint;
	n integer;
	cname text;
BEGIN
	SELECT e.case_id INTO c FROM hearth.enrollment e WHERE e.id = $1;
	IF c IS NULL THEN
		RETURN 0;
	END IF;
	BEGIN
		UPDATE hearth.enrollment e
		SET exit_date = $2, destination = $3, destination_subsidy_type = $4
		WHERE e.case_id = c AND e.exit_date IS NULL AND e.date_deleted IS NULL;
		GET DIAGNOSTICS n = ROW_COUNT;
	EXCEPTION WHEN check_violation THEN
		GET STACKED DIAGNOSTICS cname = CONSTRAINT_NAME;
		IF cname = 'enrollment_check' THEN
			RAISE EXCEPTION 'the exit date % is before the entry date of someone in this household: choose a later exit date', $2
				USING ERRCODE = 'check_violation';
		END IF;
		RAISE;
	END;
	RETURN n;
END $$;
