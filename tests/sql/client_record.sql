-- tests/sql/client_record.sql: the client record of 012: the automatic
-- history of names and addresses, merged_into out of users' reach, the
-- default family names (hearth.family_display) and the family's former
-- names, family case notes, and merging two clients and undoing it.
--
-- Fixtures (tests/sql/run): organizations Harbor, Northside, Riverside;
-- users alice (Harbor), bob (Northside), carol (Riverside), dan (Harbor and
-- Northside), ada (administrator, no organization); MOU M1 (Harbor,
-- Northside). Here, in the same transaction (rolled back): rec_admin, an
-- administrator working in Harbor. While acting as a user, only assertions
-- that create no temporary table (see policies.sql).

BEGIN;
SELECT plan(47);
\ir lib/as_user.psql

CREATE ROLE rec_admin NOLOGIN IN ROLE hearth_user, hearth_admin;
INSERT INTO hearth.hmis_user (username, full_name) VALUES ('rec_admin', 'Merging Admin');
INSERT INTO hearth.membership (user_id, org_id)
	SELECT u.id, o.id FROM hearth.hmis_user u, hearth.organization o
	WHERE u.username = 'rec_admin' AND o.name = 'Harbor';
\set as_rec_admin 'RESET SESSION AUTHORIZATION; RESET ROLE; RESET hearth.active_org; SET SESSION AUTHORIZATION rec_admin;'

SELECT (SELECT id FROM hearth.organization WHERE name = 'Harbor') AS harbor,
       (SELECT id FROM hearth.hmis_user WHERE username = 'alice') AS alice_id
\gset

-- ===========================================================================
-- The history of names and addresses.
-- ===========================================================================

:as_alice
INSERT INTO hearth.client (first_name, last_name, birth_date, dob_data_quality, address_line1, city, state, zip)
VALUES ('Hana', 'Hist', '1984-05-06', 1, '1 Old Road', 'Oldtown', 'OR', '97201');
INSERT INTO hearth.client (first_name, last_name) VALUES ('Nadia', 'Noaddress');
:as_postgres
SELECT (SELECT id FROM hearth.client WHERE first_name = 'Hana') AS hana,
       (SELECT id FROM hearth.client WHERE first_name = 'Nadia') AS nadia
\gset

:as_alice
UPDATE hearth.client SET last_name = 'Newname', phone = '555-0100' WHERE id = :hana;
SELECT results_eq(format($$SELECT first_name, last_name, alias_type, end_date = hearth.today(),
	org_id = %s, created_by = %s FROM hearth.client_alias WHERE client_id = %s$$, :harbor, :alice_id, :hana),
	$$VALUES ('Hana'::text, 'Hist'::text, 'former'::text, true, true, true)$$,
	'a changed name leaves the old one as a former alias, ended today, Harbor''s and alice''s');
UPDATE hearth.client SET phone = '555-0101', email = 'hana@example.org' WHERE id = :hana;
SELECT is((SELECT count(*) FROM hearth.client_alias WHERE client_id = :hana), 1::bigint,
	'a change of other columns adds no alias');
SELECT is((SELECT count(*) FROM hearth.client_address WHERE client_id = :hana), 0::bigint,
	'... and no address');
UPDATE hearth.client SET address_line1 = '2 New Street', city = 'Newtown', zip = '97202-1234' WHERE id = :hana;
SELECT results_eq(format($$SELECT line1, city, state, zip, address_type, end_date = hearth.today()
	FROM hearth.client_address WHERE client_id = %s$$, :hana),
	$$VALUES ('1 Old Road'::text, 'Oldtown'::text, 'OR'::text, '97201'::text, 'home'::text, true)$$,
	'a changed address leaves the old one in the address history, ended today');
UPDATE hearth.client SET address_line1 = '3 First Lane' WHERE id = :nadia;
SELECT is((SELECT count(*) FROM hearth.client_address WHERE client_id = :nadia), 0::bigint,
	'a first address (the old one empty) adds no history');
UPDATE hearth.client SET first_name = 'Nadja' WHERE id = :nadia;
SELECT is((SELECT count(*) FROM hearth.client_alias WHERE client_id = :nadia AND first_name = 'Nadia'), 1::bigint,
	'each name change is kept');
SELECT throws_ok($$INSERT INTO hearth.client (first_name, state) VALUES ('X', 'ore')$$, '23514', NULL,
	'a state is at most two capital letters');
SELECT throws_ok($$INSERT INTO hearth.client (first_name, zip) VALUES ('X', '9720')$$, '23514', NULL,
	'a zip code is five digits, or five and four');
