# --- the client record: edit, aliases, a change saved meanwhile, records ---------------
zoe=$(dba "select id from hearth.client where last_name = 'Ng'")
tui_section "the client record" 'start_as alice pw-alice && open_client ng'
tui_keys / ; tui_type "edit cl"; tui_keys Enter
expect_screen "Edit Client opens the client's intake in its form" "Edit: Edit Client"
expect_screen "with what is saved" "Zoë"
tui_keys Tab Tab C-u; tui_type "Ngata"; tui_keys F2
tui_wait "Veteran status" >/dev/null || true
tui_keys F2
tui_wait "ZIP code" >/dev/null
expect_screen "the contact saved at intake is there" "12 Oak St"
tui_keys F2
expect_screen "saving a changed name shows the client" "Zoë Ngata"
tui_keys / ; tui_type "aliases"; tui_keys Enter
expect_screen "the old name is kept as an alias" "Ng "
expect_screen "marked as a former name" "Former name"
tui_keys / ; tui_type "edit cl"; tui_keys Enter
tui_wait "Edit: Edit Client" >/dev/null
harbor_id=$(dba "select id from hearth.organization where name = 'Harbor House'")
as "alice@$harbor_id" "UPDATE hearth.client SET last_name = 'Ngata-Smith', middle_name = 'Q' WHERE id = $zoe" >/dev/null
tui_keys Tab Tab C-u; tui_type "Nguyen"; tui_keys F2 F2
tui_wait "ZIP code" >/dev/null
tui_keys F2
expect_screen "a change saved meanwhile is shown before anything is overwritten" "Someone saved this record while you edited it"
expect_screen "field by field: theirs and yours" 'Last name: now "Ngata-Smith", yours "Nguyen"'
expect_not_screen "a field only they changed is no collision" "Middle name: now"
tui_keys t
expect_screen "t takes theirs" "Their values are in the form"
tui_keys F2 F2 F2
expect_screen "and the rest saves" "Zoë Q Ngata-Smith"
check "nothing of theirs was lost" "Q|Ngata-Smith" \
	"$(dba "select middle_name, last_name from hearth.client where id = $zoe")"
tui_keys / ; tui_type "client alerts"; tui_keys Enter
expect_screen "Client Alerts lists the client's" "No alert about this client."
tui_keys Insert
tui_wait "Client Alert" >/dev/null
tui_type "Ask for the caseworker first"; tui_keys F2
expect_screen "the alert is listed" "Ask for the caseworker first"
expect_screen "and the entity bar marks it" "! 1 alert"
tui_keys / ; tui_type "client dash"; tui_keys Enter
expect_screen "the dashboard lists the alerts in force" "Ask for the caseworker first (Harbor House)"
check "a colleague's organization partner sees the alert of a client it sees" "1" \
	"$(as wang "select count(*) from hearth.client_alert where client_id = $zoe")"
tui_keys / ; tui_type "address history r"; tui_keys Enter
expect_screen "the Address History Report shows the current address" "12 Oak St"
expect_screen "marked as current, by who recorded it" "now  (current; recorded by Harbor House)"
tui_keys / ; tui_type "interested"; tui_keys Enter
expect_screen "Interested Others lists the client's" "No interested others you may see."
tui_keys Insert
expect_screen "Insert adds one with its form" "Interested Other"
expect_screen "a lookup field shows the name of the record it points at" "Ngata-Smith, Zoë"
tui_keys Tab; tui_type "Rosa Ng"; tui_keys Tab; tui_type "sister"; tui_keys F2
expect_screen "the saved record is in the list" "Rosa Ng"
tui_keys Enter
expect_screen "Enter edits it" "Edit: Interested Other"
tui_keys Escape
tui_keys Delete
expect_screen "Delete asks first" "Press Delete again"
tui_keys Delete
expect_screen "and deletes" "Deleted."
check "the interested other is gone" 0 \
	"$(dba "select count(*) from hearth.interested_other where client_id = $zoe")"
tui_keys / ; tui_type "case man"; tui_keys Enter
expect_screen "the case managers are listed by name" "Alice Adams"
tui_keys Insert
tui_wait "Case Manager" >/dev/null
tui_keys C-u; tui_type "a"; tui_keys Tab
expect_screen "a name typed into a lookup field offers what it may mean" "Which Case manager?"
expect_screen "each with its name" "Chief Admin"
tui_keys Down Enter
expect_screen "Enter takes the one chosen" "Case manager: Chief Admin."
tui_keys F2
expect_screen "and the new case manager is listed" "Chief Admin"
tui_keys / ; tui_type "case notes"; tui_keys Enter
tui_wait "No case note you may see." >/dev/null
tui_keys Insert
tui_wait "Case Note" >/dev/null
tui_keys Tab; tui_type "Two lines"; tui_keys Tab; tui_type "line one"; tui_keys Enter; tui_type "line two"
expect_screen "a memo takes several lines: Enter makes a new one" "line two"
tui_keys F2
expect_screen "the note is in the list" "Two lines"
check "the memo keeps its lines" "line one|line two" \
	"$(dba "select replace(body, E'\\n', '|') from hearth.case_note where client_id = $zoe")"
tui_keys Enter
expect_screen "editing shows the memo's lines again" "line two"
tui_keys Escape
tui_keys / ; tui_type "information rel"; tui_keys Enter
expect_screen "Information Release shows the sharing level" "Share globally"
tui_keys Left
expect_screen "Left chooses another level" "Share to MOU and releases"
tui_keys F2
tui_wait "Saved" >/dev/null
check "the sharing level is saved" "mou" "$(dba "select intake_sharing from hearth.client where id = $zoe")"
northside_id=$(dba "select id from hearth.organization where name = 'Northside'")
tui_keys / ; tui_type "release exc"; tui_keys Enter
tui_wait "No release exception you may see." >/dev/null
tui_keys Insert
tui_wait "Release Exception" >/dev/null
tui_type "north"; tui_keys Tab
expect_screen "a lookup field takes a name: one match is taken at once" "Shared with: Northside."
expect_screen "the organization's name shows beside its id" "Northside"
tui_keys F2
expect_screen "the exception is listed by organization" "Northside"
check "a release exception from Harbor House to Northside" "1" \
	"$(dba "select count(*) from hearth.release_exception where client_id = $zoe and accessing_org = $northside_id and granting_org = $harbor_id")"
check "so Northside's users see the client now" "1" \
	"$(as wang "select count(*) from hearth.client where id = $zoe")"
tui_stop

