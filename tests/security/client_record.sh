# shellcheck shell=bash
# tests/security/client_record.sh: the client record of sql/012, attacked as
# real roles. Sourced by tests/security/run after its own checks, with its
# fixture (orgs A..F, users, clients X1..X8, families FAMA FAMH FAMC) and
# helpers: aliases, address history, interested others and files follow the
# transaction rules, so they get the transactions' labels and matrix (SEE_TX);
# the document check is its organization's alone; the photo is the intake's;
# family names, family notes and merging have checks of their own.

RTABLES="client_alias client_address interested_other client_file"
L[client_alias]=first_name L[client_address]=line1 L[interested_other]=name
L[client_file]=name L[client_document]=name
for t in $RTABLES client_document; do AUTHOR[$t]=created_by; done

# rec_row TABLE CLIENT [COLUMNS VALUES]: an INSERT of one row (label 'probe')
rec_row() {
	local t=$1 c=$2 cols=${3:+, $3} vals=${4:+, $4}
	case $t in
	interested_other)
		echo "INSERT INTO hearth.interested_other (client_id, name, other_type$cols)
		      VALUES ($c, 'probe', 'friend'$vals)" ;;
	client_file)
		echo "INSERT INTO hearth.client_file (client_id, name, data$cols)
		      VALUES ($c, 'probe', decode('00', 'hex')$vals)" ;;
	client_document)
		echo "INSERT INTO hearth.client_document (client_id, name, document_type, data$cols)
		      VALUES ($c, 'probe', 'diagnosis', decode('00', 'hex')$vals)" ;;
	*)
		echo "INSERT INTO hearth.$t (client_id, ${L[$t]}$cols) VALUES ($c, 'probe'$vals)" ;;
	esac
}

# rec_rows USER "TABLE..." LABEL:CLIENT:RESTRICTION...: rows labelled like
# the transactions of run's fixture, their ids in ID[table:label]
rec_rows() {
	local who=$1 tables=$2 t spec l c r sql='' out; shift 2
	for t in $tables; do
		for spec; do
			IFS=: read -r l c r <<<"$spec"
			sql+="$(rec_row "$t" "$c" restriction "'$r'" | sed "s/'probe'/'$l'/") RETURNING '$t', ${L[$t]}, id;"$'\n'
		done
	done
	out=$(as "$who" "$sql")
	while IFS='|' read -r t l c; do ID[$t:$l]=$c; done <<<"$out"
}
rec_rows alice "$RTABLES" "X1-A-none:$X1:none" "X2-A-none:$X2:none" "X3-A-none:$X3:none" \
	"X3-A-org:$X3:organization" "X3-A-user:$X3:user" "X4-A-none:$X4:none" \
	"X5-A-none:$X5:none" "X6-A-none:$X6:none" "X7-A-none:$X7:none"
rec_rows bob "$RTABLES" "X3-B-none:$X3:none" "X6-B-none:$X6:none"
rec_rows carol "$RTABLES" "X8-C-none:$X8:none" "X8-C-org:$X8:organization"
rec_rows alice client_document "X3-A-none:$X3:none" "X3-A-org:$X3:organization" \
	"X3-A-user:$X3:user" "X5-A-none:$X5:none" "X1-A-none:$X1:none"
rec_rows bob client_document "X3-B-none:$X3:none"
rec_rows carol client_document "X8-C-none:$X8:none"
check "fixture: the client record's rows were created through RLS (13 in each of 4 tables, 7 documents)" 59 \
	"$(dba "SELECT (SELECT count(*) FROM hearth.client_alias) + (SELECT count(*) FROM hearth.client_address)
	        + (SELECT count(*) FROM hearth.interested_other) + (SELECT count(*) FROM hearth.client_file)
	        + (SELECT count(*) FROM hearth.client_document)")"

# ---- the matrix ----------------------------------------------------------------

declare -A SEE_DOC=([alice]="X1-A-none X3-A-none X3-A-org X3-A-user X5-A-none"
	[amy]="X1-A-none X3-A-none X3-A-org X5-A-none" [multi@$A]="X1-A-none X3-A-none X3-A-org X5-A-none"
	[bob]="X3-B-none" [carol]="X8-C-none")
