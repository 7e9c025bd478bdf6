# --- a form: Add New Client ------------------------------------------------------------
tui_section "a form: Add New Client" 'start_as alice pw-alice'
tui_keys Right / ; tui_type "add"; tui_keys Enter
tui_wait "1 Name and identity" >/dev/null
tui_type "Johnny"; tui_keys Tab Tab; tui_type "Smyth"; tui_keys Tab Tab Tab Tab Tab; tui_type "12/2/1977"
tui_keys Tab; tui_type "f"     # its data quality: Full DOB reported
tui_keys F2
expect_screen "an intake that meets a duplicate lists the candidates" "Possible duplicates"
expect_screen "with why each matched" "same birth date"
expect_screen "the clients it found are ones alice may see" "Smyth, John"
expect_not_screen "never a client she may not see" "Smithers"
tui_keys Escape
expect_screen "Esc goes back to the first step" "Johnny"
tui_keys F2
tui_wait "Possible duplicates" >/dev/null
tui_keys Enter
expect_screen "Enter opens the client found instead" "Client Dashboard"
expect_screen "and says the intake was not saved" "The intake was not saved"
check "no new client was made" 0 "$(dba "select count(*) from hearth.client where first_name = 'Johnny'")"
check "the duplicate check is in the audit log" 2 \
	"$(dba "select count(*) from hearth.audit_log where action = 'duplicate_check' and role_name = 'alice'")"
tui_keys Right / ; tui_type "add"; tui_keys Enter
expect_screen "Add New Client opens its form" "Add New Client"
expect_screen "the form shows its numbered steps" "1 Name and identity"
tui_keys F2
expect_screen "saving with required fields empty lists the problems in red" "First name is required."
expect_screen "every problem is listed" "Last name is required."
expect_screen "the status line says how many" "2 problems"
tui_type "Zoë"; tui_keys Tab Tab; tui_type "Ng"
tui_keys Tab Tab Tab; tui_type "123-45-67"; tui_keys F2
expect_screen "a malformed SSN gets a sentence" "Social Security number"
tui_keys C-e C-u; tui_type "123-45-6780"
tui_keys Tab Tab; tui_type "2/31/1990"; tui_keys F2
expect_screen "a malformed date gets a sentence naming the field" "Birth date: 2/31/1990 is not a date"
tui_keys C-e C-u; tui_type "t"; tui_keys F2
expect_screen "a birth date needs its data quality (HUD)" "with a Birth date, it must be"
tui_keys C-e; tui_type "a"; tui_keys F2
expect_screen "a finished step leads to the next" "Veteran status"
tui_keys PgUp
expect_screen "PgUp goes back a step, keeping what was typed" "Zoë"
tui_keys PgDn
expect_screen "PgDn goes on again" "Veteran status"
tui_keys F1
expect_screen "a form's help comes from its file" "hearth looks for possible"
tui_keys x
tui_keys Escape
expect_screen "Esc with typed data asks before discarding" "Discard what you typed?"
tui_keys Tab
expect_not_screen "any other key goes on with the form" "Discard what you typed?"
tui_keys C-s
expect_screen "then contact" "ZIP code"
tui_type "503-555-0101"; tui_keys Tab Tab; tui_type "12 Oak St"
tui_keys C-s
expect_screen "the last step: the household" "Relationship to head"
tui_keys C-s
expect_screen "Ctrl-S saves, and the client opens" "Client Dashboard"
expect_screen "the new client is the current entity" "Zoë Ng"
expect_screen "the dashboard shows the intake's author as case manager" "Alice Adams (Harbor House)"
tui_keys F1
expect_screen "help shows the page's own text" "The client dashboard"
tui_keys x
check "the client was saved in alice's organization, by alice" "Zoë|Ng|123456780|1" \
	"$(dba "select first_name, last_name, ssn, name_data_quality from hearth.client where last_name = 'Ng' and created_by = (select id from hearth.hmis_user where username = 'alice') and created_org = (select id from hearth.organization where name = 'Harbor House')")"
find_with "" "ng" "" ""
expect_screen "the saved client is found in the list" "Zoë"
tui_keys '>' '>'
expect_screen "and the list sorts" "First name ^"
tui_keys Escape Escape Left Left Left Left Left
tui_keys / ; tui_type "caseload"; tui_keys Enter
expect_screen "Home shows the caseload" "My Caseload"
expect_screen "the intake's author is its case manager" "Zoë"
check "alice is Zoë's case manager" 1 \
	"$(dba "select count(*) from hearth.case_manager m join hearth.client c on c.id = m.client_id where c.last_name = 'Ng' and m.user_id = (select id from hearth.hmis_user where username = 'alice')")"

