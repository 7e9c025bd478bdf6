# --- the intake desk's pages (shared/defects/intake-desk-2026-12.md) -------------------
dba "SET session_replication_role = replica;
     INSERT INTO hearth.client (first_name, last_name, birth_date, dob_data_quality, intake_sharing, veteran_status, created_org, created_by)
     SELECT 'Wanda', 'Flowers', '1979-09-09', 1, 'global', 0, o.id, u.id FROM hearth.organization o, hearth.hmis_user u
     WHERE o.name = 'Harbor House' AND u.username = 'alice'" >/dev/null
wanda=$(dba "select id from hearth.client where last_name = 'Flowers'")
mkdir -p "$work/desk"
printf 'a letter\n' >"$work/desk/letter.txt"

tui_section "desk: Esc after choosing a duplicate (A4)" 'start_as alice pw-alice'
tui_keys Right; menu "add new"
tui_wait "1 Name and identity" >/dev/null
tui_type "Wanda"; tui_keys Tab Tab; tui_type "Flowers"; tui_keys Tab Tab Tab Tab Tab; tui_type "1979-09-09"; tui_keys Tab; tui_type "f"
tui_keys PgDn
tui_wait "Possible duplicates" >/dev/null
tui_keys Enter
expect_screen "choosing the duplicate opens that client" "The intake was not saved: this is client $wanda."
tui_keys Escape
expect_screen "Esc goes back past the finished intake, to where it started" "Welcome"
expect_not_screen "never to a page without its fields" "> Add New Client"
menu "add new"
expect_screen "Add New Client opens again, live" "1 Name and identity"
tui_type "Zed"
expect_screen "and takes typing" "Zed"
tui_keys Escape Escape

tui_section "desk: Find Client under refused criteria (A20)" 'start_as alice pw-alice'
tui_keys Right; menu "find cl"
tui_wait "First name" >/dev/null
tui_keys Tab; tui_type "flowers"; tui_keys Enter
expect_screen "a search lists its client" "Wanda"
tui_keys W
expect_screen "type-to-find shows what is typed" "find: W"
tui_keys Tab Tab Tab C-u; tui_type "Dec 12 1977"; tui_keys Enter
expect_screen "refused criteria get a sentence" "is not a date"
expect_not_screen "and the old results go" "Wanda"
expect_not_screen "with their type-to-find" "find: W"
tui_keys C-u; tui_type "9/9/1979"; tui_keys Enter
expect_screen "a good search lists again" "Wanda"
expect_not_screen "without the old type-to-find" "find: W"

tui_section "desk: veteran status in Edit Client (A21)" 'start_as alice pw-alice && open_client flowers'
menu "edit cl"
tui_wait "1 Name and identity" >/dev/null
tui_keys PgDn
expect_screen "Edit Client's second step has the veteran status" "Veteran status"
tui_keys Tab C-u; tui_type "1"; tui_keys F2
tui_wait "ZIP code" >/dev/null
tui_keys F2
expect_screen "the change is saved" "Saved: client $wanda."
check "the veteran status is corrected" 1 "$(dba "select veteran_status from hearth.client where id = $wanda")"
expect_screen "and the dashboard shows it" "Veteran          Yes"

tui_section "desk: lookups list their choices (A17)" 'start_as alice pw-alice && open_client flowers'
menu "release exc"
tui_wait "No release exception you may see." >/dev/null
tui_keys Insert
tui_wait "Shared with" >/dev/null
expect_not_screen "the field's help speaks to the desk, not of hearthctl" "hearthctl"
tui_keys F1
expect_not_screen "nor does the form's help" "hearthctl"
tui_keys x
tui_keys F5
expect_screen "F5 on an empty lookup lists the choices" "Which Shared with?"
expect_screen "the organizations" "Northside"
tui_keys Down Enter
expect_screen "Enter takes the one chosen" "Shared with: Northside."
tui_keys Escape Escape
menu "information rel"
tui_wait "Sharing level" >/dev/null
tui_keys Tab
expect_not_screen "Information Release's MOU help has no hearthctl" "hearthctl"

tui_section "desk: an upload path corrected (A13)" 'start_as alice pw-alice && open_client flowers'
menu "client files"
tui_wait "No file you may see." >/dev/null
tui_keys Insert
tui_wait "File on this computer" >/dev/null
tui_type "$work/desk/nope.bin"; tui_keys Tab F2
expect_screen "a missing file gets a sentence" "There is no file $work/desk/nope.bin"
tui_keys Tab
tui_keys C-e
expect_screen "Ctrl-E goes to the path, the field to fix" "The file on this computer"
tui_keys C-u; tui_type "$work/desk/letter.txt"; tui_keys F2
expect_screen "the corrected file is uploaded under its own name" "Uploaded letter.txt."
check "the stored name is the corrected file's" "letter.txt" \
	"$(dba "select string_agg(name, ',') from hearth.client_file where client_id = $wanda")"