for u in alice amy bob carol dave erin fred "multi@$A" "multi@$D" adm admnone; do
	w=${WHO[$u]}
	for t in $RTABLES; do
		# shellcheck disable=SC2086
		q_set "$w sees exactly the $t rows {${SEE_TX[$u]}}" "$(set_of ${SEE_TX[$u]})" \
			"SELECT ${L[$t]} FROM hearth.$t"
	done
	# shellcheck disable=SC2086
	q_set "$w sees exactly its own organization's documents {${SEE_DOC[$u]:-}}" \
		"$(set_of ${SEE_DOC[$u]:-})" "SELECT name FROM hearth.client_document"
	run_as "$u"
done

# ---- attacks on the transaction-like tables ----------------------------------------

for t in $RTABLES; do
	l=${L[$t]}
	h_org=${ID[$t:X3-A-org]} h_user=${ID[$t:X3-A-user]} h_b=${ID[$t:X3-B-none]}
	h_cl=${ID[$t:X2-A-none]} shared=${ID[$t:X3-A-none]} own=${ID[$t:X8-C-none]}
	q_eq "org C cannot read org A's restricted, alice's, org B's or a hidden client's $t rows by id" 0 \
		"SELECT count(*) FROM hearth.$t WHERE id IN ($h_org, $h_user, $h_b, $h_cl)"
	q_eq "org C cannot find hidden $t rows by label" "" \
		"SELECT id FROM hearth.$t WHERE $l IN ('X3-A-org', 'X3-A-user', 'X2-A-none') OR $l ILIKE 'x3-b%'"
	q_eq "org C counts only its visible $t rows with count(*)" 3 "SELECT count(*) FROM hearth.$t"
	q_eq "org C cannot learn with EXISTS that a hidden $t row exists" f \
		"SELECT EXISTS (SELECT 1 FROM hearth.$t WHERE id IN ($h_org, $h_user, $h_b, $h_cl))"
	q_none "org C cannot update a hidden $t row" \
		"UPDATE hearth.$t SET $l = 'hacked' WHERE id IN ($h_org, $h_user, $h_b, $h_cl) RETURNING id"
	q_none "org C cannot edit org A's $t row that is shared with it" \
		"UPDATE hearth.$t SET $l = 'hacked' WHERE id = $shared RETURNING id"
	q_none "org C cannot delete org A's $t row that is shared with it" \
		"DELETE FROM hearth.$t WHERE id = $shared RETURNING id"
	q_none "org C cannot delete a hidden $t row" \
		"DELETE FROM hearth.$t WHERE id IN ($h_org, $h_user, $h_b, $h_cl) RETURNING id"
	q_match "org C can add a $t row about a client it sees (control)" '^[0-9]+$' \
		"BEGIN; $(rec_row "$t" "$X8") RETURNING id; ROLLBACK;"
	q_err "org C cannot add a $t row in org A's name (org_id)" "row-level security" \
		"$(rec_row "$t" "$X3" org_id "$A")"
	q_err "org C cannot add a $t row in alice's name (created_by)" "row-level security" \
		"$(rec_row "$t" "$X8" created_by "$ALICE")"
	q_same_err "org C adding a $t row about a hidden client fails exactly like a nonexistent client" \
		"$(rec_row "$t" "$NOPE")" "$(rec_row "$t" "$X2")"
	q_err "org C cannot move its own $t row to org A (org_id cannot change)" "permission denied" \
		"UPDATE hearth.$t SET org_id = $A WHERE id = $own"
	q_err "org C cannot move its own $t row to another client (client_id cannot change)" "permission denied" \
		"UPDATE hearth.$t SET client_id = $X1 WHERE id = $own"
	q_set "org C's COPY hearth.$t TO STDOUT gives only its visible rows" \
		"$(set_of X3-A-none X8-C-none X8-C-org)" "COPY hearth.$t ($l) TO STDOUT"
	q_err "org C cannot truncate hearth.$t" "permission denied" "TRUNCATE hearth.$t"
done
q_err "org C cannot write a file's size (a generated column)" "permission denied|only be updated to DEFAULT" \
	"UPDATE hearth.client_file SET size = 1 WHERE id = ${ID[client_file:X8-C-none]}"
