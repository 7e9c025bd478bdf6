# --- work history: a new employer typed into the lookup, the pay computed ------
# Insert in the employer field makes the name typed there a new employer of
# the directory when the record is saved; the monthly and annual pay are
# computed from the wage and the hours as they are typed, and stored.
harbor=$(dba "select id from hearth.organization where name = 'Harbor House'")
"$HEARTHCTL" -d "$DBA" user org-admin alice "Harbor House" on >/dev/null
worker=$(as "alice@$harbor" "INSERT INTO hearth.client (first_name, last_name, name_data_quality,
    ssn_data_quality, dob_data_quality, veteran_status)
    VALUES ('Wanda', 'Workwell', 1, 99, 99, 99) RETURNING id")
program=$(dba "INSERT INTO hearth.program (org_id, name, project_type, begin_date)
    VALUES ($harbor, 'Jobs Shelter', 0, '2020-01-01') RETURNING id")
as "alice@$harbor" "INSERT INTO hearth.enrollment (client_id, program_id, household_id, entry_date)
    VALUES ($worker, $program, 'w-1', hearth.today() - 10)" >/dev/null

tui_section "a work history with a new employer, its pay computed before saving and stored" \
	'start_as alice pw-alice && open_client workwell'
menu "work history"
expect_screen "the work history page opens" "No work history you may see."
tui_keys Insert
expect_screen "Insert opens the form" "Work History"
tui_type "Jobs"; tui_keys Tab Tab
tui_type "Proj"; tui_keys Tab
tui_keys Insert
expect_screen "Insert in an empty employer field asks for the name first" "type the new employer's name"
tui_type "Acme Bakery"; tui_keys Insert
expect_screen "Insert makes the name typed a new employer, made on saving" \
	'Employer: a new employer, "Acme Bakery", made when you save.'
expect_screen "the field says so" "Acme Bakery  (a new one"
check "nothing is made yet" "0" "$(dba "select count(*) from hearth.employer where name = 'Acme Bakery'")"
tui_keys Tab
expect_screen "Tab leaves it standing for the new employer, not looked up" "Acme Bakery  (a new one"
tui_type "Baker"; tui_keys Tab Tab Tab
tui_type "15.50"; tui_keys Tab
tui_type "40"
expect_screen "the monthly pay is computed as typed" "2,686.67"
expect_screen "and the annual pay" "32,240.00"
tui_keys F2
expect_screen "F2 goes on to the termination step" "Termination"
tui_keys F2
expect_screen "saved, listed with its employer" "Acme Bakery"
expect_screen "and its annual pay" "32,240.00"
check "the new employer is Harbor's, added by alice" "1|t|t" \
	"$(dba "select count(*), bool_and(e.org_id = $harbor),
	        bool_and(e.created_by = (select id from hearth.hmis_user where username = 'alice'))
	        from hearth.employer e where e.name = 'Acme Bakery'")"
check "the work history names it, the pay stored as computed" "Acme Bakery|Baker|15.50|40.00|2686.67|32240.00" \
	"$(dba "select e.name, w.job_title, w.hourly_wage, w.weekly_hours, w.monthly_pay, w.annual_pay
	        from hearth.work_history w join hearth.employer e on e.id = w.employer_id
	        where w.client_id = $worker")"
tui_stop
