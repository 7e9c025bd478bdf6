# --- the frame tells the truth about the page: hints, trail, status, panel ------
# (it uses what area 60 made: $harbor, the client Walkthrough)
hint_line() { tui_screen | tail -1; }
status_lines() { tui_screen | tail -4 | head -3; }

tui_section "the hint line is the page's own" 'start_as alice pw-alice'
tui_keys Right; menu "add new client"
tui_wait "First name" >/dev/null
expect_screen "a form hints its save (here: the next step)" "F2 next step"
check_match "and Tab as moving between fields" "Tab next field" "$(hint_line)"
check_match "and pausing" "F4 pause" "$(hint_line)"
check "never Tab as the menu in a form" "" "$(hint_line | grep -o 'Tab menu')"
tui_keys Escape
tui_keys Escape
menu "find client"
tui_wait "First name" >/dev/null
check_match "Find Client hints Enter as finding" "Enter find" "$(hint_line)"
tui_keys Escape
tui_wait "Welcome" >/dev/null
check_match "Home, without fields, has Tab to the menu" "Tab menu" "$(hint_line)"

tui_section "a records page and a lookup field hint their keys" \
	'start_as alice pw-alice && open_client walkthrough'
menu "aliases"
tui_wait "No alias you may see." >/dev/null
check_match "a records page hints add, delete and its actions" "Insert add.*Delete delete.*F5 actions" "$(hint_line)"
menu "release exc"
tui_keys Insert
tui_wait "Shared with" >/dev/null
check_match "a lookup field hints looking up" "F5 look up" "$(hint_line)"
check_match "and the form hints saving" "F2 save" "$(hint_line)"
tui_keys Escape

tui_section "the trail shows where one is" 'start_as alice pw-alice && open_client walkthrough'
for page in "aliases|No alias" "address history|No address" "interested|No interested" \
            "case managers|Case Managers" "case notes|No case note" "client alerts|No alert" \
            "document check|No document"; do
	menu "${page%|*}"
	tui_wait "${page#*|}" >/dev/null
done
trail=$(tui_screen | sed -n 4p)
check_match "the current page is always shown, at the right" "Document Check *$" "$trail"
check_match "the oldest pages are cut at the left" "^ *\.\.\. > " "$trail"
menu "edit client"
tui_wait "Edit: Edit Client" >/dev/null
check_match "a form's page is named by its form" "> Edit Client *$" "$(tui_screen | sed -n 4p)"
tui_keys Escape
tui_wait "Document Check" >/dev/null
menu "aliases"
tui_wait "No alias you may see." >/dev/null
check_match "a page visited again is where the trail goes back to, not a new entry" \
	"Client Dashboard > Aliases *$" "$(tui_screen | sed -n 4p)"
check "and it holds no loop" "" "$(tui_screen | sed -n 4p | grep -o 'Aliases >')"

tui_section "a long sentence wraps: every choice can be read at 80 columns" \
	'start_as alice pw-alice'
tui_keys Right; menu "add new client"
tui_wait "First name" >/dev/null
tui_type "Unfinished"
tui_keys F10
expect_screen "the logout question starts" "You have an unfinished form or workflow"
check_match "and its last choice is on the screen too" "Esc goes back to it" "$(status_lines | tr '\n' ' ')"
tui_keys Escape
tui_keys Escape Escape
tui_stop

tui_section "F9 hides the panel until it is shown again" 'start_as alice pw-alice && open_client walkthrough'
tui_keys F9
expect_not_screen "F9 hides the panel" "Client record"
menu "aliases"
expect_screen "the menu search still works" "No alias you may see."
expect_not_screen "and the panel stays hidden after it" "Client record"
menu "case notes"
expect_screen "another page" "No case note you may see."
expect_not_screen "the panel is still hidden" "Client record"
tui_keys F9
expect_screen "F9 shows it again" "Client record"
tui_stop

tui_section "a dashboard taller than the page scrolls, clear of the status line" ""
for n in 1 2 3 4 5 6 7 8; do
	as "alice@$harbor" "INSERT INTO hearth.client_alert (client_id, alert) VALUES ($walker, 'Alert number $n')" >/dev/null
