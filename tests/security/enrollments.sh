# shellcheck shell=bash
# tests/security/enrollments.sh: the provider directory and enrollments
# (sql/070, sql/071), sourced by tests/security/run on its fixture (orgs
# A..F; alice, bob and carol administer A, B and C; amy is a plain member of
# A; clients X1..X8 with their enrollments). Every check is a real login
# over a real connection.

# ---- the directory: who writes it ------------------------------------------------

PA=$(as alice "INSERT INTO hearth.program (name, begin_date) VALUES ('Harbor Household', hearth.today() - 365) RETURNING id")
PB=$(as bob "SELECT min(id) FROM hearth.program WHERE org_id = hearth.active_org()")
check_match "an organization administrator adds a program" '^[0-9]+$' "$PA"
check_match "a plain member cannot add a program" "row-level security" \
	"$(as_err amy "INSERT INTO hearth.program (name) VALUES ('Amy''s')")"
check "a plain member cannot change her organization's program" "" \
	"$(as amy "UPDATE hearth.program SET name = 'hacked' WHERE id = $PA RETURNING id")"
check "a plain member cannot end it" "" \
	"$(as amy "UPDATE hearth.program SET end_date = hearth.today() WHERE id = $PA RETURNING id")"
check_match "a plain member cannot add a grant" "row-level security" \
	"$(as_err amy "INSERT INTO hearth.\"grant\" (program_id, name) VALUES ($PA, 'x')")"
check_match "a plain member cannot add the CoC a program serves" "row-level security" \
	"$(as_err amy "INSERT INTO hearth.project_coc (program_id, coc_code) VALUES ($PA, 'OR-501')")"
check "an organization administrator cannot change another organization's program" "" \
	"$(as alice "UPDATE hearth.program SET name = 'hacked' WHERE id = $PB RETURNING id")"
check_match "nor add a program in its name" "row-level security" \
	"$(as_err alice "INSERT INTO hearth.program (org_id, name) VALUES ($B, 'In B''s name')")"
check_match "nor hang a grant of its own on another organization's program" "foreign key" \
	"$(as_err alice "INSERT INTO hearth.\"grant\" (program_id, name) VALUES ($PB, 'x')")"
ctl user org-admin multi Harbor on >/dev/null
check_match "an administrator of two organizations writes only the active one's" "row-level security" \
	"$(as_err multi@$D "INSERT INTO hearth.program (org_id, name) VALUES ($A, 'x')")"
check_match "nobody deletes a program" "permission denied" \
	"$(as_err alice "DELETE FROM hearth.program WHERE id = $PA")"
