# shellcheck shell=bash
# tests/security/change_refusal.sh: hearth.change_refusal and
# hearth.record_marks (sql/050), as real roles over psql. Sourced by
# tests/security/run with its fixture (the case notes labelled
# CLIENT-ORG-RESTRICTION, their ids in ID[case_note:LABEL]).
#
# What hearth says before anything is typed must be what the database does
# at F2: for every user and every case note of the fixture, the answer is
# "change" exactly when that user's UPDATE reaches the row, "unseen" (the
# sentence a missing id gets) exactly when the user cannot see it, and
# "read" otherwise; so it tells nothing of a row the user cannot see.

CR_LABELS="X1-A-none X2-A-none X3-A-none X3-A-org X3-A-user X3-B-none X4-A-none X5-A-none
	X6-A-none X6-B-none X7-A-none X8-C-none X8-C-org"
cr_values=''
for l in $CR_LABELS; do cr_values+="${cr_values:+, }('$l', ${ID[case_note:$l]}::bigint)"; done
cr_ids=$(for l in $CR_LABELS; do printf '%s,' "${ID[case_note:$l]}"; done)
cr_ids=${cr_ids%,}

# what change_refusal says, a label each
cr_said() {
	as "$1" "SELECT string_agg(v.l || ':' || CASE WHEN r IS NULL THEN 'change'
	             WHEN r = hearth.change_refusal('case_note', $NOPE) THEN 'unseen' ELSE 'read' END,
	             ' ' ORDER BY v.l)
	         FROM (VALUES $cr_values) v(l, id), LATERAL hearth.change_refusal('case_note', v.id) r"
}
# what the database does: the rows seen, and the rows an UPDATE reaches (undone)
cr_done() {
	as "$1" "BEGIN;
	         WITH changed AS (UPDATE hearth.case_note SET title = title WHERE id IN ($cr_ids) RETURNING id)
	         SELECT string_agg(v.l || ':' || CASE WHEN v.id IN (SELECT id FROM changed) THEN 'change'
	                      WHEN v.id IN (SELECT id FROM hearth.case_note) THEN 'read' ELSE 'unseen' END,
	                      ' ' ORDER BY v.l)
	         FROM (VALUES $cr_values) v(l, id);
	         ROLLBACK;"
}
for who in alice amy bob carol dave "multi@$A" "multi@$D"; do
	check "change_refusal tells ${WHO[$who]} what its UPDATE does, and nothing of unseen rows" \
		"$(cr_done "$who")" "$(cr_said "$who")"
done
check "bob is told whose a shared note is" \
	"This record is Harbor's: it is shared with you to read, not to change." \
	"$(as bob "SELECT hearth.change_refusal('case_note', ${ID[case_note:X3-A-none]})")"
check "asking leaves the note as it was (the probe is undone)" \
	"$(dba "SELECT xmin FROM hearth.case_note WHERE id = ${ID[case_note:X3-A-none]}")" \
	"$(as alice "SELECT hearth.change_refusal('case_note', ${ID[case_note:X3-A-none]})" >/dev/null
	   dba "SELECT xmin FROM hearth.case_note WHERE id = ${ID[case_note:X3-A-none]}")"
check "a hidden note and a missing one get the same sentence" \
	"$(as bob "SELECT hearth.change_refusal('case_note', $NOPE)")" \
	"$(as bob "SELECT hearth.change_refusal('case_note', ${ID[case_note:X3-A-user]})")"
check "an organization hint set by hand changes nothing" \
	"This record is Harbor's: it is shared with you to read, not to change." \
	"$(as bob "SET hearth.active_org = '$A'; SELECT hearth.change_refusal('case_note', ${ID[case_note:X3-A-none]})")"
check "a table name is only ever a name" "42P01" \
	"$(as bob "\\set VERBOSITY verbose
	           SELECT hearth.change_refusal('case_note where true; --', 1)" 2>&1 | grep -o 42P01 | head -1)"
check "record_marks lists only the notes bob sees, with author and organization" \
	"X3-A-none|alice|Harbor|f
X3-B-none|bob|Northside|t
X6-A-none|alice|Harbor|f
X6-B-none|bob|Northside|t
X8-C-none|carol|Riverside|f" \
	"$(as bob "SELECT v.l, m.author, m.organization, m.refusal IS NULL
	           FROM hearth.record_marks('case_note', ARRAY[$cr_ids]) m JOIN (VALUES $cr_values) v(l, id) ON v.id = m.id
	           ORDER BY v.l")"
check "record_marks tells admnone, who sees no client, of no note" 0 \
	"$(as admnone "SELECT count(*) FROM hearth.record_marks('case_note', ARRAY[$cr_ids])")"
