-- 077_enrollment_assessments.sql: an enrollment's entry and exit assessments
-- (the master assessments its entry and its exit were taken with).
--
-- An enrollment names at most one entry and one exit assessment: the
-- client's own, of the enrollment's organization, seen by the caller, taken
-- at that collection point (or at none yet), and not another enrollment's.
-- Naming one ties it to the enrollment (its enrollment, stage and program,
-- where it had none), so that the data elements started from it are the
-- enrollment's. Clearing the name detaches it; the assessment stays.
SET LOCAL ROLE hearth_owner;

ALTER TABLE hearth.enrollment
	ADD COLUMN entry_assessment_id bigint
		REFERENCES hearth.assessment ON DELETE SET NULL (entry_assessment_id),
	ADD COLUMN exit_assessment_id bigint
		REFERENCES hearth.assessment ON DELETE SET NULL (exit_assessment_id),
	ADD CONSTRAINT enrollment_two_assessments
		CHECK (entry_assessment_id IS DISTINCT FROM exit_assessment_id
		       OR entry_assessment_id IS NULL);
CREATE INDEX enrollment_entry_assessment ON hearth.enrollment (entry_assessment_id)
	WHERE entry_assessment_id IS NOT NULL;
CREATE INDEX enrollment_exit_assessment ON hearth.enrollment (exit_assessment_id)
	WHERE exit_assessment_id IS NOT NULL;
GRANT INSERT (entry_assessment_id, exit_assessment_id),
      UPDATE (entry_assessment_id, exit_assessment_id) ON hearth.enrollment TO hearth_user;

-- Whether `assessment` may be named as the enrollment's assessment at
-- collection point `stage` (1 entry, 3 exit); raises the reason when not.
-- With the caller's rights: a hidden assessment is refused like a missing
-- one. Asked only when the name changes, so that an assessment hidden
-- since keeps its place when something else is changed.
CREATE FUNCTION hearth.enrollment_assessment_check(e hearth.enrollment, assessment bigint,
                                                   stage smallint)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	a record;
	what text := CASE stage WHEN 1 THEN 'entry' ELSE 'exit' END;
BEGIN
	SELECT x.client_id, x.org_id, x.enrollment_id, x.data_collection_stage INTO a
	FROM hearth.assessment x WHERE x.id = assessment;
	IF NOT FOUND OR a.client_id <> e.client_id THEN
		RAISE EXCEPTION 'the % assessment is not one of this client''s that you can see', what
			USING ERRCODE = 'foreign_key_violation';
	ELSIF a.org_id <> e.org_id THEN
		RAISE EXCEPTION 'the % assessment is another organization''s; take one of your own', what
			USING ERRCODE = 'check_violation';
	ELSIF a.enrollment_id IS NOT NULL AND a.enrollment_id <> e.id THEN
		RAISE EXCEPTION 'the % assessment was taken in another enrollment', what
			USING ERRCODE = 'check_violation';
	ELSIF a.data_collection_stage IS NOT NULL AND a.data_collection_stage <> stage THEN
		RAISE EXCEPTION 'the % assessment was taken at another collection point than the %',
			what, CASE stage WHEN 1 THEN 'project start' ELSE 'project exit' END
			USING ERRCODE = 'check_violation';
	END IF;
END $$;
-- (asked by the trigger below as the caller, who must be allowed to run it;
-- called directly it tells nothing the caller could not read)
GRANT EXECUTE ON FUNCTION hearth.enrollment_assessment_check(hearth.enrollment, bigint, smallint)
	TO hearth_user;

CREATE FUNCTION hearth.enrollment_assessments() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF NEW.entry_assessment_id IS NOT NULL AND (TG_OP = 'INSERT'
	   OR NEW.entry_assessment_id IS DISTINCT FROM OLD.entry_assessment_id) THEN
		PERFORM hearth.enrollment_assessment_check(NEW, NEW.entry_assessment_id, 1::smallint);
	END IF;
	IF NEW.exit_assessment_id IS NOT NULL AND (TG_OP = 'INSERT'
	   OR NEW.exit_assessment_id IS DISTINCT FROM OLD.exit_assessment_id) THEN
		PERFORM hearth.enrollment_assessment_check(NEW, NEW.exit_assessment_id, 3::smallint);
	END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER enrollment_assessments BEFORE INSERT OR UPDATE OF entry_assessment_id,
	exit_assessment_id ON hearth.enrollment
	FOR EACH ROW EXECUTE FUNCTION hearth.enrollment_assessments();

-- Tie a newly named assessment to the enrollment (after the row exists, for
-- the reference). As the caller: an assessment they may not change keeps
-- what it said.
CREATE FUNCTION hearth.enrollment_assessments_tie() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	UPDATE hearth.assessment a
	SET enrollment_id = NEW.id,
	    data_collection_stage = coalesce(a.data_collection_stage,
	                                     CASE WHEN a.id = NEW.entry_assessment_id THEN 1 ELSE 3 END),
	    program_id = coalesce(a.program_id, NEW.program_id)
	WHERE a.id IN (NEW.entry_assessment_id, NEW.exit_assessment_id)
	  AND (a.enrollment_id IS NULL OR a.data_collection_stage IS NULL OR a.program_id IS NULL);
	RETURN NULL;
END $$;
CREATE TRIGGER enrollment_assessments_tie AFTER INSERT OR UPDATE OF entry_assessment_id,
	exit_assessment_id ON hearth.enrollment
	FOR EACH ROW EXECUTE FUNCTION hearth.enrollment_assessments_tie();
