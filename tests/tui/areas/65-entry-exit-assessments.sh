# --- an enrollment's entry and exit assessments: made in place with Insert,
# looked up among the client's, refused in a sentence when taken at another
# collection point, detached by emptying the field ---------------------------------
harbor=$(dba "select id from hearth.organization where name = 'Harbor House'")
"$HEARTHCTL" -d "$DBA" user org-admin alice "Harbor House" on >/dev/null
ivy=$(as "alice@$harbor" "INSERT INTO hearth.client (first_name, last_name, name_data_quality,
    ssn_data_quality, dob_data_quality, veteran_status)
    VALUES ('Ivy', 'Ingleton', 1, 99, 99, 99) RETURNING id")
dba "INSERT INTO hearth.program (org_id, name, project_type, begin_date)
    VALUES ($harbor, 'Ingle Street Shelter', 0, '2020-01-01')" >/dev/null
# an exit assessment already taken, not yet any enrollment's
as "alice@$harbor" "INSERT INTO hearth.assessment (client_id, assessment_date, assessment_type,
    data_collection_stage) VALUES ($ivy, hearth.today(), 'exit', 3)" >/dev/null
entry_of() {   # what the enrollment's entry (or exit) assessment is: type|stage|tied
	dba "select concat_ws('|', a.assessment_type, a.data_collection_stage, a.enrollment_id = e.id)
	     from hearth.enrollment e left join hearth.assessment a on a.id = e.$1_assessment_id
	     where e.client_id = $ivy"
}
edit_entry_assessment() {   # the enrollment opened to be changed, on its entry assessment
	menu "enrollments"
	tui_wait "Ingle Street Shelter" >/dev/null
	tui_keys Enter
	expect_screen "the enrollment opens to be changed" "Entry assessment"
	tui_keys Tab Tab Tab Tab Tab Tab Tab
}

tui_section "a new entry assessment made in place with the enrollment" \
	'start_as alice pw-alice && open_client ingleton'
menu "enrollments"
tui_keys Insert
expect_screen "the enrollment form has the entry assessment" "Entry assessment"
tui_keys Tab Tab; tui_type "Ingle Street"; tui_keys Tab
expect_screen "the program is looked up" "Ingle Street Shelter"
tui_keys Tab Tab Tab
tui_keys Insert
expect_screen "Insert: a new assessment, made on saving" \
	"Entry assessment: a new assessment, made when you save"
check "nothing is made yet" "1" "$(dba "select count(*) from hearth.assessment where client_id = $ivy")"
tui_keys F2
expect_screen "saved and listed" "Ingle Street Shelter"
check "the entry assessment: the client's, at project start, tied to the enrollment" "entry|1|t" \
	"$(entry_of entry)"
check "dated the entry, in its program" "t|t" \
	"$(dba "select a.assessment_date = e.entry_date, a.program_id = e.program_id
	        from hearth.enrollment e join hearth.assessment a on a.id = e.entry_assessment_id
	        where e.client_id = $ivy")"

tui_section "an assessment of another collection point is refused in a sentence" \
	'start_as alice pw-alice && open_client ingleton'
edit_entry_assessment
tui_keys C-u; tui_type "exit"; tui_keys Tab
expect_screen "the client's exit assessment is found" "Project exit,"
tui_keys F2
expect_screen "refused: a sentence, not a raw message" \
	"Not saved: The entry assessment was taken at another collection point than the"
check "the entry assessment is kept" "entry|1|t" "$(entry_of entry)"
tui_stop

tui_section "the exit names the exit assessment looked up among the client's" \
	'start_as alice pw-alice && open_client ingleton'
menu "enrollments"
tui_wait "Ingle Street Shelter" >/dev/null
tui_keys F5
expect_screen "F5 offers the exit" "Exit All Case Members"
tui_keys Down Down Down; tui_keys Enter
expect_screen "the exit form opens on the enrollment" "Edit: Exit the Enrollment"
expect_screen "it names whose" "Ingleton, Ivy"
tui_keys Tab Tab; tui_type "t"; tui_keys Tab
tui_type "Rental by client, no"; tui_keys Tab Tab Tab
tui_type "exit"; tui_keys Tab
expect_screen "the exit assessment is looked up" "Project exit,"
tui_keys F2
expect_screen "exited" "Ingle Street Shelter"
check "the exit assessment is named and tied to the enrollment" "exit|3|t" "$(entry_of exit)"

tui_section "emptying the field detaches the entry assessment, which stays" \
	'start_as alice pw-alice && open_client ingleton'
edit_entry_assessment
tui_keys C-u; tui_keys F2
expect_screen "saved" "Ingle Street Shelter"
check "no entry assessment now" "" "$(entry_of entry)"
check "the assessment itself stays, still the enrollment's" "2|2" \
	"$(dba "select count(*), count(enrollment_id) from hearth.assessment where client_id = $ivy")"
tui_stop

tui_section "Delete takes an enrollment made by mistake off the list, and keeps its assessments" \
	'start_as alice pw-alice && open_client ingleton'
menu "enrollments"
tui_wait "Ingle Street Shelter" >/dev/null
tui_keys Delete
expect_screen "Delete asks first" "Press Delete again to delete it."
tui_keys Delete
expect_screen "deleted, said" "Deleted."
expect_screen "and off the list" "No enrollment you may see."
check "the row is kept, marked, and its assessments still name it" "1|2" \
	"$(dba "select count(*) filter (where date_deleted is not null),
	        (select count(*) from hearth.assessment a where a.enrollment_id = e.id)
	        from hearth.enrollment e where e.client_id = $ivy group by e.id")"
tui_stop
