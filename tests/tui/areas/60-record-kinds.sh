# --- kinds of record: every form that declares a page, walked; a new kind --------
# The walk is a table: a row per form with a page (forms/*.ini, page =), the
# keys that make a valid record once Insert has opened its form, and what
# its list then shows. A form with a page and no row here fails, so that each
# kind is covered as it is added.
harbor=$(dba "select id from hearth.organization where name = 'Harbor House'")
# new_client FIRST LAST: a client of alice's organization, its id
new_client() {
	as "alice@$harbor" "INSERT INTO hearth.client (first_name, last_name, name_data_quality,
	    ssn_data_quality, dob_data_quality, veteran_status)
	    VALUES ('$1', '$2', 1, 99, 99, 99) RETURNING id"
}
walker=$(new_client Wally Walkthrough)
family=$(as "alice@$harbor" "INSERT INTO hearth.family (name) VALUES (NULL) RETURNING id")
as "alice@$harbor" "INSERT INTO hearth.family_member (family_id, client_id, relationship_to_head,
    is_current) VALUES ($family, $walker, 1, true)" >/dev/null
lonely=$(new_client Lonny Nofamily)
# alice keeps her organization's part of the provider directory
"$HEARTHCTL" -d "$DBA" user org-admin alice "Harbor House" on >/dev/null
# (the intake's author became its case manager: the walk starts from none)
dba "DELETE FROM hearth.case_manager WHERE client_id = $walker" >/dev/null

# FORM|KEYS after Insert (tmux key names; "type:TEXT" types TEXT)|SHOWN in the list
# (KEYS "read-only": a page that only reads; Insert says so)
walk_rows=(
	"program|type:Walk-program Tab Tab Tab type:2020-01-01|Walk-program"
	"grant|type:Walk-grant Tab type:Walk-program Tab Tab Tab Tab type:t|Walk-grant"
	"project_coc|type:Walk-program Tab type:OR-501 Tab type:123456|OR-501"
	"enrollment|Tab Tab type:Walk-program|Walk-program"
	"task|type:+7 Tab type:Walk-task|Walk-task"
	"my_task|read-only|"
	"assessment|Tab Tab type:Proj|Project start"
	"income_benefits|type:Walk Tab Tab type:Proj Tab type:Y|Project start"
	"non_cash_benefits|type:Walk Tab Tab type:Proj Tab type:N|Project start"
	"health_insurance|type:Walk Tab Tab type:Proj Tab type:Y|Project start"
	"disabilities|type:Walk Tab Tab type:Proj|Project start"
	"health_and_dv|type:Walk Tab Tab type:Proj|Project start"
	"employment_education|type:Walk Tab Tab type:Proj|Project start"
	"current_living_situation|type:Walk Tab Tab Tab type:Safe|Safe Haven"
	"youth_education_status|type:Walk Tab Tab type:Proj|Project start"
	"prior_living_situation|type:Walk Tab Tab type:Proj Tab type:Safe|Safe Haven"
	"veteran_info|type:Walk Tab Tab type:Proj|Project start"
	"education|type:Walk Tab Tab type:Proj|Project start"
	"employment|type:Walk Tab Tab type:Proj|Project start"
	"health|type:Walk Tab Tab type:Proj|Project start"
	"financial|type:Walk Tab Tab type:Proj|Project start"
	"work_history|type:Walk Tab Tab type:Proj Tab type:Walk-employer Insert|Walk-employer"
	"case_manager||Adams"
	"case_note|Tab type:Walk-note|Walk-note"
	"client_address|Tab type:1-Walk-St|1-Walk-St"
	"client_alert|type:Walk-alert|Walk-alert"
	"client_alias|type:Walkabout|Walkabout"
	"family_note||Family Information"
	"interested_other|Tab type:Walk-other|Walk-other"
	"release_exception|type:north Tab|Northside"
)

# form_key FORM KEY: a [form] key's value in forms/FORM.ini
form_key() {
	sed -n "/^\[form\]/,/^\[field/s/^$2 *= *//p" "$ROOT/forms/$1.ini" | head -1
}

# steps_f2 FORM: F2 on every step but the last (each goes on to the next)
steps_f2() {
	local n
	n=$(form_key "$1" steps | tr ',' '\n' | grep -c .)
	while [ "$n" -gt 1 ]; do tui_keys F2; n=$((n - 1)); done
}

walk_keys() {   # walk_keys KEYS: send them, "type:TEXT" typed
	local k
	for k in $1; do
		case $k in
		type:*) tui_type "${k#type:}" ;;
		*) tui_keys "$k" ;;
		esac
	done
}

tui_section "every form with a page has a row in the walk" ""
with_page=$(cd "$ROOT/forms" && grep -l '^page *=' *.ini | sed 's/\.ini$//' | sort | paste -sd' ')
in_walk=$(printf '%s\n' "${walk_rows[@]}" | cut -d'|' -f1 | sort | paste -sd' ')
check "the walk's rows are exactly the forms with a page" "$with_page" "$in_walk"

