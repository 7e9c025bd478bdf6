-- tests/sql/enrollments.sql: 071_enrollments.sql. Cases (HUD households)
-- and their one head, the rules the database keeps about every enrollment
-- (no overlap, the program operating, the grant, the case manager),
-- exit_case, enroll_members, follow-up tasks and the two lists.
--
-- Fixtures (tests/sql/run): organizations Harbor, Northside, Riverside;
-- users alice (Harbor, its administrator), bob (Northside, its
-- administrator), carol (Riverside), dan (Harbor and Northside); MOU M1
-- (Harbor, Northside). One transaction, rolled back.

BEGIN;
SELECT plan(55);
\ir lib/as_user.psql

SELECT (SELECT id FROM hearth.mou WHERE name = 'M1') AS m1,
       (SELECT id FROM hearth.hmis_user WHERE username = 'alice') AS alice_id,
       (SELECT id FROM hearth.hmis_user WHERE username = 'bob') AS bob_id,
       (SELECT id FROM hearth.hmis_user WHERE username = 'dan') AS dan_id
\gset

-- ---- the columns and lists -------------------------------------------------------

SELECT has_column('hearth', 'enrollment', c, 'enrollment.' || c || ' exists')
FROM unnest(ARRAY['case_id', 'grant_id', 'case_manager_id', 'follow_up_days', 'destination',
                  'destination_subsidy_type', 'other_destination']) c;
SELECT has_index('hearth', 'enrollment', 'enrollment_case', 'enrollments are found by case');
SELECT has_table('hearth', 'task', 'hearth.task exists');
SELECT is((SELECT label FROM hearth.lookup WHERE list = 'hud_destination' AND code = '435'),
	'Rental by client, with ongoing housing subsidy', 'hud_destination has HUD''s destinations');
SELECT is((SELECT count(*)::integer FROM hearth.lookup WHERE list = 'hud_rental_subsidy_type'), 11,
	'hud_rental_subsidy_type has HUD''s subsidy types');

-- ---- the directory and the clients -----------------------------------------------

:as_alice
INSERT INTO hearth.program (name, begin_date) VALUES ('Enr Shelter', '2020-01-01'),
	('Enr Other', '2020-01-01');
INSERT INTO hearth.program (name, begin_date, end_date) VALUES ('Enr Ended', '2020-01-01', '2021-01-01');
INSERT INTO hearth."grant" (program_id, name, begin_date)
	SELECT id, 'Enr Grant', '2020-01-01' FROM hearth.program WHERE name = 'Enr Shelter';
INSERT INTO hearth."grant" (program_id, name, begin_date)
	SELECT id, 'Enr Late Grant', '2025-01-01' FROM hearth.program WHERE name = 'Enr Shelter';
INSERT INTO hearth."grant" (program_id, name, begin_date)
	SELECT id, 'Enr Other Grant', '2020-01-01' FROM hearth.program WHERE name = 'Enr Other';
INSERT INTO hearth.client (first_name, last_name, intake_sharing, mou_id) VALUES
	('Hank', 'Head', 'mou', :m1), ('Wanda', 'Head', 'mou', :m1), ('Kid', 'Head', 'organization', NULL),
	('Sol', 'Solo', 'mou', :m1), ('Ann', 'Alpha', 'mou', :m1), ('Ben', 'Alpha', 'mou', :m1);
:as_bob
INSERT INTO hearth.program (name, begin_date) VALUES ('North Enr', '2020-01-01');
INSERT INTO hearth.client (first_name, last_name) VALUES ('Nick', 'North');
INSERT INTO hearth.enrollment (client_id, program_id, restriction)
	SELECT c.id, p.id, 'organization' FROM hearth.client c, hearth.program p
	WHERE c.first_name = 'Nick' AND p.name = 'North Enr';
