# shellcheck shell=bash
# tests/security/enrollment_assessments.sh: an enrollment's entry and exit
# assessments (sql/077) and deleting an enrollment (sql/079), sourced by
# tests/security/run on its fixture (orgs A..F; alice, bob and carol
# administer A, B and C; amy is a plain member of A; clients X1..X8 with
# their transactions). Every check is a real login over a real connection.
#
# Molly (X3, in MOU M1) is seen by A, by B and (A's exception) by C; A and
# B have programs, enrollments and assessments of hers here. A named
# assessment is the client's own, of the enrollment's organization, seen by
# the caller; a hidden one is refused in the words used for one that does
# not exist.

# as_err_v USER SQL: as as_err, with the SQLSTATE in the message
as_err_v() { as_err "$1" "\\set VERBOSITY verbose
$2"; }
# the enrollment, stage and program an assessment is tied to ("||": none)
ea_tie() { dba "SELECT enrollment_id, data_collection_stage, program_id FROM hearth.assessment WHERE id = $1"; }

EA_PA=$(as alice "INSERT INTO hearth.program (name) VALUES ('EA Harbor') RETURNING id")
EA_PA2=$(as alice "INSERT INTO hearth.program (name) VALUES ('EA Harbor 2') RETURNING id")
EA_PB=$(as bob "INSERT INTO hearth.program (name) VALUES ('EA Northside') RETURNING id")
EA_PB2=$(as bob "INSERT INTO hearth.program (name) VALUES ('EA Northside 2') RETURNING id")
# Harbor's assessments of Molly: open, restricted to Harbor, restricted to
# alice; Northside's, open
EA_AA=$(as alice "INSERT INTO hearth.assessment (client_id, assessment_type) VALUES ($X3, 'ea-open') RETURNING id")
EA_AO=$(as alice "INSERT INTO hearth.assessment (client_id, assessment_type, restriction)
                  VALUES ($X3, 'ea-org', 'organization') RETURNING id")
EA_AU=$(as alice "INSERT INTO hearth.assessment (client_id, assessment_type, restriction)
                  VALUES ($X3, 'ea-user', 'user') RETURNING id")
EA_AB=$(as bob "INSERT INTO hearth.assessment (client_id, assessment_type) VALUES ($X3, 'ea-north') RETURNING id")
EA_EB=$(as bob "INSERT INTO hearth.enrollment (client_id, program_id, household_id, entry_assessment_id)
                VALUES ($X3, $EA_PB, 'ea-north', $EA_AB) RETURNING id")
for v in EA_PA EA_PA2 EA_PB EA_PB2 EA_AA EA_AO EA_AU EA_AB EA_EB; do
	check_match "fixture (sql/077): $v was created through RLS" '^[0-9]+$' "${!v}"
done
check "org B names its own assessment of Molly as its enrollment's entry one, which ties it (control)" \
	"$EA_EB|1|$EA_PB" "$(ea_tie "$EA_AB")"

# ---- another organization's assessment ---------------------------------------------

check "org B sees org A's open assessment of Molly (control)" 1 \
	"$(as bob "SELECT count(*) FROM hearth.assessment WHERE id = $EA_AA")"
check_match "org B cannot name org A's assessment as a new enrollment's entry assessment" \
	"another organization's" \
	"$(as_err bob "INSERT INTO hearth.enrollment (client_id, program_id, household_id, entry_assessment_id)
	               VALUES ($X3, $EA_PB2, 'ea-north-2', $EA_AA)")"
check_match "nor as its own enrollment's entry or exit assessment, by an update" \
	"another organization's.*another organization's" \
	"$(as_err bob "UPDATE hearth.enrollment SET entry_assessment_id = $EA_AA WHERE id = $EA_EB") $(as_err bob "UPDATE hearth.enrollment SET exit_assessment_id = $EA_AA WHERE id = $EA_EB")"
check_match "nor as the exit assessment of a new (exited) enrollment" \
	"another organization's" \
	"$(as_err bob "INSERT INTO hearth.enrollment (client_id, program_id, household_id, exit_date,
	               exit_assessment_id) VALUES ($X3, $EA_PB2, 'ea-north-2', hearth.today(), $EA_AA)")"
check_match "nor in org A's name, in org A's program (the policy refuses it; the trigger ties nothing)" \
	"row-level security" \
	"$(as_err bob "INSERT INTO hearth.enrollment (client_id, org_id, program_id, household_id, entry_assessment_id)
	               VALUES ($X3, $A, $EA_PA2, 'ea-forged', $EA_AA)")"
check "org C sees org A's assessment of Molly through A's release exception (control)" 1 \
	"$(as carol "SELECT count(*) FROM hearth.assessment WHERE id = $EA_AA")"
check_match "and cannot name it either" "another organization's" \
	"$(as_err carol "INSERT INTO hearth.enrollment (client_id, program_id, household_id, entry_assessment_id)
	                 SELECT $X3, id, 'ea-carol', $EA_AA FROM hearth.program WHERE name = 'Program of carol'")"
check "org A's assessment was tied to nothing by the trigger (enrollment, stage, program)" "||" \
	"$(ea_tie "$EA_AA")"
check "org B's enrollment still names only its own" "$EA_AB|" \
	"$(dba "SELECT entry_assessment_id, exit_assessment_id FROM hearth.enrollment WHERE id = $EA_EB")"
check "org B wrote no enrollment in its second program" 0 \
	"$(dba "SELECT count(*) FROM hearth.enrollment WHERE program_id = $EA_PB2")"
check_match "the trigger that ties an assessment cannot be called directly" \
	"permission denied|only be called as triggers" \
	"$(as_err bob "SELECT hearth.enrollment_assessments_tie()")"
EA_EA=$(as alice "INSERT INTO hearth.enrollment (client_id, program_id, household_id, follow_up_days)
                  VALUES ($X3, $EA_PA, 'ea-harbor', 30) RETURNING id")
check_match "org A enrolls Molly with a follow-up (control)" '^[0-9]+$' "$EA_EA"
check "org B cannot make org A's enrollment name org B's assessment (no row)" "" \
	"$(as bob "UPDATE hearth.enrollment SET entry_assessment_id = $EA_AB WHERE id = $EA_EA RETURNING id")"
check "nor org A's own (no row)" "" \
	"$(as bob "UPDATE hearth.enrollment SET entry_assessment_id = $EA_AA WHERE id = $EA_EA RETURNING id")"
check "org A's enrollment names nothing, and org A's assessment is still tied to nothing" "|
||" \
	"$(dba "SELECT entry_assessment_id, exit_assessment_id FROM hearth.enrollment WHERE id = $EA_EA")
$(ea_tie "$EA_AA")"

# ---- a hidden assessment is refused like a missing one ----------------------------

EA_EM=$(as amy "INSERT INTO hearth.enrollment (client_id, program_id, household_id)
                VALUES ($X3, $EA_PA2, 'ea-amy') RETURNING id")
check_match "amy (org A) enrolls Molly (control)" '^[0-9]+$' "$EA_EM"
check "amy does not see alice's assessment restricted to alice (control)" 0 \
	"$(as amy "SELECT count(*) FROM hearth.assessment WHERE id = $EA_AU")"
nope=$(as_err_v amy "UPDATE hearth.enrollment SET entry_assessment_id = $NOPE WHERE id = $EA_EM")
hidden=$(as_err_v amy "UPDATE hearth.enrollment SET entry_assessment_id = $EA_AU WHERE id = $EA_EM")
check_match "amy cannot name alice's assessment restricted to alice" \
	"23503: the entry assessment is not one of this client's that you can see" "$hidden"
check "which fails exactly like an assessment that does not exist (message and SQLSTATE)" "$nope" "$hidden"
check "the same, as the exit assessment" \
	"$(as_err_v amy "UPDATE hearth.enrollment SET exit_assessment_id = $NOPE WHERE id = $EA_EM")" \
	"$(as_err_v amy "UPDATE hearth.enrollment SET exit_assessment_id = $EA_AU WHERE id = $EA_EM")"
check "the same, on insert" \
	"$(as_err_v amy "INSERT INTO hearth.enrollment (client_id, program_id, entry_assessment_id)
	                 VALUES ($X3, $EA_PA2, $NOPE)")" \
	"$(as_err_v amy "INSERT INTO hearth.enrollment (client_id, program_id, entry_assessment_id)
	                 VALUES ($X3, $EA_PA2, $EA_AU)")"
check "alice's hidden assessment was tied to nothing" "||" "$(ea_tie "$EA_AU")"
check "org B does not see org A's organization-restricted assessment (control)" 0 \
	"$(as bob "SELECT count(*) FROM hearth.assessment WHERE id = $EA_AO")"
check "org B naming it fails exactly like an assessment that does not exist" \
	"$(as_err_v bob "UPDATE hearth.enrollment SET exit_assessment_id = $NOPE WHERE id = $EA_EB")" \
	"$(as_err_v bob "UPDATE hearth.enrollment SET exit_assessment_id = $EA_AO WHERE id = $EA_EB")"
check "so does naming an assessment of a client org B cannot see (Olive, X2)" \
	"$(as_err_v bob "UPDATE hearth.enrollment SET exit_assessment_id = $NOPE WHERE id = $EA_EB")" \
	"$(as_err_v bob "UPDATE hearth.enrollment SET exit_assessment_id = ${ID[assessment:X2-A-none]} WHERE id = $EA_EB")"
q_same_err "through one session too: a hidden assessment and a missing one, alike" \
	"UPDATE hearth.enrollment SET entry_assessment_id = $NOPE WHERE id = $EA_EB" \
	"UPDATE hearth.enrollment SET entry_assessment_id = $EA_AO WHERE id = $EA_EB"
run_as bob
check "org A's restricted assessments were tied to nothing" "||
||" "$(ea_tie "$EA_AO")
$(ea_tie "$EA_AU")"

# ---- deleting an enrollment, and its follow-up ----------------------------------------

EA_TF=$(dba "SELECT id FROM hearth.task WHERE enrollment_id = $EA_EA AND done_date IS NULL")
check_match "org A's enrollment has its open follow-up (control)" '^[0-9]+$' "$EA_TF"
check "org B reads that unrestricted follow-up of Molly, whom it sees (control)" 1 \
	"$(as bob "SELECT count(*) FROM hearth.task WHERE id = $EA_TF")"
check_match "org B cannot delete org A's enrollment" "permission denied" \
	"$(as_err bob "DELETE FROM hearth.enrollment WHERE id = $EA_EA")"
check_match "nor can org C, which sees Molly through an exception, or org D" \
	"permission denied.*permission denied" \
	"$(as_err carol "DELETE FROM hearth.enrollment WHERE id = $EA_EA") $(as_err dave "DELETE FROM hearth.enrollment WHERE id = $EA_EA")"
check "org B cannot delete the follow-up itself (no row)" "" \
	"$(as bob "DELETE FROM hearth.task WHERE id = $EA_TF OR enrollment_id = $EA_EA RETURNING id")"
check "nor can org C (no row)" "" \
	"$(as carol "DELETE FROM hearth.task WHERE id = $EA_TF OR enrollment_id = $EA_EA RETURNING id")"
check_match "a user of the enrollment's own organization deletes no enrollment either (006)" \
	"permission denied.*permission denied" \
	"$(as_err amy "DELETE FROM hearth.enrollment WHERE id = $EA_EA") $(as_err alice "DELETE FROM hearth.enrollment WHERE id = $EA_EA")"
check "org A's enrollment and its open follow-up are still there" "1|1" \
	"$(dba "SELECT (SELECT count(*) FROM hearth.enrollment WHERE id = $EA_EA),
	               (SELECT count(*) FROM hearth.task WHERE id = $EA_TF AND enrollment_id = $EA_EA)")"

# ---- deleting an enrollment marks it (sql/079) -------------------------------------

# mark USER ENROLLMENT: the ids USER's mark changed, in a transaction rolled back
mark() { as "$1" "BEGIN; UPDATE hearth.enrollment SET date_deleted = now() WHERE id = $2 RETURNING id; ROLLBACK;"; }
check "org B cannot mark org A's enrollment deleted (no row)" "" "$(mark bob "$EA_EA")"
check "nor can org C, which sees Molly through an exception" "" "$(mark carol "$EA_EA")"
check "nor org B's follow-up go with it: org A's follow-up is untouched" "1" \
	"$(dba "SELECT count(*) FROM hearth.task WHERE id = $EA_TF")"
# Two enrollments of alice's, one named by amy's user-restricted note and
# service that alice cannot see: marking either works alike, and changes
# neither hidden row.
EA_PV=$(as alice "INSERT INTO hearth.program (name) VALUES ('EA Void') RETURNING id")
EA_PV2=$(as alice "INSERT INTO hearth.program (name) VALUES ('EA Void 2') RETURNING id")
EA_V1=$(as alice "INSERT INTO hearth.enrollment (client_id, program_id, household_id)
                  VALUES ($X3, $EA_PV, 'ea-void-1') RETURNING id")
EA_V2=$(as alice "INSERT INTO hearth.enrollment (client_id, program_id, household_id)
                  VALUES ($X1, $EA_PV, 'ea-void-2') RETURNING id")
as amy "INSERT INTO hearth.case_note (client_id, title, restriction, read_only, enrollment_id)
        VALUES ($X3, 'ea-void-amy', 'user', true, $EA_V1)" >/dev/null
EA_VS=$(as amy "INSERT INTO hearth.service (client_id, service_type, restriction, enrollment_id)
                VALUES ($X3, 'ea-void-amy', 'user', $EA_V1) RETURNING id")
check "alice sees neither of amy's rows (control)" "0|0" \
	"$(as alice "SELECT (SELECT count(*) FROM hearth.case_note WHERE title = 'ea-void-amy'),
	                    (SELECT count(*) FROM hearth.service WHERE service_type = 'ea-void-amy')")"
check "alice marks her enrollment deleted alike whether or not hidden rows name it" \
	"$EA_V1 $EA_V2" "$(mark alice "$EA_V1") $(mark alice "$EA_V2")"
as alice "UPDATE hearth.enrollment SET date_deleted = now() WHERE id = $EA_V1" >/dev/null
check "marked, it leaves alice's list" "0" \
	"$(as alice "SELECT count(*) FROM hearth.enrollment_list WHERE id = $EA_V1")"
check "amy's hidden note and service still name it, unchanged" "1|$EA_V1" \
	"$(dba "SELECT (SELECT count(*) FROM hearth.case_note WHERE title = 'ea-void-amy' AND enrollment_id = $EA_V1),
	               (SELECT enrollment_id FROM hearth.service WHERE id = $EA_VS)")"
check "and amy still reads both" "1|1" \
	"$(as amy "SELECT (SELECT count(*) FROM hearth.case_note WHERE title = 'ea-void-amy'),
	                  (SELECT count(*) FROM hearth.service WHERE id = $EA_VS)")"
# an enrollment restricted to amy: alice neither sees nor marks it
EA_VU=$(as amy "INSERT INTO hearth.enrollment (client_id, program_id, household_id, restriction)
                VALUES ($X3, $EA_PV2, 'ea-void-user', 'user') RETURNING id")
check "alice cannot mark amy's user-restricted enrollment (no row)" "" "$(mark alice "$EA_VU")"
check "amy can" "$EA_VU" "$(mark amy "$EA_VU")"
