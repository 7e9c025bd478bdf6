# --- a workflow: the intake ------------------------------------------------------------
tui_section "a workflow: the intake" 'start_as alice pw-alice'
expect_screen "Home shows the user's caseload at once" "Zoë"
tui_keys Right / ; tui_type "intake"; tui_keys Enter
expect_screen "the intake workflow shows its steps" "1. Add New Client"
expect_screen "the first step is current" "current (required)"
expect_screen "an optional step after a required one is locked" "locked"
tui_keys Down Enter
expect_screen "a locked step does not open" "Finish the required steps before it first."
tui_keys Up Enter
tui_wait "1 Name and identity" >/dev/null
tui_type "Wanda"; tui_keys Tab Tab; tui_type "Workflow"; tui_keys F2
tui_wait "Veteran status" >/dev/null
tui_keys F2
tui_wait "ZIP code" >/dev/null
tui_keys F2
tui_wait "Relationship to head" >/dev/null
tui_keys F2
expect_screen "a saved step is completed" "completed"
expect_screen "and the next one is current" "First case note                current"
expect_screen "the client of the first step is the current entity" "Wanda Workflow"
tui_keys Enter
tui_wait "Case Note" >/dev/null
tui_keys Tab; tui_type "Half a thought"; tui_keys F4
expect_screen "F4 in a step's form pauses the whole workflow" 'Paused: "Client Intake"'
check "the paused workflow belongs to its client, with its steps" "workflow/intake|1,0|2" \
	"$(dba "select p.form, p.entries->>'@done', p.entries->>'@open' from hearth.paused_operation p join hearth.client c on c.id = p.client_id where c.last_name = 'Workflow'")"
harbor=$(dba "select id from hearth.organization where name = 'Harbor House'")
check "a colleague who sees the client sees its paused workflow" "Client Intake" \
	"$(as jose@$harbor "select p.title from hearth.paused_operation p join hearth.client c on c.id = p.client_id where c.last_name = 'Workflow'")"
tui_keys / ; tui_type "paused op"; tui_keys Enter
tui_wait "Home > Paused Operations" >/dev/null
tui_keys Enter
expect_screen "resuming the workflow reopens its open step" "Half a thought"
tui_keys Escape Escape
expect_screen "with the steps done before" "1. Add New Client                 completed"
tui_keys Enter
tui_wait "Case Note" >/dev/null
tui_keys Tab; tui_type "First visit"; tui_keys F2
expect_screen "every required step done: the workflow can close" "Every required step is done."
check "the case note is about the workflow's client, by alice" "First visit|alice" \
	"$(dba "select n.title, u.username from hearth.case_note n join hearth.client c on c.id = n.client_id join hearth.hmis_user u on u.id = n.author_id where c.last_name = 'Workflow'")"
check "a finished workflow leaves nothing paused" 0 \
	"$(dba "select count(*) from hearth.paused_operation where form = 'workflow/intake'")"
tui_keys Delete
expect_screen "Delete asks before deleting the workflow" "Press Delete again"
tui_keys Delete
expect_screen "Delete deletes what the steps saved, but never a client" "not what these steps saved: Add New Client"
check "the workflow's case note is gone, its client is not" "0|1" \
	"$(dba "select (select count(*) from hearth.case_note n join hearth.client c on c.id = n.client_id where c.last_name = 'Workflow'), (select count(*) from hearth.client where last_name = 'Workflow')")"

# a workflow paused on its own page, resumed by a colleague from the client's list
tui_section "a workflow paused on its own page" 'start_as alice pw-alice'
tui_keys Right / ; tui_type "intake"; tui_keys Enter
tui_wait "1. Add New Client" >/dev/null
tui_keys Enter
tui_wait "1 Name and identity" >/dev/null
tui_type "Wendy"; tui_keys Tab Tab; tui_type "Waypoint"; tui_keys F2
tui_wait "Veteran status" >/dev/null
tui_keys F2
tui_wait "ZIP code" >/dev/null
tui_keys F2
tui_wait "Relationship to head" >/dev/null
tui_keys F2
tui_wait "Step 1 saved." >/dev/null
tui_keys F4
expect_screen "F4 on the workflow's page pauses it" 'Paused the workflow "Client Intake"'
tui_keys F10
login jose pw-jose
tui_wait "Which one now?" >/dev/null
tui_keys Enter
tui_wait "Welcome" >/dev/null
tui_keys / ; tui_type "find"; tui_keys Enter
tui_wait "First name" >/dev/null
tui_type "wen"; tui_keys Tab; tui_type "way"; tui_keys Enter
tui_wait "1 found." >/dev/null
tui_keys Enter
expect_screen "the dashboard lists the client's paused workflows" "Client Intake"
tui_keys / ; tui_type "paused w"; tui_keys Enter
expect_screen "Paused Workflows lists every user's about the client" "Alice Adams"
tui_keys Enter
expect_screen "a colleague resumes it where it was" "2. First case note                current"
tui_keys Enter
tui_wait "Case Note" >/dev/null
tui_keys Tab; tui_type "Seen by Jose"; tui_keys F2
expect_screen "and finishes it" "Every required step is done."
check "the colleague's step is saved in his name, and nothing stays paused" "Seen by Jose|jose|0" \
	"$(dba "select n.title, u.username, (select count(*) from hearth.paused_operation where form = 'workflow/intake') from hearth.case_note n join hearth.client c on c.id = n.client_id join hearth.hmis_user u on u.id = n.author_id where c.last_name = 'Waypoint'")"
tui_keys Escape
expect_screen "Esc closes a finished workflow" "The workflow is finished."
tui_stop