:as_postgres
SELECT (SELECT id FROM hearth.program WHERE name = 'Enr Shelter') AS shelter,
       (SELECT id FROM hearth.program WHERE name = 'Enr Other') AS other,
       (SELECT id FROM hearth.program WHERE name = 'Enr Ended') AS ended,
       (SELECT id FROM hearth."grant" WHERE name = 'Enr Grant') AS g_ok,
       (SELECT id FROM hearth."grant" WHERE name = 'Enr Late Grant') AS g_late,
       (SELECT id FROM hearth."grant" WHERE name = 'Enr Other Grant') AS g_other,
       (SELECT id FROM hearth.client WHERE first_name = 'Hank') AS hank,
       (SELECT id FROM hearth.client WHERE first_name = 'Wanda') AS wanda,
       (SELECT id FROM hearth.client WHERE first_name = 'Kid') AS kid,
       (SELECT id FROM hearth.client WHERE first_name = 'Sol') AS sol,
       (SELECT id FROM hearth.client WHERE first_name = 'Ann') AS ann,
       (SELECT id FROM hearth.client WHERE first_name = 'Ben') AS ben,
       (SELECT id FROM hearth.enrollment WHERE household_id IS NOT NULL
        AND client_id = (SELECT id FROM hearth.client WHERE first_name = 'Nick')) AS nick_e
\gset

-- ---- a case: opened, joined, one head --------------------------------------------

:as_alice
INSERT INTO hearth.enrollment (client_id, program_id, grant_id, entry_date)
	VALUES (:hank, :shelter, :g_ok, hearth.today() - 10);
:as_postgres
SELECT (SELECT id FROM hearth.enrollment WHERE client_id = :hank) AS hank_e \gset
SELECT is((SELECT (case_id, relationship_to_hoh, household_id IS NOT NULL, case_manager_id)::text
           FROM hearth.enrollment WHERE id = :hank_e),
	format('(%s,1,t,%s)', :hank_e, :alice_id),
	'an enrollment without a case opens its own, heads it, gets a household id and its author as case manager');
:as_alice
SELECT lives_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, entry_date, case_id, relationship_to_hoh)
	VALUES (%s, %s, hearth.today() - 10, %s, 3)$$, :wanda, :shelter, :hank_e),
	'a member joins the case');
SELECT is((SELECT count(DISTINCT household_id)::integer FROM hearth.enrollment WHERE case_id = :hank_e), 1,
	'and shares its household id');
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, case_id, relationship_to_hoh)
	VALUES (%s, %s, %s, 1)$$, :kid, :shelter, :hank_e), '23505', NULL,
	'a case has at most one head of household');
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, case_id, relationship_to_hoh)
	VALUES (%s, %s, %s, 2)$$, :kid, :other, :hank_e), '23514', NULL,
	'a member joins in the case''s program');
SET CONSTRAINTS ALL IMMEDIATE;
SELECT throws_ok(format($$UPDATE hearth.enrollment SET relationship_to_hoh = 2 WHERE id = %s$$, :hank_e),
	'23514', NULL, 'a case keeps at least one head of household');
SET CONSTRAINTS ALL DEFERRED;
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, case_id, relationship_to_hoh)
	VALUES (%s, %s, %s, 2)$$, :kid, :shelter, :nick_e), '23503',
	format('there is no enrollment %s that you can see to join', :nick_e),
	'nobody joins a case they cannot see');
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, case_id, relationship_to_hoh)
	VALUES (%s, %s, %s, 2)$$, :kid, :shelter, 999999999), '23503',
	'there is no enrollment 999999999 that you can see to join',
	'(the same error as for a case that does not exist)');

-- ---- the rules of every enrollment ------------------------------------------------

SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, entry_date)
	VALUES (%s, %s, hearth.today() - 5)$$, :hank, :shelter), '23P01', NULL,
	'a client is never in one program twice at a time');
SELECT lives_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, entry_date, exit_date)
	VALUES (%s, %s, hearth.today() - 40, hearth.today() - 10)$$, :hank, :shelter),
	'an earlier stay that ended the day the next began is fine');
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id)
	VALUES (%s, %s)$$, :sol, :ended), '23514', NULL,
	'the program operates on the entry date (it ended)');
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, entry_date)
	VALUES (%s, %s, '2019-12-31')$$, :sol, :shelter), '23514', NULL,
	'the program operates on the entry date (it had not begun)');
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, grant_id)
	VALUES (%s, %s, %s)$$, :sol, :shelter, :g_other), '23514', NULL,
	'the grant is the program''s');
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, grant_id, entry_date)
	VALUES (%s, %s, %s, '2024-06-01')$$, :sol, :shelter, :g_late), '23514', NULL,
	'the grant is open on the entry date');
