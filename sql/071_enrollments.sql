-- 071_enrollments.sql: enrollments as HUD counts them — households (cases)
-- with one head, a grant, a case manager, an exit destination — the rules
-- the database keeps about them whoever writes, follow-up tasks, and the
-- lists the screens show.
--
-- A case is the household of HUD's HouseholdID: the enrollment that opened
-- it (case_id = its own id) and the members who joined it, all in the same
-- program and organization. Every rule that asks whether something is
-- "visible" runs with the caller's rights, so that it sees what the caller
-- sees and can tell nobody more.
SET LOCAL ROLE hearth_owner;

ALTER TABLE hearth.enrollment
	ADD COLUMN case_id bigint REFERENCES hearth.enrollment,
	ADD COLUMN grant_id bigint REFERENCES hearth."grant",
	ADD COLUMN case_manager_id bigint DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	ADD COLUMN follow_up_days smallint CHECK (follow_up_days IN (30, 60, 90)),
	ADD COLUMN destination smallint CHECK (destination IN (8, 9, 17, 24, 30, 37, 99,
		101, 116, 118, 204, 205, 206, 207, 215, 225, 302, 312, 313, 314, 327, 329, 332,
		410, 411, 421, 422, 423, 426, 435)),
	ADD COLUMN destination_subsidy_type smallint CHECK (destination_subsidy_type IN (419, 420,
		428, 431, 433, 434, 436, 437, 438, 439, 440)),
	ADD COLUMN other_destination text CHECK (length(other_destination) <= 50);
GRANT INSERT (case_id, grant_id, case_manager_id, follow_up_days, destination,
              destination_subsidy_type, other_destination),
      UPDATE (case_id, grant_id, case_manager_id, follow_up_days, destination,
              destination_subsidy_type, other_destination) ON hearth.enrollment TO hearth_user;

-- Enrollments made before cases: the members of a household (same
-- organization, program, household id and entry) join its head's case;
-- every other one opens its own, as head when nothing else was said.
UPDATE hearth.enrollment e SET case_id = coalesce(
	(SELECT min(h.id) FROM hearth.enrollment h
	 WHERE h.org_id = e.org_id AND h.program_id = e.program_id AND h.household_id = e.household_id
	   AND h.entry_date = e.entry_date AND h.relationship_to_hoh = 1), e.id);
UPDATE hearth.enrollment SET relationship_to_hoh = 1
WHERE case_id = id AND relationship_to_hoh IS NULL;
UPDATE hearth.enrollment SET household_id = 'H' || case_id WHERE household_id IS NULL;

CREATE INDEX enrollment_case ON hearth.enrollment (case_id);
-- at most one head of household a case (at least one: the trigger below)
CREATE UNIQUE INDEX enrollment_one_head ON hearth.enrollment (case_id) WHERE relationship_to_hoh = 1;
-- a client is never enrolled twice in one program at the same time
ALTER TABLE hearth.enrollment ADD CONSTRAINT enrollment_no_overlap
	EXCLUDE USING gist (client_id WITH =, program_id WITH =,
	                    daterange(entry_date, exit_date, '[)') WITH &&);

-- ---- opening and joining a case (before the row is written) ---------------

-- A new enrollment without a case opens its own (and heads it unless told
-- otherwise). One that joins a case must see the case's enrollment, and
-- joins it in the same program and organization. A hidden case and one that
-- does not exist are refused alike.
CREATE FUNCTION hearth.enrollment_case() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	c record;
BEGIN
	IF TG_OP = 'INSERT' AND NEW.case_id IS NULL THEN
		NEW.case_id := NEW.id;
		NEW.relationship_to_hoh := coalesce(NEW.relationship_to_hoh, 1);
	ELSIF NEW.case_id IS NULL THEN
		RAISE EXCEPTION 'an enrollment belongs to a case' USING ERRCODE = 'not_null_violation';
	ELSIF NEW.case_id <> NEW.id AND (TG_OP = 'INSERT' OR NEW.case_id IS DISTINCT FROM OLD.case_id
	      OR NEW.program_id IS DISTINCT FROM OLD.program_id) THEN
		-- with the caller's rights: only a case they can see
		SELECT e.case_id, e.program_id, e.org_id, e.household_id INTO c
		FROM hearth.enrollment e WHERE e.id = NEW.case_id;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'there is no enrollment % that you can see to join', NEW.case_id
				USING ERRCODE = 'foreign_key_violation';
		END IF;
		IF c.program_id <> NEW.program_id OR c.org_id <> NEW.org_id THEN
			RAISE EXCEPTION 'a household member is enrolled in the same program and organization as the household'
				USING ERRCODE = 'check_violation';
		END IF;
		-- the case is the enrollment that opened it
		NEW.case_id := c.case_id;
		IF NEW.household_id IS NULL THEN
			NEW.household_id := c.household_id;
		END IF;
	END IF;
	IF NEW.household_id IS NULL THEN
		NEW.household_id := 'H' || NEW.case_id;
	END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER case_open BEFORE INSERT OR UPDATE ON hearth.enrollment
	FOR EACH ROW EXECUTE FUNCTION hearth.enrollment_case();

