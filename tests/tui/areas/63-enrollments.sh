# --- enrollments end to end: a household into one case, its follow-up, the
# entry assessment with the income computed, the exit of the whole case with
# an exit assessment, and the two compared --------------------------------------
harbor=$(dba "select id from hearth.organization where name = 'Harbor House'")
"$HEARTHCTL" -d "$DBA" user org-admin alice "Harbor House" on >/dev/null
program=$(dba "INSERT INTO hearth.program (org_id, name, project_type, begin_date)
    VALUES ($harbor, 'Family Haven Shelter', 0, '2020-01-01') RETURNING id")
dba "INSERT INTO hearth.\"grant\" (org_id, program_id, name, funder, begin_date)
    VALUES ($harbor, $program, 'Haven ESG', 8, '2020-01-01')" >/dev/null
# member FIRST: a client of Harbor House named FIRST Haverford, its id
member() {
	as "alice@$harbor" "INSERT INTO hearth.client (first_name, last_name, name_data_quality,
	    ssn_data_quality, dob_data_quality, veteran_status)
	    VALUES ('$1', 'Haverford', 1, 99, 99, 99) RETURNING id"
}
head=$(member Hannah); partner=$(member Henry); child=$(member Holly)
family=$(as "alice@$harbor" "INSERT INTO hearth.family (name) VALUES (NULL) RETURNING id")
as "alice@$harbor" "INSERT INTO hearth.family_member (family_id, client_id, relationship_to_head,
    is_current) VALUES ($family, $head, 1, true), ($family, $partner, 3, true),
    ($family, $child, 2, true)" >/dev/null

open_hannah() {   # Hannah Haverford's dashboard (her household shares her last name)
	tui_keys Right / ; tui_type "find"; tui_keys Enter
	tui_wait "First name" >/dev/null
	tui_type "Hannah"; tui_keys Tab; tui_type "Haverford"; tui_keys Enter
	tui_wait "1 found." >/dev/null
	tui_keys Enter
	tui_wait "Client Dashboard"
}

tui_section "a family of three enrolled in one case, with a 30-day follow-up" \
	'start_as alice pw-alice && open_hannah'
menu "enroll the household"
expect_screen "the household's enrollment opens, its family filled in" "Enroll the Household"
tui_keys Tab; tui_type "Family Haven"; tui_keys Tab
expect_screen "the program is looked up among the organization's" "Family Haven Shelter"
tui_type "Haven"; tui_keys Tab Tab
tui_type "3"
expect_screen "the follow-up is chosen" "30 days"
tui_keys F2
expect_screen "all three are enrolled in one case" "Enrolled: the household's members you see"
check "three enrollments, one case, one head, each relationship the family's" "3|1|1|1,2,3" \
	"$(dba "select count(*), count(distinct case_id), count(*) filter (where relationship_to_hoh = 1),
	        string_agg(relationship_to_hoh::text, ',' order by relationship_to_hoh)
	        from hearth.enrollment where client_id in ($head, $partner, $child)")"
due=$(dba "select (hearth.today() + 30)::text")
tui_keys Escape
menu "my tasks"
expect_screen "the follow-up is on Home's task list" "Follow-up (30 days): Fami"
expect_screen "due in 30 days" "$due"
menu "client dashboard"
tui_keys PgDn
expect_screen "and on the client's dashboard" "Open tasks"
expect_screen "with its due date" "$due: Follow-up"

tui_section "never twice in one program at once: said in a sentence" \
	'start_as alice pw-alice && open_hannah'
menu "enrollments"
tui_keys Insert
tui_keys Tab Tab; tui_type "Family Haven"; tui_keys F2
expect_screen "the database's rule, as a sentence" "already enrolled in this program for part of"
check "nothing more was enrolled" "1" \
	"$(dba "select count(*) from hearth.enrollment where client_id = $head")"
tui_stop

tui_section "the entry assessment: the total income computed as it is typed" \
	'start_as alice pw-alice && open_hannah'
menu "income and benefits"
expect_screen "the client's income records, none yet" "No income and benefits record you may see."
tui_keys Insert
expect_screen "the form opens, the total near the top" "Total monthly income"
tui_type "Family Haven"; tui_keys Tab
expect_screen "the enrollment is looked up among the client's" "Family Haven Shelter from"
tui_keys Tab; tui_type "Project s"; tui_keys Tab
tui_type "Y"; tui_keys Tab
tui_type "1200"; tui_keys Tab Tab
tui_type "300"
expect_screen "the total is the sum, before saving" "1,500.00"
tui_keys F2
expect_screen "saved, listed with its total" "1,500.00"
check "stored: the stage, the amounts and the computed total" "1|1200.00|300.00|1500.00" \
	"$(dba "select data_collection_stage, earned_amount, ssi_amount, total_monthly_income
	        from hearth.income_benefits where client_id = $head")"

