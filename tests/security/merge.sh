# shellcheck shell=bash
# tests/security/merge.sh: a merge never widens sharing (sql/022), tested as
# a property. Sourced by tests/security/run on its fixture (orgs A..F, users,
# clients X1..X8 with transactions, client-record rows, documents, families
# and alerts). For each merge below, made by chief (an administrator working
# in Harbor, who sees every fixture client), every fixture role's rows are
# read (every table with client data) and changed (an UPDATE that changes
# nothing, rolled back) before the merge, after it and after its undo:
#   after the merge  no role sees or changes a row it did not before;
#   after the undo   every role sees and changes exactly what it did before.

echo pw-chief | ctl user add chief --org Harbor --admin --password-stdin >/dev/null

# what is read through the client itself, on the clients the merges drop
as alice "DELETE FROM hearth.client_photo WHERE client_id IN ($X1, $X2, $X3)" >/dev/null
as alice "INSERT INTO hearth.client_photo (client_id, data) VALUES ($X3, '\\x01'), ($X1, '\\x02'), ($X2, '\\x03')" >/dev/null
as alice "INSERT INTO hearth.client_alert (client_id, alert) VALUES ($X3, 'M3'), ($X1, 'M1'), ($X2, 'M2'), ($X7, 'M7')" >/dev/null
as alice "INSERT INTO hearth.case_note (client_id, title, read_only) VALUES ($X3, 'frozen', true), ($X1, 'frozen', true)" >/dev/null
# two clients shared alike (Harbor's, global, no exceptions), with records
Y1=$(client alice Yara Alike global NULL)
Y2=$(client alice Yuri Alike global NULL)
as alice "INSERT INTO hearth.case_note (client_id, title) VALUES ($Y2, 'y2 note');
          INSERT INTO hearth.client_photo (client_id, data) VALUES ($Y2, '\\x04');
          INSERT INTO hearth.client_alert (client_id, alert) VALUES ($Y2, 'Y2')" >/dev/null
as bob "INSERT INTO hearth.case_note (client_id, title) VALUES ($Y2, 'bob on y2')" >/dev/null

MERGE_TABLES="client enrollment service assessment case_note case_manager client_alias client_address
	interested_other client_file client_document client_alert release_exception family paused_operation"
# One query that names every row the caller sees, as table:key. A row keyed
# by its client (the photo, a family membership) is named by the kept client
# when it is about the dropped one (:keep, :drop), so that a row moved is
# the same row before and after.
MERGE_AS="CASE client_id WHEN :drop THEN :keep ELSE client_id END"
merge_seen_sql() {
	local t sql=''
	for t in $MERGE_TABLES; do
		sql+="SELECT '$t:' || id FROM hearth.$t UNION ALL "
	done
	echo "$sql SELECT 'client_photo:' || $MERGE_AS FROM hearth.client_photo
	       UNION ALL SELECT 'family_member:' || family_id || ',' || $MERGE_AS FROM hearth.family_member
	       ORDER BY 1"
}
# And one transaction that changes every row it may, then rolls back (a
# read-only case note refuses every change, so it is left out).
merge_changed_sql() {
	local t col sql='BEGIN;'
	for t in $MERGE_TABLES client_photo family_member; do
		case $t in
		client) col=first_name ;; client_photo) col=mime_type ;; client_alert) col=alert ;;
		release_exception) col=end_date ;; family) col=name ;; paused_operation) col=title ;;
		family_member) col=relationship_to_head ;;
		*) col=restriction ;;
		esac
		sql+="UPDATE hearth.$t t SET $col = $col$([ "$t" = case_note ] && echo ' WHERE NOT read_only')
		      RETURNING '$t:' || $(case $t in client_photo) echo "$MERGE_AS" ;;
		                           family_member) echo "family_id || ',' || $MERGE_AS" ;; *) echo id ;; esac);"
	done
	echo "$sql ROLLBACK;"
}
MERGE_SEEN=$(merge_seen_sql)
MERGE_CHANGED=$(merge_changed_sql)
MERGE_ROLES="alice amy bob carol zed dave erin fred multi@$A multi@$D adm admnone chief"

# merge_snapshot DIR KEEP DROP: every role's rows, seen and changed, into
# DIR/ROLE.{seen,changed}
merge_snapshot() {
	local who vars="\\set keep $2
\\set drop $3
"
	mkdir -p "$1"
	for who in $MERGE_ROLES; do
		as "$who" "$vars$MERGE_SEEN" 2>&1 | sort >"$1/$who.seen"
		as "$who" "$vars$MERGE_CHANGED" 2>&1 | sort >"$1/$who.changed"
	done
}