-- ---- the program, the grant, the case manager (after the policies) ----------

-- After the row passed the policies (so that a refused write says so, and
-- not something about the directory): the program operates on the entry
-- date, the grant is the program's and open that day, the case manager works
-- in the enrollment's organization. The directory and memberships are
-- public, so these say nothing about anybody's clients.
CREATE FUNCTION hearth.enrollment_rules() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	p record;
	g record;
	changed boolean := TG_OP = 'INSERT';
BEGIN
	IF changed OR NEW.program_id IS DISTINCT FROM OLD.program_id
	   OR NEW.entry_date IS DISTINCT FROM OLD.entry_date THEN
		SELECT name, begin_date, end_date INTO p FROM hearth.program WHERE id = NEW.program_id;
		IF p.begin_date > NEW.entry_date OR p.end_date < NEW.entry_date THEN
			RAISE EXCEPTION 'program "%" does not operate on %', p.name, NEW.entry_date
				USING ERRCODE = 'check_violation',
				      HINT = format('It operates from %s to %s.', coalesce(p.begin_date::text, 'always'),
				                    coalesce(p.end_date::text, 'today'));
		END IF;
	END IF;
	IF NEW.grant_id IS NOT NULL AND (changed OR NEW.grant_id IS DISTINCT FROM OLD.grant_id
	   OR NEW.program_id IS DISTINCT FROM OLD.program_id OR NEW.entry_date IS DISTINCT FROM OLD.entry_date) THEN
		SELECT name, program_id, begin_date, end_date INTO g FROM hearth."grant" WHERE id = NEW.grant_id;
		IF g.program_id IS DISTINCT FROM NEW.program_id THEN
			RAISE EXCEPTION 'grant "%" does not fund this enrollment''s program', g.name
				USING ERRCODE = 'check_violation';
		END IF;
		IF g.begin_date > NEW.entry_date OR g.end_date < NEW.entry_date THEN
			RAISE EXCEPTION 'grant "%" is not open on %', g.name, NEW.entry_date
				USING ERRCODE = 'check_violation';
		END IF;
	END IF;
	IF NEW.case_manager_id IS NOT NULL AND (changed OR NEW.case_manager_id IS DISTINCT FROM OLD.case_manager_id) THEN
		IF NOT EXISTS (SELECT 1 FROM hearth.membership m
		               WHERE m.user_id = NEW.case_manager_id AND m.org_id = NEW.org_id) THEN
			RAISE EXCEPTION 'the case manager is not a member of the enrollment''s organization'
				USING ERRCODE = 'check_violation';
		END IF;
	END IF;
	RETURN NULL;
END $$;
-- (named after the foreign keys' triggers, which run first: an id that
-- does not exist is a foreign-key error, as before)
CREATE TRIGGER enrollment_rules AFTER INSERT OR UPDATE ON hearth.enrollment
	FOR EACH ROW EXECUTE FUNCTION hearth.enrollment_rules();

-- ---- one head of household (at the end of the transaction) -----------------

-- A case with members has a head. Checked at commit, so that the head and
-- the members can be written in any order; counting every row of the case,
-- seen or not (as the owner: the error names only the case).
CREATE FUNCTION hearth.enrollment_case_head() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	c bigint;
BEGIN
	FOREACH c IN ARRAY ARRAY[CASE WHEN TG_OP <> 'DELETE' THEN NEW.case_id END,
	                         CASE WHEN TG_OP <> 'INSERT' THEN OLD.case_id END] LOOP
		IF c IS NOT NULL
		   AND EXISTS (SELECT 1 FROM hearth.enrollment WHERE case_id = c)
		   AND NOT EXISTS (SELECT 1 FROM hearth.enrollment WHERE case_id = c AND relationship_to_hoh = 1) THEN
			RAISE EXCEPTION 'household % has no head of household: exactly one member is the head (relationship 1, self)', c
				USING ERRCODE = 'check_violation';
		END IF;
	END LOOP;
	RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER case_has_head AFTER INSERT OR UPDATE OR DELETE ON hearth.enrollment
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION hearth.enrollment_case_head();

-- ---- tasks ---------------------------------------------------------------------

