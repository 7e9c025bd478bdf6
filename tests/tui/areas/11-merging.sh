# --- merging two records of one person (administrators) ---------------------------
jon=$(dba "select id from hearth.client where first_name = 'Jon' and last_name = 'Smith'")
john=$(dba "select id from hearth.client where first_name = 'John' and last_name = 'Smyth'")
dba "INSERT INTO hearth.case_manager (client_id, org_id, user_id, created_by)
     SELECT $john, o.id, u.id, u.id FROM hearth.organization o, hearth.hmis_user u
     WHERE o.name = 'Northside' AND u.username = 'wang'" >/dev/null
tui_section "merging two records" 'start_as chief pw-chief'
tui_keys / ; tui_type "merge"; tui_keys Enter
expect_screen "an administrator has Merge Clients" "Merge Clients"
tui_type "$jon"; tui_keys Tab; tui_type "$john"
expect_screen "the names of both clients show" "Smyth, John"
tui_keys F2
expect_screen "merging asks first" "F2 again merges"
tui_keys F2
expect_screen "and merges" "Merged client $john into client $jon"
check "the merged client is marked, its case manager moved" "$jon|0" \
	"$(dba "select merged_into, (select count(*) from hearth.case_manager where client_id = $john) from hearth.client where id = $john")"
tui_keys F6; tui_type "smyth, john"; tui_keys Enter
expect_screen "the merged client's own name finds one client" "1 found."
expect_screen "the client it was merged into" "Smith"
tui_keys Escape
tui_wait "Keep client" >/dev/null
tui_keys Tab
tui_keys Enter
expect_screen "undoing asks first" "Enter again undoes it"
tui_keys Enter
expect_screen "and undoes" "is undone"
check "after the undo both are as they were" "|1" \
	"$(dba "select coalesce(merged_into::text, ''), (select count(*) from hearth.case_manager where client_id = $john) from hearth.client where id = $john")"
tui_section "merging is for administrators" 'start_as alice pw-alice'
tui_keys / ; tui_type "merge"; tui_keys Enter
expect_not_screen "a user who is no administrator has no Merge Clients" "Merge Clients"
tui_stop

