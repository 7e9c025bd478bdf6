# --- households: a family of three, and moving between them -------------------------
tui_section "households" 'start_as alice pw-alice'
tui_keys Right / ; tui_type "add new cl"; tui_keys Enter
tui_wait "1 Name and identity" >/dev/null
tui_type "Dana"; tui_keys Tab Tab; tui_type "Hearthway"; tui_keys Tab Tab Tab Tab Tab; tui_type "3/4/1980"
tui_keys Tab; tui_type "f"     # its data quality: Full DOB reported
tui_keys F2
tui_wait "Veteran status" >/dev/null
tui_keys F2
tui_wait "ZIP code" >/dev/null
tui_keys Tab Tab; tui_type "7 Elm St"; tui_keys Tab Tab; tui_type "Portland"; tui_keys F2
tui_wait "Relationship to head" >/dev/null
tui_keys F2
expect_screen "a new client is in no household" "(in no household)"
dana=$(dba "select id from hearth.client where last_name = 'Hearthway' and first_name = 'Dana'")
tui_keys / ; tui_type "families"; tui_keys Enter
expect_screen "Families lists the client's families" "In no family you may see."
tui_keys Insert
expect_screen "Insert adds a family with the default name after its head" 'Added the family "Hearthway, Dana - 1980"'
expect_screen "the entity bar shows the family" "Client $dana: Dana Hearthway   [1/1 Hearthway, Dana - 1980]"
check "stored without a name (the default one), the client its current head" "|1|t" \
	"$(dba "select coalesce(f.name, ''), m.relationship_to_head, m.is_current from hearth.family f join hearth.family_member m on m.family_id = f.id where m.client_id = $dana")"
tui_keys C-n
expect_screen "Ctrl-N adds a new client to the family: first the relationship" "Choose the relationship"
tui_keys Enter
expect_screen "then whether to copy the address" "Copy the address of Dana Hearthway (7 Elm St)"
tui_keys y
expect_screen "Add New Client opens" "1 Name and identity"
expect_screen "with the surname filled in" "Hearthway"
tui_type "Eli"; tui_keys Tab Tab Tab Tab Tab Tab Tab; tui_type "6/7/2012"; tui_keys Tab; tui_type "f"
tui_keys F2
tui_wait "Possible duplicates" 3 >/dev/null && tui_keys F2
tui_wait "Veteran status" >/dev/null
tui_keys F2
expect_screen "the address is copied" "7 Elm St"
tui_keys F2
expect_screen "the household step has the family" "Hearthway, Dana - 1980"
tui_keys F2
expect_screen "the saved client joins the family" "added to the family."
expect_screen "as the head's child" "2012-06-07 child"
eli=$(dba "select id from hearth.client where first_name = 'Eli' and last_name = 'Hearthway'")
dba "SET session_replication_role = replica;
     INSERT INTO hearth.client (first_name, last_name, birth_date, dob_data_quality, intake_sharing, created_org, created_by)
     VALUES ('Fay', 'Hearthway', '1982-09-10', 1, 'global', (SELECT id FROM hearth.organization WHERE name = 'Harbor House'), (SELECT id FROM hearth.hmis_user WHERE username = 'alice'))" >/dev/null
fay=$(dba "select id from hearth.client where first_name = 'Fay' and last_name = 'Hearthway'")
tui_keys F5
expect_screen "F5 offers the member actions" "Add an existing client"
tui_keys Down Down Down Enter
expect_screen "adding an existing client asks its id" "Client id to add"
tui_type "$fay"; tui_keys Enter
tui_wait "Choose the relationship" >/dev/null
tui_keys Home Down Down Enter
expect_screen "an existing client joins the family" "Client $fay added to the family."
expect_screen "three members, with their relationships" "1982-09-10 spouse or partner"
expect_screen "the head is listed" "1980-03-04 Self (head of"
expect_screen "the entity bar counts them" "[1/3 Hearthway, Dana - 1980]"
check "the family of three in the database" "$dana:1:true,$eli:2:true,$fay:3:true" \
	"$(dba "select string_agg(client_id || ':' || relationship_to_head || ':' || is_current, ',' order by relationship_to_head) from hearth.family_member where family_id = (select family_id from hearth.family_member where client_id = $dana)")"