run_as carol
for t in $RTABLES; do
	l=${L[$t]}
	q_eq "amy cannot read her colleague alice's user-restricted $t row" 0 \
		"SELECT count(*) FROM hearth.$t WHERE id = ${ID[$t:X3-A-user]}"
	q_none "amy cannot edit alice's user-restricted $t row" \
		"UPDATE hearth.$t SET $l = 'hacked' WHERE id = ${ID[$t:X3-A-user]} RETURNING id"
	q_eq "amy can edit her organization's organization-restricted $t row" "${ID[$t:X3-A-org]}" \
		"UPDATE hearth.$t SET $l = $l WHERE id = ${ID[$t:X3-A-org]} RETURNING id"
done
run_as amy
for t in $RTABLES; do
	q_none "org B cannot edit org A's $t row shared with it through the MOU" \
		"UPDATE hearth.$t SET ${L[$t]} = 'hacked' WHERE id = ${ID[$t:X3-A-none]} RETURNING id"
	q_none "org B cannot delete org A's $t row shared with it through the MOU" \
		"DELETE FROM hearth.$t WHERE id = ${ID[$t:X3-A-none]} RETURNING id"
done
run_as bob

# ---- interested others: the related client ---------------------------------------

IO=${ID[interested_other:X8-C-none]}
q_match "org C names a client it sees as the related client (control)" '^[0-9]+$' \
	"BEGIN; $(rec_row interested_other "$X8" related_client_id "$X1") RETURNING id; ROLLBACK;"
q_same_err "org C naming a hidden client as the related client fails exactly like a nonexistent one" \
	"$(rec_row interested_other "$X8" related_client_id "$NOPE")" \
	"$(rec_row interested_other "$X8" related_client_id "$X2")"
q_same_err "org C pointing its interested other at a hidden client fails exactly like a nonexistent one" \
	"UPDATE hearth.interested_other SET related_client_id = $NOPE WHERE id = $IO" \
	"UPDATE hearth.interested_other SET related_client_id = $X2 WHERE id = $IO"
run_as carol

# ---- the document check -------------------------------------------------------------

for d in X3-A-none X1-A-none; do
	q_eq "org B (MOU partner, sees the client) cannot read org A's unrestricted document $d" 0 \
		"SELECT count(*) FROM hearth.client_document WHERE id = ${ID[client_document:$d]}"
done
q_none "org B cannot edit org A's document" \
	"UPDATE hearth.client_document SET name = 'hacked' WHERE id = ${ID[client_document:X3-A-none]} RETURNING id"
q_none "org B cannot delete org A's document" \
	"DELETE FROM hearth.client_document WHERE id = ${ID[client_document:X3-A-none]} RETURNING id"
q_err "org B cannot add a document in org A's name" "row-level security" \
	"$(rec_row client_document "$X3" org_id "$A")"
run_as bob
q_eq "org D, with org A's release exception on the client, cannot read A's unrestricted document" 0 \
	"SELECT count(*) FROM hearth.client_document WHERE id = ${ID[client_document:X5-A-none]} OR client_id = $X5"
run_as dave
q_eq "amy cannot read alice's user-restricted document" 0 \
	"SELECT count(*) FROM hearth.client_document WHERE id = ${ID[client_document:X3-A-user]}"
q_eq "amy can edit her organization's document" "${ID[client_document:X3-A-org]}" \
	"UPDATE hearth.client_document SET note = 'checked' WHERE id = ${ID[client_document:X3-A-org]} RETURNING id"
run_as amy
q_same_err "org C adding a document about a hidden client fails exactly like a nonexistent client" \
	"$(rec_row client_document "$NOPE")" "$(rec_row client_document "$X2")"
q_err "org C cannot add a document in alice's name" "row-level security" \
	"$(rec_row client_document "$X8" created_by "$ALICE")"
q_err "org C cannot write a document's size (a generated column)" "permission denied|only be updated to DEFAULT" \
	"UPDATE hearth.client_document SET size = 1 WHERE id = ${ID[client_document:X8-C-none]}"
q_err "org C cannot truncate hearth.client_document" "permission denied" "TRUNCATE hearth.client_document"
run_as carol

# ---- the photo ---------------------------------------------------------------------

as alice "INSERT INTO hearth.client_photo (client_id, mime_type, data)
          VALUES ($X3, 'image/png', decode('89504e47', 'hex')), ($X2, 'image/png', decode('89504e47', 'hex'))" >/dev/null