tui_section "the whole case exits at once, and the exit assessment starts from the entry" \
	'start_as alice pw-alice && open_hannah'
menu "enrollments"
expect_screen "the enrollment is listed" "Family Haven Shelter"
tui_keys F5
expect_screen "F5 offers the case's members" "Case Members"
tui_keys Down Down; tui_keys Enter
expect_screen "the case's members, the head first" "Haverford, Hannah"
check_match "each with their relationship" "Haverford, Henry +Head of household's" \
	"$(tui_screen | grep 'Haverford, Henry')"
tui_keys Escape
tui_wait "Family Haven Shelter" >/dev/null
tui_keys F5
expect_screen "F5 offers the exit of the whole case" "Exit All Case Members"
tui_keys Down Down Down Down; tui_keys Enter
expect_screen "its form opens on the enrollment" "Edit: Exit All Case Members"
tui_keys Tab; tui_type "t"; tui_keys Tab
tui_type "Rental by client, no"
tui_keys F2
expect_screen "every member exits" "Exited: 3 enrollments of the case."
check "all three exited today, to a rental" "3|3" \
	"$(dba "select count(*) filter (where exit_date = hearth.today()),
	        count(*) filter (where destination = 410)
	        from hearth.enrollment where client_id in ($head, $partner, $child)")"
menu "income and benefits"
tui_keys Insert
expect_screen "a new one starts from the last, and says so" "Started from the last Income and Benefits"
tui_keys Tab; tui_type "Project e"; tui_keys Tab Tab
tui_keys C-u; tui_type "1500"
expect_screen "the carried amounts count in the total" "1,800.00"
tui_keys F2
expect_screen "the exit assessment is saved" "1,800.00"
check "stored at exit, the carried SSI kept" "3|1500.00|300.00|1800.00" \
	"$(dba "select data_collection_stage, earned_amount, ssi_amount, total_monthly_income
	        from hearth.income_benefits where client_id = $head and data_collection_stage = 3")"

tui_section "a master assessment and the records taken with it" \
	'start_as alice pw-alice && open_hannah'
menu "assessments"
expect_screen "the client's master assessments, none yet" "No assessment you may see."
tui_keys Insert
tui_type "Family Haven"; tui_keys Tab Tab
tui_type "Proj"
expect_screen "its type is a HUD collection point" "Project start (entry)"
tui_keys Tab; tui_type "Proj"
tui_keys F2
expect_screen "saved and listed, its assessor the user" "Alice Adams"
tui_keys F5
expect_screen "F5 offers the related assessments" "View Related Assessments"
tui_keys Down Down; tui_keys Enter
expect_screen "they are listed" "Related Assessments"
check_match "an entry's kinds, none started: prior living situation first" \
	"Prior Living Situation +not started" "$(tui_screen | grep 'Prior Living')"
tui_keys Enter
expect_screen "not started: its form opens" "Prior living situation"
check_match "naming its master assessment by type" "Master assessment +[0-9]+  Project start \\(entry\\)" \
	"$(tui_screen | grep 'Master assessment')"
tui_type "Safe"; tui_keys F2
expect_screen "saved, it is done" "done"
check "taken with the master, its stage and enrollment" "1|1" \
	"$(dba "select count(*) filter (where p.assessment_id = a.id and p.data_collection_stage = 1),
	        count(*) filter (where p.enrollment_id = a.enrollment_id)
	        from hearth.prior_living_situation p join hearth.assessment a on a.client_id = p.client_id
	        where p.client_id = $head")"
tui_stop

tui_section "entry and exit side by side" \
	'start_as alice pw-alice && open_hannah'
menu "entry and exit"
expect_screen "the enrollment compared" "Family Haven Shelter"
expect_screen "income taken at both" "Income and Benefits: entry"
check_match "earned income changed, marked" "Earned income +1,200.00 +1,500.00 +changed" \
	"$(tui_screen | grep 'Earned income')"
tui_keys Down Down Down Down Down Down
check_match "SSI the same, not marked" "SSI +300.00 +300.00 *\$" "$(tui_screen | grep -E '│ SSI ')"
check_match "the total changed" "Total monthly income +1,500.00 +1,800.00 +changed" \
	"$(tui_screen | grep 'Total monthly income')"
tui_stop