# merge_property NAME KEEP DROP: merge, compare, undo, compare.
merge_property() {
	local name=$1 keep=$2 drop=$3 dir=$TESTDB_DIR/merge-$RANDOM who kind wider id
	merge_snapshot "$dir/before" "$keep" "$drop"
	id=$(as chief "SELECT hearth.merge_clients($keep, $drop)")
	check_match "$name: chief merges them" '^[0-9]+$' "$id"
	merge_snapshot "$dir/after" "$keep" "$drop"
	wider=''
	for who in $MERGE_ROLES; do
		for kind in seen changed; do
			# merge-log rows are new; who reads them is checked on its own
			extra=$(comm -13 "$dir/before/$who.$kind" "$dir/after/$who.$kind")
			[ -z "$extra" ] || wider+="$who $kind: $(echo $extra) "
		done
	done
	check "$name: after the merge no role sees or changes a row it could not before" "" "$wider"
	as chief "SELECT hearth.undo_merge($id)" >/dev/null
	merge_snapshot "$dir/undone" "$keep" "$drop"
	wider=''
	for who in $MERGE_ROLES; do
		for kind in seen changed; do
			cmp -s "$dir/before/$who.$kind" "$dir/undone/$who.$kind" || wider+="$who $kind "
		done
	done
	check "$name: after the undo every role sees and changes exactly what it did before" "" "$wider"
}

check "the fixture's clients and the alike pair are all seen by chief" 10 \
	"$(as chief "SELECT count(*) FROM hearth.client WHERE id IN ($X1, $X2, $X3, $X4, $X5, $X6, $X7, $X8, $Y1, $Y2)")"
merge_property "A's global client into B's MOU client (A+B)" "$X6" "$X1"
merge_property "A's MOU-only client, with its photo, into C's global client" "$X8" "$X3"
merge_property "A's organization-only client into A's MOU client with an exception" "$X5" "$X2"
merge_property "A's MOU client in an MOU A left into A's global client" "$X1" "$X7"
merge_property "a global client into an organization-only one" "$X2" "$X4"
merge_property "two clients shared alike" "$Y1" "$Y2"

# Shared alike, everything moves; otherwise the intake's own rows stay.
MID=$(as chief "SELECT hearth.merge_clients($Y1, $Y2)")
check "shared alike: the photo, the alert and both notes move to the kept client" "1 1 2" \
	"$(dba "SELECT (SELECT count(*) FROM hearth.client_photo WHERE client_id = $Y1) || ' ' ||
	               (SELECT count(*) FROM hearth.client_alert WHERE client_id = $Y1) || ' ' ||
	               (SELECT count(*) FROM hearth.case_note WHERE client_id = $Y1)")"
check "shared alike: the notes keep their restriction" "none none" \
	"$(dba "SELECT string_agg(restriction, ' ') FROM hearth.case_note WHERE client_id = $Y1")"
as chief "SELECT hearth.undo_merge($MID)" >/dev/null
MID=$(as chief "SELECT hearth.merge_clients($X8, $X3)")
check "shared otherwise: the photo and alert stay with the dropped client, under its own sharing" "1 1" \
	"$(dba "SELECT (SELECT count(*) FROM hearth.client_photo WHERE client_id = $X3) || ' ' ||
	               (SELECT count(*) FROM hearth.client_alert WHERE client_id = $X3 AND alert = 'M3')")"
check "shared otherwise: the unrestricted notes move, restricted to their organization" "organization" \
	"$(dba "SELECT string_agg(DISTINCT restriction, ' ') FROM hearth.case_note
	        WHERE client_id = $X8 AND title IN ('X3-A-none', 'X3-B-none')")"
check "shared otherwise: the release exceptions stay with the dropped client" "$R1" \
	"$(dba "SELECT string_agg(id::text, ' ') FROM hearth.release_exception WHERE client_id = $X3")"

# The merge log: only administrators who see both clients, and never what moved.
check "an administrator who sees both clients reads the merge" "$X8 $X3" \
	"$(as chief "SELECT kept_id || ' ' || merged_id FROM hearth.client_merge WHERE id = $MID")"
check "an administrator of another organization who cannot see both reads no merge of them" 0 \
	"$(as adm "SELECT count(*) FROM hearth.client_merge WHERE id = $MID")"
check "an administrator of no organization reads no merge" 0 \
	"$(as admnone "SELECT count(*) FROM hearth.client_merge")"
check_match "nobody but the auditors reads what a merge moved" "permission denied" \
	"$(as_err chief "SELECT moved FROM hearth.client_merge WHERE id = $MID")"
check "the auditor reads what it moved" "t" \
	"$(as audrey "SELECT moved ? 'narrowed' FROM hearth.client_merge WHERE id = $MID")"
as chief "SELECT hearth.undo_merge($MID)" >/dev/null
