# --- Add New Client's household step: a new client joins a family ------------------
tui_section "Add New Client's household step" 'start_as alice pw-alice'
tui_keys Right / ; tui_type "intake"; tui_keys Enter
tui_wait "1. Add New Client" >/dev/null
expect_not_screen "the intake workflow has no household step of its own" "3. Household"
tui_keys Enter
tui_wait "1 Name and identity" >/dev/null
tui_type "Kim"; tui_keys Tab Tab; tui_type "Hearthway"; tui_keys F2
tui_wait "Veteran status" >/dev/null
tui_keys F2
tui_wait "ZIP code" >/dev/null
tui_keys F2
expect_screen "the form's fourth step is the household" "4 Household"
tui_type "999999"; tui_keys Tab C-u; tui_type "2"; tui_keys F2
expect_screen "a family that is not there: nothing is saved" "Not saved:"
check "the client is not made without its household (one transaction)" 0 \
	"$(dba "select count(*) from hearth.client where first_name = 'Kim' and last_name = 'Hearthway'")"
tui_keys BTab C-u; tui_type "hearthway"; tui_keys Tab
expect_screen "the family is found by its name" "Family: Hearthway, Dana - 1980."
tui_keys F2
expect_screen "the intake is saved with its household" "Step 1 saved."
check "the new client joined the family, as a child, current" "2|t" \
	"$(dba "select m.relationship_to_head, m.is_current from hearth.family_member m join hearth.client c on c.id = m.client_id where c.first_name = 'Kim' and c.last_name = 'Hearthway'")"
tui_stop