GA=$(as alice "INSERT INTO hearth.\"grant\" (program_id, name, funder, begin_date)
               VALUES ($PA, 'Household grant', 46, hearth.today() - 365) RETURNING id")
COC=$(as alice "INSERT INTO hearth.project_coc (program_id, coc_code) VALUES ($PA, 'OR-501') RETURNING id")
check "everybody reads the directory" "1|1" \
	"$(as dave "SELECT (SELECT count(*) FROM hearth.\"grant\" WHERE id = $GA), (SELECT count(*) FROM hearth.project_coc WHERE id = $COC)")"
check "another organization's administrator cannot change the CoC" "" \
	"$(as bob "UPDATE hearth.project_coc SET coc_code = 'XX-000' WHERE id = $COC RETURNING id")"
check "project_coc has row-level security enabled and forced, and belongs to hearth_owner" "t|t|hearth_owner" \
	"$(dba "SELECT relrowsecurity, relforcerowsecurity, pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'hearth.project_coc'::regclass")"
check "hearth.task has row-level security enabled and forced" "t|t" \
	"$(dba "SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = 'hearth.task'::regclass")"

# ---- enrolling --------------------------------------------------------------------

check_match "nobody enrolls into another organization's program" "foreign key" \
	"$(as_err alice "INSERT INTO hearth.enrollment (client_id, program_id) VALUES ($X1, $PB)")"
check_match "nor in another organization's name" "row-level security" \
	"$(as_err alice "INSERT INTO hearth.enrollment (client_id, program_id, org_id) VALUES ($X1, $PB, $B)")"
check_match "nor with enroll_members" "foreign key" \
	"$(as_err alice "SELECT hearth.enroll_members($PB, NULL, NULL, NULL, NULL, ARRAY[$X1]::bigint[], '{1}')")"
# A household whose members are seen by different organizations: X3 (in MOU
# M1, which B shares) heads it; X2 (Harbor's only) is a member.
CASE=$(as alice "SELECT hearth.enroll_members($PA, $GA, hearth.today() - 5, NULL, 30::smallint,
                 ARRAY[$X3, $X2]::bigint[], '{1,2}')")
X2E=$(dba "SELECT id FROM hearth.enrollment WHERE case_id = $CASE AND client_id = $X2")
check_match "enroll_members enrolls a household (control)" '^[0-9]+$' "$CASE"
check "its organization sees the whole household" "$X3:1 $X2:2" \
	"$(as amy "SELECT string_agg(client_id || ':' || relationship_to_hoh, ' ' ORDER BY relationship_to_hoh)
	           FROM hearth.enrollment_list WHERE case_id = $CASE")"
check "an MOU partner sees in enrollment_list only the member it may see" "$X3" \
	"$(as bob "SELECT string_agg(client_id::text, ' ') FROM hearth.enrollment_list WHERE case_id = $CASE")"
check "and nothing through the table either" "1" \
	"$(as bob "SELECT count(*) FROM hearth.enrollment WHERE case_id = $CASE")"
check "an organization that sees neither sees nothing of the household" "0" \
	"$(as dave "SELECT count(*) FROM hearth.enrollment_list WHERE case_id = $CASE")"
check "exit_case by the partner exits nothing" "0" \
	"$(as bob "SELECT hearth.exit_case($CASE, hearth.today(), 410::smallint, NULL)")"
check "exit_case on a hidden member answers like one that does not exist" \
	"$(as bob "SELECT hearth.exit_case($NOPE, hearth.today(), 410::smallint, NULL)")" \
	"$(as bob "SELECT hearth.exit_case($X2E, hearth.today(), 410::smallint, NULL)")"
check "exit_case before the entry, by the partner, says nothing either" "0" \
	"$(as bob "SELECT hearth.exit_case($CASE, hearth.today() - 400, 410::smallint, NULL)")"
check "the household is still open" "2" \
	"$(dba "SELECT count(*) FROM hearth.enrollment WHERE case_id = $CASE AND exit_date IS NULL")"
check_match "a member cannot join another organization's case it sees" "same program and organization" \
	"$(as_err bob "INSERT INTO hearth.enrollment (client_id, program_id, case_id, relationship_to_hoh)
	               VALUES ($X6, $PB, $CASE, 2)")"
hidden=$(as_err bob "INSERT INTO hearth.enrollment (client_id, program_id, case_id, relationship_to_hoh)
                     VALUES ($X6, $PB, $X2E, 2)")
check_match "nor a case enrollment it cannot see" "no enrollment" "$hidden"
check "which fails exactly like one that does not exist" \
	"$(as_err bob "INSERT INTO hearth.enrollment (client_id, program_id, case_id, relationship_to_hoh)
	               VALUES ($X6, $PB, $NOPE, 2)")" "${hidden//$X2E/$NOPE}"
check "enroll_members about a hidden client fails exactly like one about a client that does not exist" \
	"$(as_err bob "SELECT hearth.enroll_members($PB, NULL, NULL, NULL, NULL, ARRAY[$NOPE]::bigint[], '{1}')")" \
	"$(as_err bob "SELECT hearth.enroll_members($PB, NULL, NULL, NULL, NULL, ARRAY[$X2]::bigint[], '{1}')")"
check_match "a household has one head" "enrollment_one_head" \
	"$(as_err alice "INSERT INTO hearth.enrollment (client_id, program_id, case_id, relationship_to_hoh)
	                 VALUES ($X1, $PA, $CASE, 1)")"
check_match "and keeps it (checked at commit, counting every member)" "no head of household" \
	"$(as_err alice "UPDATE hearth.enrollment SET relationship_to_hoh = 2 WHERE id = $CASE")"
check_match "enroll_members wants exactly one head" "exactly one" \
	"$(as_err alice "SELECT hearth.enroll_members($PA, NULL, NULL, NULL, NULL, ARRAY[$X1, $X5]::bigint[], '{1,1}')")"
check_match "a client is never in one program twice at a time" "enrollment_no_overlap" \
	"$(as_err alice "INSERT INTO hearth.enrollment (client_id, program_id) VALUES ($X3, $PA)")"
check_match "nobody exits a household before it entered" "before the entry date" \
	"$(as_err alice "SELECT hearth.exit_case($CASE, hearth.today() - 6, 410::smallint, NULL)")"
check_match "the case manager works in the organization" "case manager" \
	"$(as_err alice "INSERT INTO hearth.enrollment (client_id, program_id, case_manager_id) VALUES ($X1, $PA, $BOB)")"

# ---- tasks are client data ------------------------------------------------------------

check "the follow-ups are tasks of the household's organization" "2" \
	"$(as amy "SELECT count(*) FROM hearth.task_list t JOIN hearth.enrollment e ON e.id = t.enrollment_id
	           WHERE e.case_id = $CASE")"
check "an MOU partner reads the unrestricted task of the member it sees, no other" "$X3" \
	"$(as bob "SELECT string_agg(t.client_id::text, ' ') FROM hearth.task t WHERE t.enrollment_id IN
	           (SELECT id FROM hearth.enrollment WHERE case_id = $CASE)
	           OR t.enrollment_id = $X2E")"
check "an organization that shares nothing reads no task" "0" "$(as dave "SELECT count(*) FROM hearth.task")"
check "task_list shows no more than the table" \
	"$(as carol "SELECT count(*) FROM hearth.task")" "$(as carol "SELECT count(*) FROM hearth.task_list")"
check "the partner cannot change the task" "" \
	"$(as bob "UPDATE hearth.task SET done_date = hearth.today() RETURNING id")"
check_match "nobody writes a task in another organization's name" "row-level security" \
	"$(as_err bob "INSERT INTO hearth.task (client_id, org_id, due_date, title) VALUES ($X3, $A, hearth.today(), 'x')")"
check_match "nor about a client they cannot see" "row-level security" \
	"$(as_err bob "INSERT INTO hearth.task (client_id, due_date, title) VALUES ($X2, hearth.today(), 'x')")"
check_match "a task goes to a member of its organization" "member of its organization" \
	"$(as_err alice "INSERT INTO hearth.task (client_id, assigned_to, due_date, title) VALUES ($X1, $BOB, hearth.today(), 'x')")"
check "exit_case exits the household (control)" "2" \
	"$(as alice "SELECT hearth.exit_case($CASE, hearth.today(), 435::smallint, 439::smallint)")"