for row in "${walk_rows[@]}"; do
	IFS='|' read -r form keys shown <<<"$row"
	page=$(form_key "$form" page)
	title=$(form_key "$form" title)
	empty=$(form_key "$form" empty)
	tui_section "$page ($form.ini): menu, empty, add, save, edit, delete" \
		'start_as alice pw-alice && open_client walkthrough'
	menu "$page"
	expect_screen "$page: its menu entry opens it" "$page"
	expect_screen "$page: an empty list says so" "$empty"
	if [ "$keys" = read-only ]; then
		tui_keys Insert
		expect_screen "$page: a read-only page adds nothing" "records are only read here"
		check "$page: and hints no Insert" "" "$(tui_screen | tail -1 | grep -o 'Insert')"
		continue
	fi
	tui_keys Insert
	expect_screen "$page: Insert opens its form" "$title"
	walk_keys "$keys"
	steps_f2 "$form"
	tui_keys F2
	expect_screen "$page: saved, the record is listed" "$shown"
	tui_keys Enter
	expect_screen "$page: Enter edits it" "Edit: $title"
	steps_f2 "$form"
	tui_keys F2
	expect_screen "$page: and saves it again" "saved"
	if ! form_key "$form" actions | grep -q delete && [ -n "$(form_key "$form" actions)" ]; then
		tui_keys Delete
		expect_screen "$page: a page without delete deletes nothing" "not deleted here"
		continue
	fi
	tui_keys Delete
	expect_screen "$page: Delete asks first" "Press Delete again"
	tui_keys Delete
	expect_screen "$page: and deletes" "Deleted."
	expect_screen "$page: the list is empty again" "$empty"
	marks=$(form_key "$form" deleted_at)
	if [ -n "$marks" ]; then   # kept, marked: brought back for the walks after it
		check "$page: the row is kept, marked deleted" 1 \
			"$(dba "select count(*) from hearth.$(form_key "$form" table) where $marks is not null")"
		dba "update hearth.$(form_key "$form" table) set $marks = null" >/dev/null
	fi
done

tui_section "Find Provider lists every organization's programs; each keeps its own" \
	'start_as alice pw-alice'
northside=$(dba "select id from hearth.organization where name = 'Northside'")
dba "INSERT INTO hearth.program (org_id, name, project_type, begin_date)
     VALUES ($northside, 'North Night Shelter', 1, '2020-01-01'),
            ($harbor, 'Harbor Outreach', 4, '2021-06-01')" >/dev/null
tui_keys Right Right
menu "find provider"
expect_screen "the directory, sorted by name" "Harbor Outreach"
tui_keys F9
expect_screen "another organization's program is in the directory" "North Night Shelter"
expect_screen "with its organization" "Northside"
expect_screen "its HUD project type by label" "Street Outreach"
tui_type "North"
tui_keys Enter
expect_screen "another organization's program opens read-only, with the reason" "read-only"
tui_keys Escape
tui_keys Delete
expect_screen "Delete deletes nothing" "not deleted here"
tui_stop
tui_section "a member who keeps no directory is refused by the database" 'start_as wang pw-wang'
tui_keys Right Right
menu "find provider"
tui_keys Insert
tui_type "Wang Program"; tui_keys Tab Tab Tab; tui_type "2020-01-01"
tui_keys F2
expect_screen "the organization's program is not added by a plain member" "Not saved"
check "and nothing was added" "0" "$(dba "select count(*) from hearth.program where name = 'Wang Program'")"
check "both programs are still there" "2" \
	"$(dba "select count(*) from hearth.program where name in ('North Night Shelter', 'Harbor Outreach')")"
tui_stop

tui_section "a page says once what it needs" 'start_as alice pw-alice && open_client nofamily'
menu "family case"
expect_screen "a family's page, for a client in no family" "The client is in no family; add one in Families."
tui_keys Insert
expect_not_screen "and offers nothing of the family's" "Family Information"
tui_stop
tui_section "a client's page, with no client" 'start_as alice pw-alice'
menu "aliases"
expect_screen "a client's page, with none selected" "No client is selected; use Find Client."

# A new kind: its table made as a migration would (the suite's own database),
# its form file beside the real ones; hearth is not rebuilt.
tui_section "a new kind of record: a form file and a migration, no C" ""
psql -X -q -1 -v ON_ERROR_STOP=1 -U postgres -d hearth -f "$here/fixtures/goal.sql" >/dev/null
check "the migration made the table, under the transaction rule" "t|4" \
	"$(dba "select c.relforcerowsecurity, count(p.*) from pg_class c join pg_policy p on p.polrelid = c.oid where c.oid = 'hearth.goal'::regclass and p.polname like 'transaction\_%' group by 1")"
mkdir -p "$work/kinds"
cp -r "$ROOT/forms" "$work/kinds/forms"
cp "$here/fixtures/goal.ini" "$work/kinds/forms/goal.ini"
{ printf '[forms]\ndir = %s\n' "$work/kinds/forms"; cat "$conf"; } >"$work/kinds/hearth.conf"
tui_start 80 24 "$HEARTH" -c "$work/kinds/hearth.conf"
login alice pw-alice
tui_wait "Welcome" >/dev/null
open_client walkthrough
tui_keys / ; tui_type "goa"
expect_screen "the menu has the new page, from its form file" "Goals"
tui_keys Enter
expect_screen "it opens, with its empty sentence" "No goal you may see."
tui_keys Insert
expect_screen "Insert opens its form" "Goal"
tui_type "Find a room"; tui_keys Tab; tui_type "2027-01-31"; tui_keys F2
expect_screen "the new kind's record is saved and listed" "Find a room"
expect_screen "with its date" "2027-01-31"
check "as alice's organization's, about the client" "Find a room|$harbor" \
	"$(dba "select goal, org_id from hearth.goal where client_id = $walker")"
check "Northside, which does not share the client, sees none" "0" \
	"$(as wang "select count(*) from hearth.goal")"
tui_keys Enter
expect_screen "Enter edits it" "Edit: Goal"
tui_keys Tab C-u; tui_type "Find a flat"; tui_keys F2
expect_screen "the change is saved" "Find a flat"
tui_keys Delete Delete
expect_screen "Delete twice deletes it" "No goal you may see."
check "and it is gone" "0" "$(dba "select count(*) from hearth.goal")"
tui_keys F1
expect_screen "its help is the form's" "What the client is working towards"
tui_stop