CREATE TABLE hearth.task (
	id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_id     bigint NOT NULL REFERENCES hearth.client,
	org_id        bigint NOT NULL DEFAULT hearth.active_org() REFERENCES hearth.organization,
	enrollment_id bigint REFERENCES hearth.enrollment ON DELETE SET NULL (enrollment_id),
	assigned_to   bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	due_date      date NOT NULL,
	title         text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
	done_date     date,
	restriction   text NOT NULL DEFAULT 'none' CHECK (restriction IN ('none', 'organization', 'user')),
	created_by    bigint NOT NULL DEFAULT hearth.current_user_id() REFERENCES hearth.hmis_user,
	created_at    timestamptz NOT NULL DEFAULT now(),
	updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_client ON hearth.task (client_id);
CREATE INDEX task_assigned ON hearth.task (assigned_to) WHERE done_date IS NULL;
SELECT hearth.transaction_policies('hearth.task', 'created_by', true);

-- A task goes to somebody who works in its organization.
CREATE FUNCTION hearth.task_assignee() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF (TG_OP = 'INSERT' OR NEW.assigned_to IS DISTINCT FROM OLD.assigned_to)
	   AND NOT EXISTS (SELECT 1 FROM hearth.membership m
	                   WHERE m.user_id = NEW.assigned_to AND m.org_id = NEW.org_id) THEN
		RAISE EXCEPTION 'a task is assigned to a member of its organization'
			USING ERRCODE = 'check_violation';
	END IF;
	RETURN NULL;
END $$;
CREATE TRIGGER task_assignee AFTER INSERT OR UPDATE ON hearth.task
	FOR EACH ROW EXECUTE FUNCTION hearth.task_assignee();

-- The follow-up an enrollment asks for, made as the caller (the task is
-- theirs, under the same policies), for its case manager, as restricted as
-- the enrollment.
CREATE FUNCTION hearth.enrollment_follow_up() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF NEW.follow_up_days IS NOT NULL THEN
		INSERT INTO hearth.task (client_id, org_id, enrollment_id, assigned_to, due_date, title,
		                         restriction, created_by)
		SELECT NEW.client_id, NEW.org_id, NEW.id, coalesce(NEW.case_manager_id, NEW.created_by),
		       NEW.entry_date + NEW.follow_up_days,
		       left(format('Follow-up (%s days): %s', NEW.follow_up_days, p.name), 200),
		       NEW.restriction, coalesce(hearth.current_user_id(), NEW.created_by)
		FROM hearth.program p WHERE p.id = NEW.program_id;
	END IF;
	RETURN NULL;
END $$;
CREATE TRIGGER follow_up_task AFTER INSERT ON hearth.enrollment
	FOR EACH ROW EXECUTE FUNCTION hearth.enrollment_follow_up();

-- ---- exiting a household, enrolling one ----------------------------------------

-- Exit every open enrollment of the case of `enrollment` that the caller may
-- change (the policies decide: the others are left as they are), in one
-- statement. Returns how many; 0 for an enrollment the caller cannot see.
CREATE FUNCTION hearth.exit_case(enrollment bigint, exit date, destination smallint, subsidy smallint)
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
		WHERE e.case_id = c AND e.exit_date IS NULL;
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

-- Enroll a household in one step: one new case in `program`, the client
-- whose relationship is 1 (self) heading it. Returns the case's id.
CREATE FUNCTION hearth.enroll_members(program bigint, grant_id bigint, entry date,
                                      case_manager bigint, follow_up smallint,
                                      clients bigint[], relationships smallint[])
RETURNS bigint
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
	head integer;
	case_id_ bigint;
BEGIN
	IF coalesce(cardinality($6), 0) = 0 OR cardinality($6) IS DISTINCT FROM cardinality($7)
	   OR EXISTS (SELECT 1 FROM unnest($6) c WHERE c IS NULL) THEN
		RAISE EXCEPTION 'give each client one relationship to the head of household'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF (SELECT count(*) FROM unnest($7) r WHERE r = 1) <> 1 THEN
		RAISE EXCEPTION 'exactly one member of a household is its head (relationship 1, self)'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF (SELECT count(DISTINCT c) FROM unnest($6) c) <> cardinality($6) THEN
		RAISE EXCEPTION 'a client is in the household once'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	head := array_position($7, 1::smallint);
	INSERT INTO hearth.enrollment (client_id, program_id, grant_id, entry_date, case_manager_id,
	                               follow_up_days, relationship_to_hoh)
	VALUES ($6[head], $1, $2, coalesce($3, hearth.today()), coalesce($4, hearth.current_user_id()), $5, 1)
	RETURNING id INTO case_id_;
	INSERT INTO hearth.enrollment (client_id, program_id, grant_id, entry_date, case_manager_id,
	                               follow_up_days, relationship_to_hoh, case_id)
	SELECT m.client, $1, $2, coalesce($3, hearth.today()), coalesce($4, hearth.current_user_id()), $5,
	       m.rel, case_id_
	FROM unnest($6, $7) WITH ORDINALITY AS m(client, rel, ord)
	WHERE m.ord <> head
	ORDER BY m.ord;
	RETURN case_id_;
END $$;

GRANT EXECUTE ON FUNCTION hearth.exit_case(bigint, date, smallint, smallint),
	hearth.enroll_members(bigint, bigint, date, bigint, smallint, bigint[], smallint[])
	TO hearth_user;

-- ---- the lists -------------------------------------------------------------------

CREATE VIEW hearth.enrollment_list WITH (security_invoker = true) AS
	SELECT e.id, e.client_id, e.program_id, p.name AS program, o.name AS organization,
	       e.entry_date, e.exit_date, e.relationship_to_hoh,
	       coalesce(nullif(u.full_name, ''), u.username) AS case_manager,
	       coalesce(e.exit_date, hearth.today()) - e.entry_date AS days_enrolled,
	       e.case_id, e.household_id, e.destination
	FROM hearth.enrollment e
	JOIN hearth.program p ON p.id = e.program_id
	JOIN hearth.organization o ON o.id = e.org_id
	LEFT JOIN hearth.hmis_user u ON u.id = e.case_manager_id;

-- The client's name as the family views show it, and only when the caller
-- sees the client (a task can be seen where its client is not).
CREATE VIEW hearth.task_list WITH (security_invoker = true) AS
	SELECT t.id, t.client_id,
	       coalesce(c.last_name, '') || ', ' || coalesce(c.first_name, '') AS client,
	       t.enrollment_id, t.assigned_to,
	       coalesce(nullif(u.full_name, ''), u.username) AS assigned,
	       t.due_date, t.title, t.done_date
	FROM hearth.task t
	LEFT JOIN hearth.client c ON c.id = t.client_id
	LEFT JOIN hearth.hmis_user u ON u.id = t.assigned_to;

GRANT SELECT ON hearth.enrollment_list, hearth.task_list TO hearth_user;

-- ---- choice lists -----------------------------------------------------------------

INSERT INTO hearth.lookup (list, code, label, sort)
SELECT 'hud_destination', d.code::text, d.label, d.ord::integer
FROM unnest(ARRAY[116, 101, 118, 215, 206, 207, 225, 204, 205, 302, 329, 314, 332, 312, 313,
                  327, 426, 411, 421, 410, 435, 422, 423, 24, 37, 17, 30, 8, 9, 99],
            ARRAY['Place not meant for habitation (e.g., a vehicle, an abandoned building, bus/train/subway station/airport or anywhere outside)',
                  'Emergency shelter, including hotel or motel paid for with emergency shelter voucher, or Host Home shelter',
                  'Safe Haven',
                  'Foster care home or foster care group home',
                  'Hospital or other residential non-psychiatric medical facility',
                  'Jail, prison or juvenile detention facility',
                  'Long-term care facility or nursing home',
                  'Psychiatric hospital or other psychiatric facility',
                  'Substance abuse treatment facility or detox center',
                  'Transitional housing for homeless persons (including homeless youth)',
                  'Residential project or halfway house with no homeless criteria',
                  'Hotel or motel paid for without emergency shelter voucher',
                  'Host Home (non-crisis)',
                  'Staying or living with family, temporary tenure (e.g. room, apartment, or house)',
                  'Staying or living with friends, temporary tenure (e.g. room, apartment, or house)',
                  'Moved from one HOPWA funded project to HOPWA TH',
                  'Moved from one HOPWA funded project to HOPWA PH',
                  'Owned by client, no ongoing housing subsidy',
                  'Owned by client, with ongoing housing subsidy',
                  'Rental by client, no ongoing housing subsidy',
                  'Rental by client, with ongoing housing subsidy',
                  'Staying or living with family, permanent tenure',
                  'Staying or living with friends, permanent tenure',
                  'Deceased',
                  'Worker unable to determine',
                  'Other',
                  'No exit interview completed',
                  'Client doesn''t know',
                  'Client prefers not to answer',
                  'Data not collected']) WITH ORDINALITY AS d(code, label, ord);

INSERT INTO hearth.lookup (list, code, label, sort)
SELECT 'hud_rental_subsidy_type', s.code::text, s.label, s.ord::integer
FROM unnest(ARRAY[428, 419, 431, 433, 434, 420, 436, 437, 438, 439, 440],
            ARRAY['GPD TIP housing subsidy',
                  'VASH housing subsidy',
                  'RRH or equivalent subsidy',
                  'HCV voucher (tenant or project based) (not dedicated)',
                  'Public housing unit',
                  'Rental by client, with other ongoing housing subsidy',
                  'Emergency Housing Voucher',
                  'Family Unification Program Voucher (FUP)',
                  'Foster Youth to Independence Initiative (FYI)',
                  'Permanent Supportive Housing',
                  'Other permanent housing dedicated for formerly homeless persons']) WITH ORDINALITY AS s(code, label, ord);
