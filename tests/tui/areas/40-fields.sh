# --- the form engine's fields: what is typed is what is shown and stored -------------
dba "INSERT INTO hearth.client (first_name, last_name, intake_sharing, created_org, created_by)
     SELECT 'Fay', 'Fieldwell', 'global', o.id, u.id FROM hearth.organization o, hearth.hmis_user u
     WHERE o.name = 'Harbor House' AND u.username = 'alice'" >/dev/null
fay=$(dba "select id from hearth.client where last_name = 'Fieldwell'")

# at_cursor N [FROM]: the N characters of the screen from the terminal's
# cursor on (from FROM columns after it; -3: the three before it)
at_cursor() {
	local pos x y row
	pos=$(tui display-message -p -t t '#{cursor_x} #{cursor_y}')
	x=${pos% *} y=${pos#* }
	row=$(tui_screen | sed -n "$((y + 1))p")
	LC_ALL=C.UTF-8 bash -c 'printf "%s" "${1:$2:$3}"' _ "$row" "$((x + ${2:-0}))" "$1"
}
# cursor_row: the terminal cursor's line (0 at the top)
cursor_row() { tui display-message -p -t t '#{cursor_y}'; }
# expect_cursor NAME TEXT [FROM]: the screen shows TEXT at the cursor (from
# FROM columns after it), waiting for it
expect_cursor() {
	local end=$((SECONDS + TUI_DEADLINE))
	skipped "$1" && return
	until [ "$(at_cursor ${#2} "${3:-0}")" = "$2" ]; do
		if [ $SECONDS -ge $end ]; then
			fail "$1" "at the cursor: \"$(at_cursor ${#2} "${3:-0}")\", not \"$2\"" \
				"$(tui_screen | sed 's/^/    | /')"
			return
		fi
		sleep 0.05
	done
	pass "$1"
}

tui_section "fields: Ctrl-U in a note empties what is saved too (B1)" \
	'start_as alice pw-alice && open_client fieldwell'
menu "case no"
tui_wait "No case note you may see." >/dev/null
tui_keys Insert
tui_wait "Case Note" >/dev/null
tui_keys Tab; tui_type "T8"; tui_keys Tab; tui_type "ABCDEFGH"; tui_keys C-u; tui_type "xy"
expect_screen "the note shows only what was typed after Ctrl-U" "xy"
tui_keys Tab F2
expect_screen "the note saves" "Case Note: saved"
check "what is saved is what was shown" "xy" \
	"$(dba "select body from hearth.case_note where client_id = $fay and title = 'T8'")"
tui_keys Enter
tui_wait "Edit: Case Note" >/dev/null
tui_keys Tab Tab Tab; tui_type "more"; tui_keys Enter; tui_type "lines"; tui_keys C-u; tui_type "0123456789"
tui_keys F2
expect_screen "an edited note saves" "Case Note: saved"
check "Ctrl-U in an edited note: only the new text" "0123456789" \
	"$(dba "select body from hearth.case_note where client_id = $fay and title = 'T8'")"

tui_section "fields: a one-line field takes its max, and says when it is full (B2)" \
	'start_as alice pw-alice && open_client fieldwell'
menu "client alerts"
tui_wait "No alert about this client." >/dev/null
tui_keys Insert
tui_wait "Client Alert" >/dev/null
tui_type "$(printf 'a%.0s' $(seq 300))"
expect_not_screen "300 characters fit an alert of 500" "is full"
tui_keys F2
expect_screen "the alert saves" "Client Alert: saved"
check "all 300 characters are saved" "300" \
	"$(dba "select max(length(alert)) from hearth.client_alert where client_id = $fay")"
tui_keys Insert
tui_wait "Client Alert" >/dev/null
tui_type "$(printf 'b%.0s' $(seq 510))"
expect_screen "a full field says so" "Alert is full: it takes at most 500 characters."
tui_keys F2
expect_screen "and what it holds saves" "Client Alert: saved"
check "500 characters, the field's max" "500" \
	"$(dba "select length(alert) from hearth.client_alert where client_id = $fay and alert like 'b%'")"
menu "add new cl"
tui_wait "First name" >/dev/null
tui_type "$(printf 'c%.0s' $(seq 60))"
expect_screen "a name stops at its max of 50, and says so" "First name is full: it takes at most 50 characters."

tui_section "fields: the terminal cursor is where one types (B3)" 'start_as alice pw-alice'
tui_keys Right / ; tui_type "find"; tui_keys Enter
tui_wait "First name" >/dev/null
tui_type "jo"; tui_keys Left
expect_cursor "in Find Client, the cursor is on the o of \"jo\"" "o"
tui_keys Escape
tui_gone "Find Client" >/dev/null
menu "add new cl"
tui_wait "Middle name" >/dev/null
tui_type "Ab"; tui_keys Left
expect_cursor "in a form, the cursor is on the b of \"Ab\"" "b"
tui_keys Right Tab; tui_type "Mid"
expect_cursor "after Tab, in the next field, after what is typed" "Mid" -3
check "on the field's line, not the status line" "yes" \
	"$( [ "$(cursor_row)" -lt 22 ] && echo yes || echo no)"
tui_stop

tui_section "fields: letters in Find Client's SSN or client id get a sentence (A2)" 'start_as alice pw-alice'
tui_keys Right / ; tui_type "find"; tui_keys Enter
tui_wait "First name" >/dev/null
tui_keys Tab Tab Tab; tui_type "abcd"; tui_keys Enter
expect_screen "letters in the SSN are refused, not dropped" 'SSN: "abcd" is not an SSN; type all nine digits'
expect_not_screen "and nothing is listed" "found."
tui_keys C-u; tui_type "4011x"; tui_keys Enter
expect_screen "a letter after four digits too" 'SSN: "4011x" is not an SSN'
tui_keys C-u Tab; tui_type "12ab"; tui_keys Enter
expect_screen "letters in the client id are refused" 'Client ID: "12ab" is not a client id; type its digits, like 42.'
tui_keys C-u; tui_type "$fay"; tui_keys Enter
expect_screen "digits find the client" "1 found."
tui_stop

tui_section "fields: typing into a choice picks by its label, never edits it (A12)" \
	'start_as alice pw-alice && open_client fieldwell'
menu "case no"
tui_wait "No case note you may see." >/dev/null
tui_keys Insert
tui_wait "Case Note" >/dev/null
tui_keys Tab; tui_type "Picks"; tui_keys Tab Tab
tui_type "r"
expect_screen "a letter picks the first choice it starts" "Restrict to organization"
tui_type "estrict to u"
expect_screen "typing on narrows it down" "Restrict to user"
expect_not_screen "the label is never edited" "Restrict to userestrict"
tui_type "x"
expect_screen "a letter no choice starts with says so" "Restriction: no choice starts with that"
expect_screen "and changes nothing" "Restrict to user"
tui_keys Tab; tui_type "y"
expect_screen "y picks yes in a yes/no field" "Read-only                 yes"
tui_type "desk."
expect_not_screen "nothing is appended" "yesdesk"
tui_keys F2
expect_screen "the note saves" "Case Note: saved"
check "the codes of the labels picked are saved" "user|t" \
	"$(dba "select restriction, read_only from hearth.case_note where client_id = $fay and title = 'Picks'")"
expect_screen "the list shows the label, not the code" "Restrict to user"
menu "add new cl"
tui_wait "1 Name and identity" >/dev/null
tui_keys Tab Tab Tab Tab Tab Tab Tab Tab
tui_type "a"
expect_screen "a data quality is picked by its label" "Birth date data quality * Approximate or partial DOB"
expect_not_screen "not appended to" "Data not collecteda"
tui_keys C-u
expect_screen "Ctrl-U leaves a choice not chosen" "Birth date data quality * (not chosen)"
tui_keys Right
expect_screen "Right from there: the first choice" "Birth date data quality * Full DOB reported"
tui_keys Escape Escape

tui_section "fields: a choice without a default starts not chosen (A18)" 'start_as alice pw-alice'
tui_keys Right / ; tui_type "add new cl"; tui_keys Enter
tui_wait "1 Name and identity" >/dev/null
tui_type "Sam"; tui_keys Tab Tab; tui_type "Sexton"; tui_keys F2
tui_wait "Possible duplicates" 2 >/dev/null && tui_keys F2
tui_wait "Veteran status" >/dev/null
expect_screen "Sex starts not chosen" "Sex                       (not chosen)"
tui_keys Right
expect_screen "Right picks the first" "Sex                       Female"
tui_keys Left
expect_screen "Left goes back to not chosen: no silent first choice" "Sex                       (not chosen)"
tui_type "m"
expect_screen "m picks Male" "Sex                       Male"
tui_keys Escape Escape

dba "SET session_replication_role = replica;
     INSERT INTO hearth.family (name, created_org, created_by)
     SELECT 'Fieldwell family', o.id, u.id FROM hearth.organization o, hearth.hmis_user u
     WHERE o.name = 'Harbor House' AND u.username = 'alice';
     INSERT INTO hearth.family_member (family_id, client_id, relationship_to_head, org_id, created_by)
     SELECT f.id, $fay, 1, f.created_org, f.created_by FROM hearth.family f
     WHERE f.name = 'Fieldwell family'" >/dev/null
mkdir -p "$work/fields"
echo "a letter" >"$work/fields/letter.txt"
tui_section "fields: an upload's options are picked too, its fields take their max (A12, B2)" \
	'start_as alice pw-alice && open_client fieldwell'
menu "client files"
tui_wait "No file you may see." >/dev/null
tui_keys Insert
tui_wait "File on this computer" >/dev/null
tui_type "$work/fields/letter.txt"; tui_keys Tab Tab
tui_type "$(printf 'd%.0s' $(seq 400))"
tui_keys Tab; tui_type "r"
expect_screen "a letter picks the restriction" "Restrict to organization"
expect_not_screen "never appended to its label" "Unrestrictedr"
tui_keys F2
expect_screen "the file is uploaded" "Uploaded letter.txt."
check "with its restriction's code and all 400 characters of its description" "organization|400" \
	"$(dba "select restriction, length(description) from hearth.client_file where client_id = $fay")"

tui_section "fields: a choice filled in by hearth shows its label (A12)" \
	'start_as alice pw-alice && open_client fieldwell'
tui_keys C-n
tui_wait "Choose the relationship" >/dev/null
tui_keys Enter
tui_wait "Copy the address" 2 >/dev/null && tui_keys n
tui_wait "1 Name and identity" >/dev/null
tui_type "Finn"; tui_keys F2
tui_wait "Possible duplicates" 2 >/dev/null && tui_keys F2
tui_wait "Veteran status" >/dev/null
tui_keys F2
tui_wait "ZIP code" >/dev/null
tui_keys F2
expect_screen "the household step shows the relationship by its label" "Relationship to head    * Head of household's child"
tui_keys Escape Escape
tui_stop

tui_section "fields: Tab after a name in a lookup field resolves it and leaves (A11)" \
	'start_as alice pw-alice && open_client fieldwell'
menu "interested"
tui_wait "No interested others you may see." >/dev/null
tui_keys Insert
tui_wait "Interested Other" >/dev/null
tui_keys Tab; tui_type "Joan Fieldwell"; tui_keys Tab; tui_type "mother"; tui_keys Tab
tui_type "fieldwell, fay"; tui_keys Tab
expect_screen "one match is taken at once" "Is also client: Fieldwell, Fay"
tui_type "y"
expect_screen "and the next key goes to the next field" "Knows the situation     * yes"
tui_keys BTab BTab C-u; tui_type "mom"
tui_keys Tab Tab
expect_screen "Shift-Tab and Tab pass a resolved lookup by" "Knows the situation     * yes"
tui_keys F2
expect_screen "the record saves" "Interested Other: saved"
check "with the client found and the answer typed after it" "$fay|t|mom" \
	"$(dba "select related_client_id, knows_situation, relationship from hearth.interested_other where client_id = $fay")"
tui_stop

tui_section "fields: a range typed backwards gets a sentence, not the database's (A1)" \
	'start_as alice pw-alice && open_client fieldwell'
menu "address hist"
tui_wait "No address history you may see." >/dev/null
tui_keys Insert
tui_wait "Address" >/dev/null
tui_keys Tab; tui_type "9 Pine Ct"; tui_keys Tab Tab; tui_type "Eugene"; tui_keys Tab; tui_type "OR"
tui_keys Tab; tui_type "97401"; tui_keys Tab; tui_type "2024-01-01"; tui_keys Tab; tui_type "2023-01-01"
tui_keys F2
expect_screen "the form says which date is before which" "Until: 2023-01-01 is before From (2024-01-01);"
expect_not_screen "never the raw constraint" "violates check constraint"
tui_keys C-e C-u; tui_type "2025-06-30"; tui_keys F2
expect_screen "put right, it saves" "Address: saved"
check "with both dates" "2024-01-01|2025-06-30" \
	"$(dba "select begin_date, end_date from hearth.client_address where client_id = $fay")"
menu "case man"
tui_wait "Case Managers" >/dev/null
tui_keys Insert
tui_wait "Case Manager" >/dev/null
tui_keys Tab C-u; tui_type "2026-01-10"; tui_keys Tab; tui_type "2026-01-09"; tui_keys F2
expect_screen "a case manager's range too" "Until: 2026-01-09 is before From (2026-01-10)"
tui_keys Escape Escape

tui_section "fields: an alias needs a first or a last name (A3)" \
	'start_as alice pw-alice && open_client fieldwell'
menu "aliases"
tui_wait "No alias you may see." >/dev/null
tui_keys Insert
tui_wait "Alias" >/dev/null
tui_keys F2
expect_screen "an alias with no name is refused with a sentence" "Give First name or Last name: at least one of them."
check "and not saved" 0 "$(dba "select count(*) from hearth.client_alias where client_id = $fay")"
tui_keys C-e; tui_type "T-Bone"; tui_keys F2
expect_screen "a first name alone will do" "Alias: saved"
check "saved" "T-Bone" "$(dba "select first_name from hearth.client_alias where client_id = $fay")"

tui_section "fields: HUD's birth date rule, e-mail, ZIP and state (A18)" 'start_as alice pw-alice'
tui_keys Right / ; tui_type "add new cl"; tui_keys Enter
tui_wait "1 Name and identity" >/dev/null
tui_type "Tobias"; tui_keys Tab Tab; tui_type "Quennell"; tui_keys Tab Tab Tab Tab Tab; tui_type "3/4/1990"
tui_keys F2
expect_screen "a birth date needs its data quality 1 or 2" "with a Birth date, it must be"
tui_keys C-e; tui_type "f"; tui_keys BTab C-u F2
expect_screen "and data quality 1 needs a birth date" "Full DOB reported needs a"
tui_keys C-e C-u; tui_type "3/4/1990"; tui_keys F2
tui_wait "Possible duplicates" 2 >/dev/null && tui_keys F2
tui_wait "Veteran status" >/dev/null
tui_keys F2
tui_wait "ZIP code" >/dev/null
tui_keys Tab; tui_type "tobias@"; tui_keys Tab Tab Tab Tab; tui_type "Oregon"; tui_keys Tab; tui_type "9720"
tui_keys F2
expect_screen "an e-mail address is checked" "Email: tobias@ is not an e-mail address"
expect_screen "so is a ZIP code" "ZIP code: 9720 is not a ZIP code"
expect_not_screen "a state's name is taken" "State:"
tui_keys C-e C-u; tui_type "tobias@example.org"; tui_keys Tab Tab Tab Tab Tab C-u; tui_type "974011234"
tui_keys F2
tui_wait "Relationship to head" >/dev/null
tui_keys F2
expect_screen "the client is saved" "Saved: client"
check "the state as its code, the ZIP with its dash, the birth date with its quality" \
	"OR|97401-1234|tobias@example.org|1990-03-04|1" \
	"$(dba "select state, zip, email, birth_date, dob_data_quality from hearth.client where first_name = 'Tobias' and last_name = 'Quennell'")"
tui_stop
