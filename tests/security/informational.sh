# tests/security/informational.sh: the informational assessments and the
# employer directory (sql/075), sourced by tests/security/run on its
# fixture. Each assessment is a data element (072): Harbor's rows of Molly
# (X3), one unrestricted and one restricted to Harbor against X3-A-none, and
# one unrestricted against X3-A-org (an enrollment restricted to Harbor),
# reach the MOU partner (bob) and the release exception (carol) through the
# first only, and an organization that shares nothing (dave) not at all.
# The employer directory is read and added to by everybody; an employer is
# changed only by the organization that added it, and deleted by nobody.

INFO_TABLES="veteran_info education employment health financial work_history"
declare -A INFO_COL=([veteran_info]=military_branch [education]=currently_enrolled
	[employment]=employed [health]=general_health_status [financial]=has_budget
	[work_history]=eligible_for_rehire)

section "employers: everybody adds, the adder's organization changes"
EMP_A=$(as alice "INSERT INTO hearth.employer (name, city) VALUES ('Harbor Bakery', 'Springfield') RETURNING id")
check_match "alice adds an employer" '^[0-9]+$' "$EMP_A"
EMP_B=$(as bob "INSERT INTO hearth.employer (name) VALUES ('Northside Mill') RETURNING id")
check_match "bob adds one too" '^[0-9]+$' "$EMP_B"
check "dave, of an organization that shares nothing, reads both" "Harbor Bakery|Northside Mill" \
	"$(as dave "SELECT string_agg(name, '|' ORDER BY name) FROM hearth.employer")"
check "bob cannot change Harbor's employer" "" \
	"$(as bob "UPDATE hearth.employer SET name = 'Renamed' WHERE id = $EMP_A RETURNING id")"
check "nor with the organization hint set to Harbor by hand" "" \
	"$(as bob "SET hearth.active_org = '$A'; UPDATE hearth.employer SET city = 'X' WHERE id = $EMP_A RETURNING id")"
check "a member of Harbor working as Eastgate cannot either" "" \
	"$(as "multi@$D" "UPDATE hearth.employer SET city = 'X' WHERE id = $EMP_A RETURNING id")"
check "a colleague of alice's changes it" "$EMP_A" \
	"$(as amy "UPDATE hearth.employer SET city = 'Capital City' WHERE id = $EMP_A RETURNING id")"
check_match "bob cannot add an employer in Harbor's name" "row-level security" \
	"$(as_err bob "INSERT INTO hearth.employer (name, org_id) VALUES ('Spoof', $A)")"
check_match "nor as another user" "row-level security" \
	"$(as_err bob "INSERT INTO hearth.employer (name, created_by) VALUES ('Spoof', $ALICE)")"
check_match "nor move his own to Harbor" "cannot be changed|permission denied" \
	"$(as_err bob "UPDATE hearth.employer SET org_id = $A WHERE id = $EMP_B")"
check_match "nobody deletes an employer, not even its adder" "permission denied" \
	"$(as_err alice "DELETE FROM hearth.employer WHERE id = $EMP_A")"

section "informational assessments: read only where the record and its enrollment allow"
sql=''
for t in $INFO_TABLES; do
	extra='' val=''
	[ "$t" = work_history ] && extra=', employer_id' val=", $EMP_A"
	for r in "X3-A-none none" "X3-A-none organization" "X3-A-org none"; do
		set -- $r
		sql+="INSERT INTO hearth.$t (client_id, enrollment_id, data_collection_stage, restriction, ${INFO_COL[$t]}$extra)
		      VALUES ($X3, ${ID[enrollment:$1]}, 1, '$2', 1$val) RETURNING id;"$'\n'
	done
done
check "alice writes each informational record three times" 18 "$(as alice "$sql" | grep -c '^[0-9]')"
# the rows USER reads in every table, "TABLE ENROLLMENT:RESTRICTION..."
read_info() {
	local sql='' t
	for t in $INFO_TABLES; do
		sql+="SELECT '$t' || coalesce(' ' || string_agg(e.household_id || ':' || d.restriction, ' '
		      ORDER BY e.household_id, d.restriction), '')
		      FROM hearth.$t d LEFT JOIN hearth.enrollment e ON e.id = d.enrollment_id;"$'\n'
	done
	as "$1" "$sql"
}
every_info() {
	local t
	for t in $INFO_TABLES; do printf '%s%s\n' "$t" "${1:+ $1}"; done
}
check "alice reads them all" "$(every_info 'X3-A-none:none X3-A-none:organization X3-A-org:none')" \
	"$(read_info alice)"
check "the MOU partner reads the unrestricted record of the open enrollment only" \
	"$(every_info X3-A-none:none)" "$(read_info bob)"
check "the organization given a release exception reads the same" \
	"$(every_info X3-A-none:none)" "$(read_info carol)"
check "an organization that shares nothing reads none" "$(every_info)" "$(read_info dave)"
check "the partner finds the restricted ones by no id, count(*) or EXISTS" "0|0|f" \
	"$(as bob "SELECT (SELECT count(*) FROM hearth.work_history WHERE restriction <> 'none'),
	                  (SELECT count(*) FROM hearth.veteran_info WHERE enrollment_id = ${ID[enrollment:X3-A-org]}),
	                  EXISTS (SELECT 1 FROM hearth.financial WHERE client_id = $X3 AND enrollment_id <> ${ID[enrollment:X3-A-none]})")"
check "the partner changes none of Harbor's records" "" \
	"$(as bob "UPDATE hearth.work_history SET job_title = 'changed' RETURNING id")"
check "nor removes one" "" "$(as bob "DELETE FROM hearth.veteran_info RETURNING id")"
check_match "the partner cannot attach a work history to Harbor's enrollment" "row-level security" \
	"$(as_err bob "INSERT INTO hearth.work_history (client_id, enrollment_id, data_collection_stage, employer_id)
	              VALUES ($X3, ${ID[enrollment:X3-A-none]}, 1, $EMP_B)")"
check_match "a hidden enrollment fails like a nonexistent one, with no foreign-key error" "row-level security" \
	"$(as_err bob "INSERT INTO hearth.education (client_id, enrollment_id, data_collection_stage)
	              VALUES ($X8, ${ID[enrollment:X8-C-org]}, 1)")"
check "the partner writes its own work history at Harbor's employer" 1 \
	"$(as bob "INSERT INTO hearth.work_history (client_id, enrollment_id, data_collection_stage, employer_id)
	          VALUES ($X3, ${ID[enrollment:X3-B-none]}, 1, $EMP_A) RETURNING id" | grep -c '^[0-9]')"
section ""
