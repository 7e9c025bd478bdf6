# --- paused operations hold what was typed: who reads them, what hearth trusts -----
tui_section "paused operations: who reads them, what hearth trusts"
harbor=$(dba "select id from hearth.organization where name = 'Harbor House'")
P=$(as alice "INSERT INTO hearth.client (first_name, last_name) VALUES ('Priya', 'Pausewell') RETURNING id")
Q=$(as alice "INSERT INTO hearth.client (first_name, last_name) VALUES ('Quinn', 'Quietly') RETURNING id")
R=$(as alice "INSERT INTO hearth.client (first_name, last_name, intake_sharing) VALUES ('Rosa', 'Restricted', 'organization') RETURNING id")
QNOTE=$(as alice "INSERT INTO hearth.case_note (client_id, title) VALUES ($Q, 'Quinn note') RETURNING id")
run_hearth 80 24
login alice pw-alice
tui_wait "Welcome" >/dev/null
tui_keys Right / ; tui_type "intake"; tui_keys Enter
tui_wait "1. Add New Client" >/dev/null
tui_keys Enter
tui_wait "1 Name and identity" >/dev/null
tui_type "Sana"; tui_keys Tab Tab; tui_type "Secretive"; tui_keys F2
tui_wait "Veteran status" >/dev/null
tui_keys F2
tui_wait "ZIP code" >/dev/null
tui_keys F2
tui_wait "Relationship to head" >/dev/null
tui_keys F2
tui_wait "Step 1 saved." >/dev/null
tui_keys Enter
tui_wait "Case Note" >/dev/null
tui_keys Tab; tui_type "Private words"; tui_keys Tab; tui_type "only mine"; tui_keys Tab Right Right
tui_wait "Restrict to user" >/dev/null
tui_keys F4
expect_screen "a workflow whose open step is restricted to its author pauses" 'Paused: "Client Intake"'
check "it is kept unshared, with the restriction it protects" "f|user" \
	"$(dba "select p.shared, p.entries->>'@restriction' from hearth.paused_operation p join hearth.client c on c.id = p.client_id where c.last_name = 'Secretive'")"
check "a colleague of the same organization does not read what was typed into it" 0 \
	"$(as jose@$harbor "select count(*) from hearth.paused_operation p join hearth.client c on c.id = p.client_id where c.last_name = 'Secretive'")"
tui_keys / ; tui_type "intake"; tui_keys Enter
tui_wait "1. Add New Client" >/dev/null
tui_keys Enter
tui_wait "1 Name and identity" >/dev/null
tui_type "Sami"; tui_keys Tab Tab; tui_type "Sharewell"; tui_keys F2
tui_wait "Veteran status" >/dev/null
tui_keys F2
tui_wait "ZIP code" >/dev/null
tui_keys F2
tui_wait "Relationship to head" >/dev/null
tui_keys F2
tui_wait "Step 1 saved." >/dev/null
tui_keys F4
tui_wait 'Paused the workflow "Client Intake"' >/dev/null
check "a client's workflow is shared with its organization" "t" \
	"$(dba "select p.shared from hearth.paused_operation p join hearth.client c on c.id = p.client_id where c.last_name = 'Sharewell'")"
check "a colleague reads it" 1 \
	"$(as jose@$harbor "select count(*) from hearth.paused_operation p join hearth.client c on c.id = p.client_id where c.last_name = 'Sharewell'")"
check "another organization that sees the client reads none of it" "1|0" \
	"$(as wang "select (select count(*) from hearth.client where last_name = 'Sharewell'), (select count(*) from hearth.paused_operation)")"

# a colleague plants a workflow about Priya whose saved rows name Quinn's note
as jose@$harbor "INSERT INTO hearth.paused_operation (form, title, client_id, shared, entries)
	VALUES ('workflow/intake', 'Client Intake', $P, true, jsonb_build_object('@done', '1,1',
	        '@rows', 'client:$P,case_note:$QNOTE', '@client', '$P', '@open', '0'))" >/dev/null
tui_keys F6; tui_type "#$P"; tui_keys Enter
tui_wait "Pausewell" >/dev/null
tui_keys Enter
tui_keys / ; tui_type "paused w"; tui_keys Enter
tui_wait "José Núñez" >/dev/null
tui_keys Enter
expect_screen "a planted workflow naming another client's note is not resumed" "Not resumed: this paused workflow names records"
tui_keys Delete Delete
tui_wait "Nobody has paused" >/dev/null
check "deleting it deletes only the paused workflow, never the note it named" "1|0" \
	"$(dba "select (select count(*) from hearth.case_note where id = $QNOTE), (select count(*) from hearth.paused_operation where client_id = $P)")"

# an edit whose record is not its client's: not resumed, nothing changed
as alice "INSERT INTO hearth.paused_operation (form, title, client_id, entries)
	VALUES ('client_release', 'Information Release', $P, jsonb_build_object('@edit', '$R',
	        '@stamp', '', 'intake_sharing', 'Share globally'))" >/dev/null
tui_keys / ; tui_type "paused op"; tui_keys Enter
tui_wait "Information Release" >/dev/null
tui_keys Enter
expect_screen "a paused edit naming another client's record is not resumed" "Not resumed: this paused edit names a record"
check "and that client's sharing is unchanged" organization \
	"$(dba "select intake_sharing from hearth.client where id = $R")"
tui_keys Delete Delete
# an edit of its own client resumes, and says which record F2 changes
tui_keys / ; tui_type "edit c"; tui_keys Enter
tui_wait "Edit: Edit Client" >/dev/null
expect_screen "an edit names the record F2 changes" "Edit: Edit Client (record $P)"
tui_keys C-u; tui_type "Pria"; tui_keys F4
tui_wait 'Paused: "Edit Client"' >/dev/null
tui_keys / ; tui_type "paused op"; tui_keys Enter
tui_wait "Pausewell" >/dev/null
expect_screen "Paused Operations names the client of each" "Edit Client    Pausewell, Priya"
tui_keys Enter
expect_screen "the paused edit of its own client resumes on that record" "Edit: Edit Client (record $P)"
expect_screen "with what was typed" "Pria"
tui_stop