q_eq "org B, which sees the client through the MOU, sees its photo" "image/png" \
	"SELECT mime_type FROM hearth.client_photo WHERE client_id = $X3"
q_none "org B cannot replace the photo of org A's client" \
	"UPDATE hearth.client_photo SET data = decode('00', 'hex') WHERE client_id = $X3 RETURNING client_id"
q_none "org B cannot remove the photo of org A's client" \
	"DELETE FROM hearth.client_photo WHERE client_id = $X3 RETURNING client_id"
q_err "org B cannot add a photo to org A's client it sees" "row-level security" \
	"INSERT INTO hearth.client_photo (client_id, data) VALUES ($X1, decode('00', 'hex'))"
q_match "org B adds a photo to its own client (control)" "^$X6\$" \
	"BEGIN; INSERT INTO hearth.client_photo (client_id, data) VALUES ($X6, decode('00', 'hex')) RETURNING client_id; ROLLBACK;"
run_as bob
q_eq "org C does not see the photo of a client hidden from it" 0 \
	"SELECT count(*) FROM hearth.client_photo WHERE client_id = $X2"
q_same_err "org C adding a photo to a hidden client fails exactly like a nonexistent client" \
	"INSERT INTO hearth.client_photo (client_id, data) VALUES ($NOPE, decode('00', 'hex')) ON CONFLICT DO NOTHING" \
	"INSERT INTO hearth.client_photo (client_id, data) VALUES ($X2, decode('00', 'hex')) ON CONFLICT DO NOTHING"
run_as carol
q_eq "amy replaces the photo of her organization's client" "$X3" \
	"BEGIN; UPDATE hearth.client_photo SET data = decode('00', 'hex') WHERE client_id = $X3 RETURNING client_id; ROLLBACK;"
run_as amy

# ---- merged_into and merging -------------------------------------------------------

q_err "a user cannot set merged_into on its own client" "permission denied" \
	"UPDATE hearth.client SET merged_into = $X1 WHERE id = $X8"
q_err "a user cannot create a client already merged_into another" "permission denied" \
	"INSERT INTO hearth.client (first_name, merged_into) VALUES ('Probe', $X1)"
q_err "a user who is no administrator cannot merge clients" "only a system administrator" \
	"SELECT hearth.merge_clients($X8, $X1)"
q_err "a user who is no administrator cannot undo a merge" "only a system administrator" \
	"SELECT hearth.undo_merge(1)"
q_eq "a user who is no administrator reads no merge" 0 "SELECT count(*) FROM hearth.client_merge"
run_as carol
q_err "an administrator cannot merge a client hidden from it into one it sees" "not one you can see" \
	"SELECT hearth.merge_clients($X1, $X2)"
q_err "an administrator cannot merge a client it sees into a hidden one" "not one you can see" \
	"SELECT hearth.merge_clients($X2, $X1)"
q_err "an administrator merging a nonexistent client gets the same refusal" "not one you can see" \
	"SELECT hearth.merge_clients($X1, $NOPE)"
# (X5 is visible to org D only through org A's release exception, which stays
# with X5: a merge moves no release exception.)
q_eq "an administrator merges two clients it sees, then undoes it (rolled back)" "t|$X1|t
t" \
	"BEGIN; SELECT hearth.merge_clients($X1, $X5) AS mid \\gset
	 SELECT :mid > 0, (SELECT kept_id FROM hearth.client_merge WHERE id = :mid), hearth.client_visible($X5);
	 SELECT hearth.undo_merge(:mid) \\gset
	 SELECT hearth.client_visible($X5); ROLLBACK;"
run_as adm
q_err "an administrator without an organization cannot merge (sees no client)" "not one you can see" \
	"SELECT hearth.merge_clients($X1, $X8)"
run_as admnone

# ---- families: default names, aliases, family notes --------------------------------

FAMD=$(as alice "INSERT INTO hearth.family (name) VALUES (NULL) RETURNING id")
as alice "INSERT INTO hearth.family_member (family_id, client_id, relationship_to_head, is_current)
          VALUES ($FAMD, $X2, 1, false), ($FAMD, $X1, 2, false)" >/dev/null