tui_keys F8
expect_screen "F8 moves to the next member: the entity bar changes" "Client $eli: Eli Hearthway   [2/3"
tui_keys F8
expect_screen "and on" "Client $fay: Fay Hearthway   [3/3"
tui_keys F8
expect_screen "round to the first" "Client $dana: Dana Hearthway   [1/3"
tui_keys F7
expect_screen "F7 moves back" "Client $fay: Fay Hearthway   [3/3"
tui_keys Home Enter
expect_screen "Enter on a member makes it the current client" "Client $dana: Dana Hearthway   [1/3"
check "moving to a member opens its record (audited)" 1 \
	"$(dba "select count(*) from hearth.audit_log where action = 'open' and row_id = '$eli' and role_name = 'alice'")"
tui_keys Down F5 Down Enter
tui_wait "Choose the relationship" >/dev/null
tui_keys Home Down Down Down Enter
expect_screen "a relationship is edited" "Relationship saved."
expect_screen "and shown" "2012-06-07 other relation member"
tui_keys / ; tui_type "client dash"; tui_keys Enter
expect_screen "the dashboard shows the household by name" "Household: Hearthway, Dana - 1980"
expect_screen "with each member's relationship" "Eli Hearthway: other relation member"
tui_keys F7
tui_keys / ; tui_type "families"; tui_keys Enter
expect_screen "Families shows the client's family" "Families of Eli Hearthway"
tui_keys Insert
expect_screen "a second family, after its own head" 'Added the family "Hearthway, Eli - 2012"'
expect_screen "it is not the current one" "[3/3 Hearthway, Dana - 1980]"
tui_keys F5 Down Down Enter
expect_screen "Set as current family" 'The client'"'"'s current family is now "Hearthway, Eli - 2012"'
expect_screen "the entity bar shows it" "Client $eli: Eli Hearthway   [1/1 Hearthway, Eli - 2012]"
check "one current family for the client" "Hearthway, Eli - 2012" \
	"$(dba "select d.name from hearth.family_member m join hearth.family_display d on d.id = m.family_id where m.client_id = $eli and m.is_current")"
tui_keys F5 Down Down Down Enter
expect_screen "Rename asks the new name" "New name"
tui_type "Eli's household"; tui_keys Enter
expect_screen "a family is renamed" "Renamed to \"Eli's household\""
tui_keys F5 Down Down Down Enter
tui_keys C-u; tui_type "Eli and friends"; tui_keys Enter
tui_wait "Renamed to" >/dev/null
tui_keys F5 Down Down Down Down Enter
expect_screen "the former names are the family's aliases" "Eli's household"
tui_keys Escape
tui_keys Down Enter
expect_screen "Enter on a family shows its members" "Family Members: Hearthway, Dana - 1980 (not the client"
tui_keys Home Enter
tui_wait "Client $dana: Dana" >/dev/null
tui_keys / ; tui_type "family case"; tui_keys Enter
expect_screen "Family Case Notes lists the family's" "No family case note you may see."
tui_keys Insert
expect_screen "a family case note starts from the Family Information template" "Plan and next steps:"
tui_keys F2
expect_screen "and is saved to the family's list" "Family Information"
check "the note is the family's, written under the current client" "$dana|Family Information|Members and relationships:|Housing situation:" \
	"$(dba "select n.client_id, n.title, split_part(n.body, E'\\n', 1), split_part(n.body, E'\\n', 3) from hearth.case_note n join hearth.family_member m on m.family_id = n.family_id and m.client_id = $dana and m.relationship_to_head = 1")"
tui_stop