SELECT throws_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, case_manager_id)
	VALUES (%s, %s, %s)$$, :sol, :shelter, :bob_id), '23514', NULL,
	'the case manager works in the enrollment''s organization');
SELECT lives_ok(format($$INSERT INTO hearth.enrollment (client_id, program_id, case_manager_id, follow_up_days)
	VALUES (%s, %s, %s, 30)$$, :sol, :shelter, :dan_id),
	'a colleague is the case manager');
SELECT throws_ok(format($$UPDATE hearth.enrollment SET exit_date = entry_date - 1 WHERE client_id = %s$$, :sol),
	'23514', NULL, 'nobody exits before they entered');
SELECT throws_ok(format($$UPDATE hearth.enrollment SET follow_up_days = 45 WHERE client_id = %s$$, :sol),
	'23514', NULL, 'a follow-up comes after 30, 60 or 90 days');
SELECT throws_ok(format($$UPDATE hearth.enrollment SET destination = 1000 WHERE client_id = %s$$, :sol),
	'23514', NULL, 'destination takes HUD''s codes');
SELECT throws_ok(format($$UPDATE hearth.enrollment SET destination_subsidy_type = 1 WHERE client_id = %s$$, :sol),
	'23514', NULL, 'destination_subsidy_type takes HUD''s codes');
SELECT throws_ok(format($$UPDATE hearth.enrollment SET other_destination = repeat('x', 51) WHERE client_id = %s$$, :sol),
	'23514', NULL, 'other_destination is at most 50 characters');

-- ---- the follow-up task ------------------------------------------------------------

SELECT is((SELECT (t.assigned_to, t.due_date = e.entry_date + 30, t.title, t.created_by, t.org_id = e.org_id)::text
           FROM hearth.task t JOIN hearth.enrollment e ON e.id = t.enrollment_id WHERE e.client_id = :sol),
	format('(%s,t,"Follow-up (30 days): Enr Shelter",%s,t)', :dan_id, :alice_id),
	'an enrollment with a follow-up makes its case manager a task, written by the caller');
SELECT is((SELECT count(*)::integer FROM hearth.task WHERE client_id = :hank), 0,
	'no follow-up, no task');
SELECT throws_ok(format($$INSERT INTO hearth.task (client_id, assigned_to, due_date, title)
	VALUES (%s, %s, hearth.today(), 'Call')$$, :sol, :bob_id), '23514', NULL,
	'a task goes to a member of its organization');
SELECT throws_ok(format($$INSERT INTO hearth.task (client_id, due_date, title) VALUES (%s, hearth.today(), '')$$, :sol),
	'23514', NULL, 'a task has a title');
:as_bob
SELECT is((SELECT count(*)::integer FROM hearth.task WHERE client_id = :sol), 1,
	'an MOU partner reads the unrestricted task of a client in the MOU (the sharing rule)');
SELECT is_empty(format($$UPDATE hearth.task SET title = 'x' WHERE client_id = %s RETURNING id$$, :sol),
	'but cannot change it');
:as_carol
SELECT is((SELECT count(*)::integer FROM hearth.task), 0, 'another organization reads no task');

-- ---- the lists ---------------------------------------------------------------------

:as_alice
SELECT is((SELECT (program, organization, case_manager, days_enrolled, case_id, relationship_to_hoh)::text
           FROM hearth.enrollment_list WHERE client_id = :wanda),
	format('("Enr Shelter",Harbor,%s,10,%s,3)',
	       (SELECT coalesce(nullif(full_name, ''), username) FROM hearth.hmis_user WHERE id = :alice_id), :hank_e),
	'enrollment_list names the program, organization and case manager and counts the days');