:as_bob
UPDATE hearth.client SET first_name = 'Hacked' WHERE id = :hana;
:as_postgres
SELECT results_eq(format('SELECT first_name, (SELECT count(*) FROM hearth.client_alias WHERE client_id = %1$s) FROM hearth.client WHERE id = %1$s', :hana),
	$$VALUES ('Hana'::text, 1::bigint)$$,
	'another organization changes no name and makes no history');

-- merged_into belongs to the merge function.
:as_alice
SELECT throws_ok(format('UPDATE hearth.client SET merged_into = %s WHERE id = %s', :nadia, :hana),
	'42501', NULL, 'a user cannot set merged_into');
SELECT throws_ok(format($$INSERT INTO hearth.client (first_name, merged_into) VALUES ('X', %s)$$, :nadia),
	'42501', NULL, 'a user cannot insert a client with merged_into');

-- ===========================================================================
-- Families: default names, former names, family case notes.
-- ===========================================================================

:as_alice
INSERT INTO hearth.client (first_name, last_name, birth_date, dob_data_quality, intake_sharing)
VALUES ('Helga', 'Hidden', '1970-01-01', 1, 'organization'), ('Kim', 'Kid', '2010-01-01', 1, 'global');
INSERT INTO hearth.family (name) VALUES (NULL), ('Named family'), (NULL), (NULL), ('Secret family');
:as_postgres
SELECT (SELECT id FROM hearth.client WHERE first_name = 'Helga') AS helga,
       (SELECT id FROM hearth.client WHERE first_name = 'Kim') AS kim,
       (SELECT min(id) FROM hearth.family WHERE name IS NULL) AS fam_default,
       (SELECT id FROM hearth.family WHERE name = 'Named family') AS fam_named,
       (SELECT id FROM hearth.family WHERE name IS NULL ORDER BY id OFFSET 1 LIMIT 1) AS fam_hidden_head,
       (SELECT id FROM hearth.family WHERE name = 'Secret family') AS fam_secret,
       (SELECT max(id) FROM hearth.family WHERE name IS NULL) AS fam_no_head
\gset
:as_alice
INSERT INTO hearth.family_member (family_id, client_id, relationship_to_head, is_current) VALUES
	(:fam_default, :hana, 1, true), (:fam_named, :nadia, 1, true),
	(:fam_hidden_head, :helga, 1, true), (:fam_hidden_head, :kim, 2, true),
	(:fam_no_head, :nadia, 99, false), (:fam_secret, :helga, 1, false);
SELECT results_eq(format('SELECT name, is_default FROM hearth.family_display WHERE id IN (%s, %s, %s, %s) ORDER BY id',
	:fam_default, :fam_named, :fam_hidden_head, :fam_no_head),
	format($$VALUES ('Newname, Hana - 1984'::text, true), ('Named family', false), ('Hidden, Helga - 1970', true), ('Family %s', true)$$,
	       :fam_no_head),
	'family_display: the head''s "Last, First - YYYY" by default, the stored name otherwise, "Family N" without a head');
:as_carol
SELECT results_eq(format('SELECT name, is_default FROM hearth.family_display WHERE id = %s', :fam_hidden_head),
	format($$VALUES ('Family %s'::text, true)$$, :fam_hidden_head),
	'a head of household hidden from the caller gives "Family N", not the head''s name');
SELECT is((SELECT count(*) FROM hearth.family WHERE id = :fam_hidden_head AND name IS NULL), 1::bigint,
	'carol sees the family (through the visible member), whose stored name is empty');

:as_alice
UPDATE hearth.family SET name = 'Renamed family' WHERE id = :fam_named;
UPDATE hearth.family SET name = 'Renamed again' WHERE id = :fam_named;
UPDATE hearth.family SET name = 'Now named' WHERE id = :fam_default;
UPDATE hearth.family SET name = 'Secret renamed' WHERE id = :fam_secret;
SELECT results_eq(format('SELECT name, org_id = %s FROM hearth.family_alias WHERE family_id IN (%s, %s, %s) ORDER BY id',
	:harbor, :fam_named, :fam_default, :fam_secret),
	$$VALUES ('Named family'::text, true), ('Renamed family', true), ('Secret family', true)$$,
	'a family''s former stored names become its aliases (a default name was never stored, so none)');
SELECT throws_ok(format($$INSERT INTO hearth.family_alias (family_id, name, org_id) VALUES (%s, 'X', %s)$$,
	:fam_named, :harbor), '42501', NULL, 'a user cannot write a family alias');
SELECT throws_ok($$DELETE FROM hearth.family_alias$$, '42501', NULL, 'a user cannot delete a family alias');
:as_carol
SELECT is((SELECT count(*) FROM hearth.family_alias WHERE family_id = :fam_secret), 0::bigint,
	'carol, who sees no member of a family, sees none of its aliases');
