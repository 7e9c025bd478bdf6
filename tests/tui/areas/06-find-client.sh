# --- Find Client ---------------------------------------------------------------------
dba "SET session_replication_role = replica;
     INSERT INTO hearth.client (first_name, last_name, birth_date, dob_data_quality, ssn, intake_sharing, created_org, created_by)
     SELECT f, l, d::date, 1, s, sh, (SELECT id FROM hearth.organization WHERE name = o), (SELECT id FROM hearth.hmis_user WHERE username = u)
     FROM (VALUES ('Jon', 'Smith', '1977-12-02', '123454011', 'global', 'Harbor House', 'alice'),
                  ('John', 'Smyth', '1977-12-02', '987654011', 'global', 'Northside', 'wang'),
                  ('Keisha', 'Smith-Owens', '1990-05-01', NULL, 'global', 'Harbor House', 'alice'),
                  ('Hidden', 'Smithers', '1960-01-01', '555554011', 'organization', 'Northside', 'wang'),
                  ('María', 'Núñez', '1985-03-04', '222334444', 'global', 'Harbor House', 'alice'))
          AS v(f, l, d, s, sh, o, u)" >/dev/null
tui_section "Find Client" 'start_as alice pw-alice'
tui_keys Right / ; tui_type "find"; tui_keys Enter
expect_screen "Find Client opens from the menu search" "Home > Find Client"
tui_keys Tab; tui_type "sm"; tui_keys Enter
expect_screen "a partial last name finds clients" "Smith-Owens"
expect_screen "the list is sorted by last name, with a marker" "Last name ^"
expect_screen "the count is on the status line" "3 found."
expect_not_screen "another organization's restricted client is not found" "Smithers"
tui_keys '>'
expect_screen "> again reverses the sort" "Last name v"
tui_keys '>'
expect_screen "and then sorts by the next column" "First name ^"
tui_keys '<'
expect_screen "< steps back" "Last name v"
# find_with FIRST LAST BIRTH SSN: back to Find Client (its first field) and search
find_with() {
	tui_keys Escape
	tui_wait "Esc back" >/dev/null
	tui_keys / ; tui_type "find"; tui_keys Enter
	tui_wait "First name" >/dev/null
	local v
	for v in "$1" "$2" "$3"; do
		tui_keys C-u; [ -z "$v" ] || tui_type "$v"; tui_keys Tab
	done
	tui_keys C-u; [ -z "$4" ] || tui_type "$4"; tui_keys Enter
}
find_with "" "" "" "4011"
expect_screen "the last four digits of the SSN find clients" "2 found."
find_with "" "" "2/30/1977" ""
expect_screen "a malformed date gets a sentence" "is not a date"
find_with "" "" "12/2/1977" ""
expect_screen "a birth date typed the American way finds clients" "2 found."
find_with "" "" "" ""
expect_screen "blank finds every client the user may see" "4 found."
find_with "mar" "NÚÑ" "" ""
expect_screen "UTF-8 names are found in any case" "María"
tui_keys Enter
expect_screen "Enter opens the client dashboard" "Client Dashboard"
expect_screen "the client becomes the current entity" "Client 5: María Núñez"
tui_keys F3
expect_screen "F3 numbers the click trail" "1 Home > 2 Find Client > Client Dashboard"
tui_keys 1
expect_screen "a number goes back to that page" "Welcome, Alice Adams."
tui_keys F3
expect_screen "with no earlier page, F3 says so" "There is no earlier page."
tui_keys / ; tui_type "find"; tui_keys Enter
tui_wait "First name" >/dev/null
tui_keys Enter
tui_wait "found." >/dev/null
tui_keys Enter
tui_wait "Client Dashboard" >/dev/null
tui_keys Escape
expect_screen "Esc goes back to the results" "Home > Find Client"
check "each opening of a client is in the audit log (twice here)" "2" \
	"$(dba "select count(*) from hearth.audit_log where action = 'open' and row_id = '5' and role_name = 'alice'")"
tui_keys F6
expect_screen "F6 opens the quick search box from anywhere" "Quick search:"
tui_type "smith, jo"; tui_keys Enter
expect_screen "it jumps to Find Client with the results" "1 found."
expect_screen "found by last name, first name" "Jon"
tui_keys Enter
expect_screen "Enter opens the client found" "Client Dashboard"
tui_keys F6; tui_type "12345"; tui_keys Enter
expect_screen "a quick search that is no search gets a sentence" "An SSN is nine digits"
tui_keys Escape Escape
tui_stop