SELECT is((SELECT client || '|' || title FROM hearth.task_list WHERE client_id = :sol),
	'Solo, Sol|Follow-up (30 days): Enr Shelter', 'task_list names the client as the family lists do');
:as_bob
SELECT is((SELECT count(*) FROM hearth.enrollment_list), (SELECT count(*) FROM hearth.enrollment),
	'enrollment_list shows bob what the table shows him');
SELECT is((SELECT count(*)::integer FROM hearth.enrollment_list WHERE client_id = :kid), 0,
	'and nothing of a client he cannot see');

-- ---- exit_case ---------------------------------------------------------------------

:as_bob
SELECT is(hearth.exit_case(:hank_e, hearth.today(), 410::smallint, NULL), 0,
	'another organization exits nothing of a case it reads');
:as_alice
SELECT throws_ok(format($$SELECT hearth.exit_case(%s, hearth.today() - 11, 410::smallint, NULL)$$, :hank_e),
	'23514', format('the exit date %s is before the entry date of someone in this household: choose a later exit date',
	                hearth.today() - 11),
	'an exit before an entry is refused with a sentence');
SELECT is(hearth.exit_case(:hank_e, hearth.today(), 435::smallint, 439::smallint), 2,
	'exit_case exits every open enrollment of the case');
SELECT is((SELECT count(*)::integer FROM hearth.enrollment
           WHERE case_id = :hank_e AND exit_date = hearth.today() AND destination = 435
             AND destination_subsidy_type = 439), 2, 'with the exit date, destination and subsidy');
SELECT is(hearth.exit_case(:hank_e, hearth.today(), 435::smallint, NULL), 0, 'an exited case has nothing to exit');
SELECT is(hearth.exit_case(999999999, hearth.today(), 435::smallint, NULL), 0, 'nor has one that does not exist');

-- ---- enroll_members ------------------------------------------------------------------

SELECT throws_ok(format($$SELECT hearth.enroll_members(%s, NULL, NULL, NULL, NULL, ARRAY[%s, %s]::bigint[], '{1,1}')$$,
	:shelter, :ann, :ben), '22023', NULL, 'enroll_members wants exactly one head (two)');
SELECT throws_ok(format($$SELECT hearth.enroll_members(%s, NULL, NULL, NULL, NULL, ARRAY[%s, %s]::bigint[], '{2,3}')$$,
	:shelter, :ann, :ben), '22023', NULL, 'enroll_members wants exactly one head (none)');
SELECT throws_ok(format($$SELECT hearth.enroll_members(%s, NULL, NULL, NULL, NULL, ARRAY[%s, %s]::bigint[], '{1}')$$,
	:shelter, :ann, :ben), '22023', NULL, 'enroll_members wants a relationship for each client');
SELECT hearth.enroll_members(:shelter, :g_ok, hearth.today() - 3, :dan_id, 60::smallint,
	ARRAY[:ben, :ann]::bigint[], '{2,1}') AS alpha_case \gset
SELECT is((SELECT string_agg(c.first_name || ':' || e.relationship_to_hoh || ':' || (e.case_id = :alpha_case)
                             || ':' || e.grant_id || ':' || e.case_manager_id, ' ' ORDER BY c.first_name)
           FROM hearth.enrollment e JOIN hearth.client c ON c.id = e.client_id WHERE e.case_id = :alpha_case),
	format('Ann:1:true:%1$s:%2$s Ben:2:true:%1$s:%2$s', :g_ok, :dan_id),
	'enroll_members enrolls the household in one case, headed by relationship 1');
SELECT is((SELECT client_id FROM hearth.enrollment WHERE id = :alpha_case), :ann::bigint,
	'the head''s enrollment opens the case');
SELECT is((SELECT count(*)::integer FROM hearth.task t JOIN hearth.enrollment e ON e.id = t.enrollment_id
           WHERE e.case_id = :alpha_case AND t.due_date = hearth.today() - 3 + 60), 2,
	'each member''s follow-up is a task');

SELECT * FROM finish();
ROLLBACK;
