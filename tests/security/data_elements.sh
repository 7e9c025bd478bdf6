# tests/security/data_elements.sh: the HUD data elements (sql/072), sourced
# by tests/security/run on its fixture. An element belongs to an enrollment
# (and maybe a master assessment) of its own client and organization, and
# is read only where that enrollment is: Harbor's elements of Molly (X3),
# written against X3-A-none, X3-A-org and X3-A-user (alice's), unrestricted
# themselves, reach Northside (MOU M1) and Riverside (release exception
# A->C) through X3-A-none only, a Harbor colleague through all but alice's
# own enrollment, and nobody else.

ELEMENTS="income_benefits non_cash_benefits health_insurance disabilities health_and_dv
	employment_education current_living_situation youth_education_status prior_living_situation"
declare -A DE_COL=([income_benefits]=income_from_any_source [non_cash_benefits]=benefits_from_any_source
	[health_insurance]=insurance_from_any_source [disabilities]=physical_disability
	[health_and_dv]=domestic_violence_survivor [employment_education]=employed
	[current_living_situation]=current_living_situation [youth_education_status]=current_school_attend
	[prior_living_situation]=living_situation)
declare -A DE_VAL=([current_living_situation]=116 [prior_living_situation]=116)

# element TABLE CLIENT ENROLLMENT [ASSESSMENT [ORG]]: an INSERT of one element
element() {
	local t=$1 v=${DE_VAL[$1]:-1}
	echo "INSERT INTO hearth.$t (client_id, enrollment_id, assessment_id, org_id, data_collection_stage, ${DE_COL[$t]})
	      VALUES ($2, $3, ${4:-NULL}, ${5:-hearth.active_org()}, 1, $v) RETURNING id;"
}

# the enrollment labels of the elements USER reads in every table, one line
# per table: "TABLE LABEL..."
read_elements() {
	local sql='' t
	for t in $ELEMENTS; do
		sql+="SELECT '$t' || coalesce(' ' || string_agg(e.household_id, ' ' ORDER BY e.household_id), '')
		      FROM hearth.$t d LEFT JOIN hearth.enrollment e ON e.id = d.enrollment_id;"$'\n'
	done
	as "$1" "$sql"
}
# what READ_ELEMENTS says when every table reads LABELS
every_table() {
	local t
	for t in $ELEMENTS; do printf '%s%s\n' "$t" "${1:+ $1}"; done
}

section "data elements: Harbor's, written through RLS"
sql=''
for t in $ELEMENTS; do
	for l in X3-A-none X3-A-org X3-A-user; do
		sql+=$(element "$t" "$X3" "${ID[enrollment:$l]}")$'\n'
	done
done
check "alice writes each element against each of her organization's enrollments of Molly" 27 \
	"$(as alice "$sql" | grep -c '^[0-9]')"
check "alice reads them all" "$(every_table 'X3-A-none X3-A-org X3-A-user')" "$(read_elements alice)"
check "a colleague reads those of the open and the organization's enrollment, not of alice's own" \
	"$(every_table 'X3-A-none X3-A-org')" "$(read_elements amy)"

section "data elements: read only where their enrollment is"
check "the MOU partner reads the elements of the open enrollment only" \
	"$(every_table X3-A-none)" "$(read_elements bob)"
check "the organization given a release exception reads the same" \
	"$(every_table X3-A-none)" "$(read_elements carol)"
check "an organization that shares nothing reads none" "$(every_table)" "$(read_elements dave)"
check "the partner finds nothing of the restricted enrollments by id, count(*) or EXISTS" "0|0|f" \
	"$(as bob "SELECT (SELECT count(*) FROM hearth.income_benefits WHERE enrollment_id IN (${ID[enrollment:X3-A-org]}, ${ID[enrollment:X3-A-user]})),
	                  (SELECT count(*) FROM hearth.disabilities WHERE enrollment_id <> ${ID[enrollment:X3-A-none]}),
	                  EXISTS (SELECT 1 FROM hearth.prior_living_situation WHERE client_id = $X3 AND enrollment_id <> ${ID[enrollment:X3-A-none]})")"
check "through the HUD view the partner reads the open enrollment's disabilities only" \
	"1 ${ID[enrollment:X3-A-none]}" \
	"$(as bob "SELECT count(*), string_agg(DISTINCT enrollment_id::text, ',') FROM hearth.disabilities_hud" | tr '|' ' ')"
check "the organization that shares nothing counts no row in the view" 0 \
	"$(as dave "SELECT count(*) FROM hearth.disabilities_hud")"
check "the partner changes none of Harbor's elements" "" \
	"$(as bob "UPDATE hearth.income_benefits SET income_from_any_source = 0 RETURNING id")"
check "nor removes one" "" \
	"$(as bob "DELETE FROM hearth.disabilities RETURNING id")"

section "data elements: only against one's own enrollment and assessment of the client"
for t in income_benefits disabilities prior_living_situation; do
	check_match "the partner cannot attach $t to Harbor's enrollment" "row-level security" \
		"$(as_err bob "$(element "$t" "$X3" "${ID[enrollment:X3-A-none]}")")"
	check_match "nor in Harbor's name" "row-level security" \
		"$(as_err bob "$(element "$t" "$X3" "${ID[enrollment:X3-A-none]}" NULL "$A")")"
	check_match "nor to its own enrollment with Harbor's assessment" "row-level security" \
		"$(as_err bob "$(element "$t" "$X3" "${ID[enrollment:X3-B-none]}" "${ID[assessment:X3-A-none]}")")"
	check_match "nor to its own enrollment of another client" "row-level security" \
		"$(as_err bob "$(element "$t" "$X6" "${ID[enrollment:X3-B-none]}")")"
	check_match "nor its own assessment of another client" "row-level security" \
		"$(as_err bob "$(element "$t" "$X3" "${ID[enrollment:X3-B-none]}" "${ID[assessment:X6-B-none]}")")"
	check_match "a hidden enrollment fails like a nonexistent one, with no foreign-key error" "row-level security" \
		"$(as_err bob "$(element "$t" "$X8" "${ID[enrollment:X8-C-org]}")")"
	check_match "... and a nonexistent one fails the same" "row-level security" \
		"$(as_err bob "$(element "$t" "$X3" "$NOPE")")"
done
DEB=$(as bob "$(element income_benefits "$X3" "${ID[enrollment:X3-B-none]}" "${ID[assessment:X3-B-none]}")")
check_match "the partner writes its own element of the client, with its own assessment" '^[0-9]+$' "$DEB"
check_match "and cannot move it to Harbor's assessment" "row-level security" \
	"$(as_err bob "UPDATE hearth.income_benefits SET assessment_id = ${ID[assessment:X3-A-none]} WHERE id = $DEB")"
check_match "nor to Harbor's enrollment" "row-level security" \
	"$(as_err bob "UPDATE hearth.income_benefits SET enrollment_id = ${ID[enrollment:X3-A-none]} WHERE id = $DEB")"
check "Harbor reads Northside's element through the MOU, as Northside's enrollment is shared" \
	"${ID[enrollment:X3-B-none]}" \
	"$(as alice "SELECT enrollment_id FROM hearth.income_benefits WHERE org_id = $B")"
check "every element written is in the audit log" 28 \
	"$(dba "SELECT count(*) FROM hearth.audit_log WHERE action = 'insert'
	        AND table_name IN ('$(echo $ELEMENTS | sed "s/ /','/g")')")"
section ""