q_eq "org A sees the default name of its family after the head" "Orgonly, Olive - 1977|t" \
	"SELECT name, is_default FROM hearth.family_display WHERE id = $FAMD"
run_as alice
q_eq "org C sees the family through a member, but not the name of the head hidden from it" "Family $FAMD|t" \
	"SELECT name, is_default FROM hearth.family_display WHERE id = $FAMD"
q_eq "org C cannot find the family by the hidden head's name" "" \
	"SELECT id FROM hearth.family_display WHERE name ILIKE '%orgonly%' OR name ILIKE '%olive%'"
q_eq "org C reads no stored name of that family" "" \
	"SELECT coalesce(name, '') FROM hearth.family WHERE id = $FAMD"
run_as carol
as alice "UPDATE hearth.family SET name = 'Hidden renamed' WHERE id = $FAMH" >/dev/null
check "renaming a family keeps its former name as an alias" "Hidden household|$A" \
	"$(dba "SELECT name, org_id FROM hearth.family_alias WHERE family_id = $FAMH")"
q_eq "org C cannot read the former names of a family hidden from it" 0 \
	"SELECT count(*) FROM hearth.family_alias WHERE family_id = $FAMH OR name ILIKE '%hidden%'"
q_err "org C cannot write a family alias" "permission denied" \
	"INSERT INTO hearth.family_alias (family_id, name, org_id) VALUES ($FAMC, 'Forged', $C)"
q_err "org C cannot change a family alias" "permission denied" "UPDATE hearth.family_alias SET name = 'x'"
q_match "org C writes a family case note about a member of its family (control)" '^[0-9]+$' \
	"BEGIN; INSERT INTO hearth.case_note (client_id, title, family_id) VALUES ($X8, 'fam', $FAMC) RETURNING id; ROLLBACK;"
q_same_err "org C pointing a case note at a hidden family fails exactly like a nonexistent family" \
	"INSERT INTO hearth.case_note (client_id, title, family_id) VALUES ($X8, 'probe', $NOPE)" \
	"INSERT INTO hearth.case_note (client_id, title, family_id) VALUES ($X8, 'probe', $FAMH)"
q_same_err "org C pointing a case note at a family its client is not in fails like a nonexistent family" \
	"INSERT INTO hearth.case_note (client_id, title, family_id) VALUES ($X8, 'probe', $NOPE)" \
	"INSERT INTO hearth.case_note (client_id, title, family_id) VALUES ($X8, 'probe', $FAMA)"
q_same_err "org C moving its case note to a hidden family fails exactly like a nonexistent family" \
	"UPDATE hearth.case_note SET family_id = $NOPE WHERE id = ${ID[case_note:X8-C-none]}" \
	"UPDATE hearth.case_note SET family_id = $FAMH WHERE id = ${ID[case_note:X8-C-none]}"
run_as carol

# ---- COPY in, and nothing changed ------------------------------------------------------

for t in $RTABLES; do
	copy_from "org C cannot COPY into hearth.$t" "$t" "client_id, ${L[$t]}"
done
copy_from "org C cannot COPY into hearth.client_document" client_document "client_id, name"
copy_from "org C cannot COPY into hearth.client_photo" client_photo "client_id, data"
copy_from "org C cannot COPY into hearth.family_alias" family_alias "family_id, name"
for t in $RTABLES; do
	check "after the attacks, org A's shared $t row is unchanged and every hidden row is still there" \
		"X3-A-none|4" \
		"$(dba "SELECT (SELECT ${L[$t]} FROM hearth.$t WHERE id = ${ID[$t:X3-A-none]}),
		               (SELECT count(*) FROM hearth.$t WHERE id IN (${ID[$t:X3-A-org]}, ${ID[$t:X3-A-user]},
		                       ${ID[$t:X3-B-none]}, ${ID[$t:X2-A-none]}))")"
done
check "after the attacks, documents, photos and merges are as they were" "X3-A-none|7|2|0|0" \
	"$(dba "SELECT (SELECT name FROM hearth.client_document WHERE id = ${ID[client_document:X3-A-none]}),
	               (SELECT count(*) FROM hearth.client_document), (SELECT count(*) FROM hearth.client_photo),
	               (SELECT count(*) FROM hearth.client_merge), (SELECT count(*) FROM hearth.client WHERE merged_into IS NOT NULL)")"