# --- A14: a record the user may not change says so on opening, and lists mark it ------
"$HEARTHCTL" -d "$DBA" mou add "Desk MOU" --org "Harbor House" --org Northside >/dev/null
dba "SET session_replication_role = replica;
     INSERT INTO hearth.client (first_name, last_name, birth_date, dob_data_quality, intake_sharing, mou_id, created_org, created_by)
     SELECT 'Rory', 'Readonly', '1970-02-02', 1, 'global', m.id, o.id, u.id
     FROM hearth.mou m, hearth.organization o, hearth.hmis_user u
     WHERE m.name = 'Desk MOU' AND o.name = 'Harbor House' AND u.username = 'alice';
     INSERT INTO hearth.case_note (client_id, org_id, author_id, title, read_only)
     SELECT c.id, o.id, u.id, t.title, t.ro
     FROM hearth.client c, hearth.organization o, hearth.hmis_user u,
          (VALUES ('Harbor intake talk', false), ('Harbor frozen note', true)) t(title, ro)
     WHERE c.last_name = 'Readonly' AND o.name = 'Harbor House' AND u.username = 'alice';
     INSERT INTO hearth.case_note (client_id, org_id, author_id, title)
     SELECT c.id, o.id, u.id, 'Northside visit'
     FROM hearth.client c, hearth.organization o, hearth.hmis_user u
     WHERE c.last_name = 'Readonly' AND o.name = 'Northside' AND u.username = 'wang'" >/dev/null

tui_section "desk: another organization's record opens read-only (A14)" 'start_as wang pw-wang && open_client readonly'
menu "case no"
tui_wait "Harbor intake talk" >/dev/null
tui_keys F9
expect_screen "the case note list shows who wrote each note, for which organization" "Alice Adams (Harbor Hous"
expect_screen "and wang's own" "(Northside)"
check "the list marks the two notes wang may only read (RO), not his own" "2 0" \
	"$(tui_screen | grep -c 'RO .*(Harbor Hous') $(tui_screen | grep -c 'RO .*(Northside)')"
tui_keys '>'
tui_wait "Title ^" >/dev/null
tui_keys Down Enter
expect_screen "a note wang may not change opens read-only" "View: Case Note"
expect_screen "saying why, on opening" "This record is Harbor House's: it is shared with you to read, not to change."
tui_keys Tab; tui_type "x"
expect_not_screen "typing changes nothing" "Harbor intake talkx"
tui_keys F2
expect_screen "F2 says why again" "shared with you to read, not to change"
check "nothing was saved" "Harbor intake talk" \
	"$(dba "select title from hearth.case_note where title like 'Harbor intake talk%'")"
tui_keys Escape
expect_screen "Esc goes back at once (nothing was typed)" "Northside visi"
menu "edit cl"
expect_screen "Edit Client of Harbor's client opens read-only too" "View: Edit Client"
expect_screen "with the reason" "it is shared with you to read"

tui_section "desk: a read-only note of one's own organization (A14)" 'start_as alice pw-alice && open_client readonly'
menu "case no"
tui_wait "Harbor frozen note" >/dev/null
tui_keys F9
tui_wait "Alice Adams (Harbor Hous" >/dev/null
check "alice's list marks the frozen note and Northside's, not her other one" "1 1" \
	"$(tui_screen | grep -c 'RO 20.*(Harbor Hous') $(tui_screen | grep -c 'RO 20.*(Northside)')"
tui_keys F9 '>'
tui_wait "Title ^" >/dev/null
tui_keys Enter
expect_screen "the frozen note opens read-only, with the database's reason" "is read-only: clear the read-only mark first"
expect_screen "only its mark may be changed" "Only its mark may be changed here."
tui_keys Right F2
expect_screen "clearing the mark is saved" "Case Note: saved."
check "the note is no longer read-only" f \
	"$(dba "select read_only from hearth.case_note where title = 'Harbor frozen note'")"

