# --- computed fields: a total that is the sum of three amounts ------------------
# A kind of record of its own (fixtures/budget.sql and budget.ini, as area 60
# adds "goal"): its total is computed as the amounts are typed, saved with
# the record, and computed again when the record is edited.
harbor=$(dba "select id from hearth.organization where name = 'Harbor House'")
budgeted=$(as "alice@$harbor" "INSERT INTO hearth.client (first_name, last_name,
    name_data_quality, ssn_data_quality, dob_data_quality, veteran_status)
    VALUES ('Bea', 'Budgetson', 1, 99, 99, 99) RETURNING id")

# total_line: the form's line of the total, as shown
total_line() { tui_screen | grep -E 'Total monthly income {2,}' | head -1; }

tui_section "a computed total: live as typed, saved, computed again on editing" ""
psql -X -q -1 -v ON_ERROR_STOP=1 -U postgres -d hearth -f "$here/fixtures/budget.sql" >/dev/null
mkdir -p "$work/computed"
cp -r "$ROOT/forms" "$work/computed/forms"
cp "$here/fixtures/budget.ini" "$work/computed/forms/budget.ini"
{ printf '[forms]\ndir = %s\n' "$work/computed/forms"; cat "$conf"; } >"$work/computed/hearth.conf"
tui_start 80 24 "$HEARTH" -c "$work/computed/hearth.conf"
login alice pw-alice
tui_wait "Welcome" >/dev/null
open_client budgetson
menu "budgets"
expect_screen "the budget page opens" "No budget you may see."
tui_keys Insert
expect_screen "Insert opens the form" "Total monthly income"
tui_type "20000"
expect_screen "a total over its max says so as it is typed" \
	"Total monthly income: 20000.00 is more than 10000.00, the largest allowed."
check_match "and shows it" "20,000.00" "$(total_line)"
tui_keys F2
expect_screen "and is not saved" "1 problem"
tui_keys C-u; tui_type "1200.10"
expect_screen "the total follows the wages, typed alone" "1,200.10"
tui_keys Tab; tui_type "300"
expect_screen "and the benefits, before anything is saved" "1,500.10"
tui_keys Tab; tui_type "0.20"
expect_screen "and the other income" "1,500.30"
tui_keys Tab; tui_type "rent paid"
check_match "Tab passed over the total to the note" "1,500.30" "$(total_line)"
check "nothing is saved yet" "0" "$(dba "select count(*) from hearth.budget")"
tui_keys F2
expect_screen "saved, its total in the list" "1,500.30"
expect_screen "with its note" "rent paid"
check "the database holds the computed total" "1200.10|300.00|0.20|1500.30|rent paid" \
	"$(dba "select wages, benefits, other, total, note from hearth.budget where client_id = $budgeted")"
tui_keys Enter
expect_screen "Enter edits it" "Edit: Budget"
check_match "reopened, the saved total shows" "1,500.30" "$(total_line)"
tui_keys Tab Tab C-u; tui_type "400"
expect_screen "a changed amount changes the total" "1,600.30"
tui_keys F2
expect_screen "the change is saved" "1,600.30"
check "the total changed with the benefits in the database" "400.00|1600.30" \
	"$(dba "select benefits, total from hearth.budget where client_id = $budgeted")"
dba "UPDATE hearth.budget SET total = 5 WHERE client_id = $budgeted" >/dev/null
tui_keys Escape
menu "budgets"
tui_wait "Budget" >/dev/null
tui_keys Enter
expect_screen "a stale total is computed again on opening" "Edit: Budget"
check_match "from the amounts" "1,600.30" "$(total_line)"
tui_keys F2
expect_screen "and saved again" "saved"
check "as the amounts make it" "1600.30" \
	"$(dba "select total from hearth.budget where client_id = $budgeted")"
tui_stop