done
start_as alice pw-alice && open_client walkthrough
expect_screen "the dashboard says there is more" "(more below: Down)"
check "the status line's row is the status line's" "" "$(tui_screen | sed -n 23p | grep -o 'Household')"
check "the hint line offers the rest" "PgDn more" "$(hint_line | grep -o 'PgDn more')"
tui_keys PgDn
expect_screen "PgDn shows the rest: the household" "Household"
expect_screen "and says there is more above" "(more above: Up)"
tui_keys Home
expect_screen "Home goes back to the top" "Client ID"
tui_stop

tui_section "the duplicate list scrolls, and F9 works there" ""
for n in 1 2 3 4 5 6 7 8; do
	as "alice@$harbor" "INSERT INTO hearth.client (first_name, last_name, birth_date, name_data_quality,
	    ssn_data_quality, dob_data_quality, veteran_status)
	    VALUES ('Jean', 'Dupont$n', '1960-01-0$n', 1, 99, 1, 99)" >/dev/null
done
start_as alice pw-alice
tui_keys Right; menu "add new client"
tui_wait "1 Name and identity" >/dev/null
tui_type "Jean"; tui_keys Tab Tab; tui_type "Dupont"; tui_keys F2
tui_wait "Possible duplicates" >/dev/null
expect_screen "the list says when there are more than fit" "(more below: Down)"
check_match "its hint line says what Enter and F2 do" "Enter open it instead.*F2 none is: go on" "$(hint_line)"
tui_keys Down Down Down Down Down Down Down Down
expect_screen "Down reaches the last of them" "(more above: Up)"
tui_keys F9
expect_not_screen "F9 hides the panel on the duplicate list too" "My work"
expect_screen "and the list stays" "Possible duplicates"
tui_keys F9 Escape
expect_screen "Esc goes back to the first step" "Dupont"
tui_keys Escape Escape
tui_stop

tui_section "columns take the width the terminal gives" ""
as "alice@$harbor" "INSERT INTO hearth.client (first_name, last_name, name_data_quality, ssn_data_quality,
    dob_data_quality, veteran_status) VALUES ('Toby', 'Quennell-Marshwood', 1, 99, 99, 99)" >/dev/null
find_toby() {   # find_toby COLS ROWS: Find Client's list, at that size, with her found
	run_hearth "$1" "$2"
	login alice pw-alice
	tui_wait "Welcome" >/dev/null
	tui_keys Right; menu "find client"
	tui_wait "First name" >/dev/null
	tui_keys Tab; tui_type "quennell-m"; tui_keys Enter
	tui_wait "1 found." >/dev/null
}
find_toby 100 30
expect_screen "a long last name is shown whole when the line has room" "Quennell-Marshwood"
tui_stop
find_toby 80 24
expect_screen "at 80 columns, columns narrower than their width give the name room" "Quennell-Marshwoo"
tui_keys F9
expect_screen "and with the panel hidden it is whole" "Quennell-Marshwood"
tui_stop

tui_section "the panel widens with the terminal" ""
run_hearth 120 30
login alice pw-alice
tui_wait "Welcome" >/dev/null
tui_keys Right
expect_screen "a long menu entry shows whole at 120 columns" "Address History Report "
tui_stop

tui_section "going back, a list has what was selected" ""
note_new=$(as "alice@$harbor" "INSERT INTO hearth.case_note (client_id, note_date, title) VALUES ($walker, '2026-11-02', 'Newer note') RETURNING id")
note_old=$(as "alice@$harbor" "INSERT INTO hearth.case_note (client_id, note_date, title) VALUES ($walker, '2026-11-01', 'Older note') RETURNING id")
start_as alice pw-alice && open_client walkthrough
menu "case notes"
tui_wait "Older note" >/dev/null
tui_keys Down Enter
expect_screen "the second note opens" "(record $note_old)"
tui_keys Escape
tui_wait "Older note" >/dev/null
menu "aliases"
tui_wait "No alias you may see." >/dev/null
tui_keys Escape
tui_wait "Older note" >/dev/null
tui_keys Enter
expect_screen "back on Case Notes, the note selected before is still selected" "(record $note_old)"
tui_keys Escape
tui_stop