# --- A22: the address history with the address now, and the start of a replaced one ---
tui_section "desk: the address now in its history (A22)" 'start_as alice pw-alice && open_client flowers'
today=$(dba "select hearth.today()")
menu "edit cl"
tui_wait "1 Name and identity" >/dev/null
tui_keys PgDn; tui_wait "Veteran status" >/dev/null
tui_keys PgDn; tui_wait "ZIP code" >/dev/null
tui_keys Tab Tab; tui_type "9 Pine Ct"; tui_keys F2
tui_wait "Saved: client $wanda." >/dev/null
menu "address history"
expect_screen "the Address History page lists the address now" "9 Pine Ct"
expect_screen "as the current one, since it was given" "current"
tui_keys Enter
expect_screen "it is the intake's: Enter says where it is changed" "Edit Client changes it."
menu "edit cl"
tui_wait "1 Name and identity" >/dev/null
tui_keys PgDn; tui_wait "Veteran status" >/dev/null
tui_keys PgDn; tui_wait "ZIP code" >/dev/null
tui_keys Tab Tab C-u; tui_type "10 Oak Ave"; tui_keys F2
tui_wait "Saved: client $wanda." >/dev/null
menu "address history"
expect_screen "after a change, the new address is the current one" "10 Oak Ave"
expect_screen "and the old one is in the history" "9 Pine Ct"
check "the replaced address starts when it was given, and ends today" "$today|$today" \
	"$(dba "select begin_date, end_date from hearth.client_address where client_id = $wanda and line1 = '9 Pine Ct'")"
menu "address history r"
expect_screen "the report gives the replaced address its start" "$today to $today"
expect_not_screen "never ? for a start the intake knew" "? to"

# --- a new family from inside the intake, and Find Family ------------------------------
tui_section "desk: Add New Family from the intake's household step" 'start_as alice pw-alice'
tui_keys Right; menu "add new"
tui_wait "1 Name and identity" >/dev/null
tui_type "Nina"; tui_keys Tab Tab; tui_type "Newfam"; tui_keys F2
tui_wait "Veteran status" >/dev/null
tui_keys F2
tui_wait "ZIP code" >/dev/null
tui_keys Tab Tab Tab Tab; tui_type "Salem"; tui_keys Tab Tab; tui_type "97999"; tui_keys F2
tui_wait "4 Household" >/dev/null
tui_keys Insert
expect_screen "Insert in the Family field stands for a new family" "new  (a new one"
expect_screen "with the client as its head" "Self"
tui_keys F2
expect_screen "the intake is saved" "Saved: client"
check "the client heads a new family of alice's organization" "1|t|Harbor House" \
	"$(dba "select m.relationship_to_head, m.is_current, o.name from hearth.family_member m
	        join hearth.client c on c.id = m.client_id join hearth.family f on f.id = m.family_id
	        join hearth.organization o on o.id = f.created_org where c.last_name = 'Newfam'")"
expect_screen "the entity bar shows the family" "Newfam"

tui_section "desk: Find Family (by name, ZIP or city)" 'start_as alice pw-alice'
tui_keys Right; menu "find fam"
expect_screen "Find Family is in the menu" "Family name, ZIP code or city"
tui_type "newfam"; tui_keys Enter
expect_screen "a family is found by its name" "Newfam, Nina"
expect_screen "with where its members live" "Salem 97999"
tui_keys Tab C-u; tui_type "979"; tui_keys Enter
expect_screen "by the start of a ZIP code" "1 found."
tui_keys Tab C-u; tui_type "salem"; tui_keys Enter
expect_screen "by a city" "Newfam, Nina"
tui_keys Tab C-u; tui_type "nowhere-at-all"; tui_keys Enter
expect_screen "nothing found is said" "No family you may see matches."
tui_keys C-u; tui_type "newfam"; tui_keys Enter
tui_wait "1 found." >/dev/null
tui_keys Enter
expect_screen "Enter opens the family's members" "Family Members"
expect_screen "with its head as the client" "Nina Newfam"

tui_section "desk: Find Family shows only what the user may see" 'start_as wang pw-wang'
tui_keys Right; menu "find fam"
tui_wait "Family name, ZIP code or city" >/dev/null
tui_type "newfam"; tui_keys Enter
expect_screen "Harbor's family of a client wang may see is found" "Newfam, Nina"

tui_section "desk: the photo prompt takes an absolute path as typed (A13)" 'start_as alice pw-alice && open_client flowers'
head -c 20000 /dev/urandom >"$work/desk/face.png"
menu "photo"
tui_wait "Photo: none on file." >/dev/null
tui_keys Insert; tui_type "$work/desk/face.png"; tui_keys Enter
expect_screen "a path starting with / replaces the ~/ it opened with" "The photo is on file."