SELECT is((SELECT count(*) FROM hearth.family_alias WHERE family_id = :fam_named), 2::bigint,
	'carol reads the aliases of a family she sees through a member');

:as_alice
SELECT lives_ok(format($$INSERT INTO hearth.case_note (client_id, title, family_id) VALUES (%s, 'family note', %s)$$,
	:kim, :fam_hidden_head), 'a family case note about a member of the family');
SELECT throws_ok(format($$INSERT INTO hearth.case_note (client_id, title, family_id) VALUES (%s, 'X', %s)$$,
	:hana, :fam_hidden_head), '42501', NULL, 'a family case note about a client outside the family is refused');
SELECT throws_ok(format($$UPDATE hearth.case_note SET family_id = %s WHERE title = 'family note'$$,
	:fam_default), '42501', NULL, 'a note cannot be moved to a family its client is not in');

-- ===========================================================================
-- Merging two clients, and undoing it.
-- ===========================================================================

-- Keep (Kate) and drop (Dora), both Harbor's and global. Dora has rows of
-- every kind, some of them hidden from the administrator (Northside's).
:as_alice
INSERT INTO hearth.client (first_name, last_name) VALUES ('Kate', 'Keep'), ('Dora', 'Drop'),
	('Ivan', 'Interested');
:as_postgres
SELECT (SELECT id FROM hearth.client WHERE first_name = 'Kate') AS keep,
       (SELECT id FROM hearth.client WHERE first_name = 'Dora') AS dora,
       (SELECT id FROM hearth.client WHERE first_name = 'Ivan') AS ivan
\gset
:as_alice
INSERT INTO hearth.case_note (client_id, title) VALUES (:keep, 'keep note'), (:dora, 'dora note');
INSERT INTO hearth.case_note (client_id, title, read_only) VALUES (:dora, 'dora frozen', true);
INSERT INTO hearth.client_alias (client_id, first_name) VALUES (:dora, 'Dory');
INSERT INTO hearth.client_photo (client_id, data) VALUES (:dora, '\x0102');
INSERT INTO hearth.interested_other (client_id, other_type, name, related_client_id)
	VALUES (:ivan, 'friend', 'Dora', :dora);
INSERT INTO hearth.paused_operation (form, title, client_id) VALUES ('case_note', 'paused', :dora);
INSERT INTO hearth.family (name) VALUES ('Both'), ('Dora only');
INSERT INTO hearth.family_member (family_id, client_id, relationship_to_head, is_current)
	SELECT f.id, c.id, r, cur FROM (VALUES ('Both', :keep, 1, true), ('Both', :dora, 2, false),
	                                       ('Dora only', :dora, 1, true)) v(fam, c, r, cur)
	JOIN hearth.family f ON f.name = v.fam JOIN hearth.client c ON c.id = v.c;
:as_bob
INSERT INTO hearth.case_note (client_id, title, restriction) VALUES (:dora, 'bob on dora', 'user');
INSERT INTO hearth.client (first_name, intake_sharing) VALUES ('Nora', 'organization');

-- Every row that points at either client, as text, to compare after undo.
:as_postgres
SELECT id AS nora FROM hearth.client WHERE first_name = 'Nora' \gset
CREATE FUNCTION pg_temp.refs(a bigint, b bigint) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE r record; s text;
BEGIN
	FOR r IN SELECT * FROM hearth.client_references() LOOP
		FOR s IN EXECUTE format('SELECT %L || '' '' || to_jsonb(t)::text FROM %s t WHERE t.%I IN ($1, $2)',
		                        r.tbl::text || '.' || r.col, r.tbl, r.col) USING a, b LOOP
			RETURN NEXT s;
		END LOOP;
	END LOOP;
	RETURN QUERY SELECT 'family_member ' || (to_jsonb(m) - 'updated_at')::text
		FROM hearth.family_member m WHERE m.client_id IN (a, b);
END $$;
CREATE TEMP TABLE before_merge AS
	SELECT regexp_replace(x, '"updated_at": "[^"]*", ?', '') AS r FROM pg_temp.refs(:keep, :dora) x;
SELECT ok((SELECT count(*) FROM before_merge) >= 12, 'the merge fixture has rows in many tables');

-- Who may merge.
:as_alice
SELECT throws_ok(format('SELECT hearth.merge_clients(%s, %s)', :keep, :dora), '42501',
	'only a system administrator may merge clients', 'a user who is no administrator cannot merge');
:as_ada
SELECT throws_ok(format('SELECT hearth.merge_clients(%s, %s)', :keep, :dora), '42501',
	format('client %s or client %s is not one you can see', :keep, :dora),
	'an administrator who cannot see the clients cannot merge them');
:as_rec_admin
SELECT throws_ok(format('SELECT hearth.merge_clients(%s, %s)', :keep, :nora),
	'42501', NULL, 'an administrator cannot merge a client hidden from them (Northside''s own)');
SELECT throws_ok(format('SELECT hearth.merge_clients(%s, %s)', :keep, :keep), '22023', NULL,
	'a client cannot be merged into itself');
SELECT throws_ok(format('SELECT hearth.merge_clients(%s, 999999999)', :keep), '42501', NULL,
	'a nonexistent client cannot be merged');

SELECT hearth.merge_clients(:keep, :dora) AS merge_id \gset
SELECT ok(:merge_id > 0, 'an administrator who sees both clients merges them');
:as_postgres
SELECT is((SELECT merged_into FROM hearth.client WHERE id = :dora), :keep::bigint,
	'the dropped client is marked merged_into the kept one');
SELECT is_empty(format($$SELECT x FROM pg_temp.refs(%s, %s) x WHERE x NOT LIKE 'family_member %%'
	AND x ~ '"(client_id|related_client_id)": %s[,}]'$$, :dora, :dora, :dora),
	'no row of any table points at the dropped client any more');
SELECT results_eq(format($$SELECT title FROM hearth.case_note WHERE client_id = %s ORDER BY title$$, :keep),
	ARRAY['bob on dora', 'dora frozen', 'dora note', 'keep note'],
	'every case note moved, the read-only one and another organization''s hidden one too');
SELECT is((SELECT related_client_id FROM hearth.interested_other WHERE client_id = :ivan), :keep::bigint,
	'an interested other naming the dropped client names the kept one');
SELECT is((SELECT count(*) FROM hearth.client_photo WHERE client_id = :keep), 1::bigint,
	'the dropped client''s photo moved to the kept one, who had none');
SELECT results_eq(format($$SELECT f.name, m.relationship_to_head, m.is_current FROM hearth.family_member m
	JOIN hearth.family f ON f.id = m.family_id WHERE m.client_id IN (%s, %s) ORDER BY f.name$$, :keep, :dora),
	$$VALUES ('Both'::text, 1::smallint, true), ('Dora only', 1::smallint, false)$$,
	'families: the kept client''s own membership stays; the moved one is no longer current');
SELECT results_eq(format($$SELECT action, new_values ->> 'merged_into' FROM hearth.audit_log
	WHERE table_name = 'client' AND row_id = '%s' AND action = 'merge'$$, :dora),
	format($$VALUES ('merge'::text, '%s'::text)$$, :keep),
	'the merge is in the audit log');

:as_rec_admin
SELECT is((SELECT kept_id FROM hearth.client_merge WHERE id = :merge_id), :keep::bigint,
	'an administrator reads the merge');
SELECT throws_ok(format('SELECT hearth.merge_clients(%s, %s)', :ivan, :dora), '22023', NULL,
	'a client already merged cannot be merged again');
:as_alice
SELECT is_empty('SELECT id FROM hearth.client_merge', 'a user who is no administrator reads no merge');
SELECT is((SELECT merged_into FROM hearth.client_summary WHERE id = :dora), :keep::bigint,
	'client_summary shows that the client was merged');
SELECT throws_ok(format('SELECT hearth.undo_merge(%s)', :merge_id), '42501', NULL,
	'a user who is no administrator cannot undo a merge');

:as_rec_admin
SELECT lives_ok(format('SELECT hearth.undo_merge(%s)', :merge_id), 'the administrator undoes the merge');
SELECT throws_ok(format('SELECT hearth.undo_merge(%s)', :merge_id), '22023', NULL,
	'a merge cannot be undone twice');
:as_postgres
SELECT is_empty(format($$(SELECT regexp_replace(x, '"updated_at": "[^"]*", ?', '') FROM pg_temp.refs(%s, %s) x
	EXCEPT SELECT r FROM before_merge) UNION ALL (SELECT r FROM before_merge EXCEPT
	SELECT regexp_replace(x, '"updated_at": "[^"]*", ?', '') FROM pg_temp.refs(%s, %s) x)$$, :keep, :dora, :keep, :dora),
	'undo restores every moved row exactly (family memberships too, the removed one included)');
SELECT is((SELECT merged_into FROM hearth.client WHERE id = :dora), NULL::bigint,
	'after undo the client is no longer merged');
SELECT results_eq(format($$SELECT action FROM hearth.audit_log WHERE table_name = 'client' AND row_id = '%s'
	AND action IN ('merge', 'unmerge') ORDER BY id$$, :dora), ARRAY['merge', 'unmerge'],
	'the undo is in the audit log');
SELECT ok((SELECT undone_at IS NOT NULL AND undone_by IS NOT NULL FROM hearth.client_merge WHERE id = :merge_id),
	'the merge records who undid it, and when');

SELECT * FROM finish();
ROLLBACK;
