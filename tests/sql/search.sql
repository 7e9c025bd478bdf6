-- tests/sql/search.sql: the search keys (013_search.sql), Find Client's own
-- statement (src/client.c, passed in by tests/sql/run as :find_named and
-- :find_any) and the duplicate check, for real users.
--
-- Fixtures (tests/sql/run): organizations Harbor, Northside, Riverside;
-- users alice (Harbor), bob (Northside), carol (Riverside), ada
-- (administrator, no organization); MOU M1 (Harbor, Northside). One
-- transaction, rolled back. See policies.sql for acting as a user.

BEGIN;
SELECT plan(77);
\ir lib/as_user.psql

SET plan_cache_mode = force_custom_plan;   -- as hearth's unnamed statements
PREPARE find(text, text, text, text, text, bigint, bigint, boolean) AS :find_named;
PREPARE find_any(text, text, text, text, text, bigint, bigint, boolean) AS :find_any;
-- The ids of the matching clients, by first name, for results_eq.
CREATE FUNCTION pg_temp.found(first text, last text, birth text, ssn text) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
	r record;
BEGIN
	FOR r IN EXECUTE format('EXECUTE %s(%L, %L, %L, %L, '''', 100, 0, false)',
	                        CASE WHEN coalesce(first, '') = '' AND coalesce(last, '') = ''
	                             THEN 'find_any' ELSE 'find' END, first, last, birth, ssn) LOOP
		RETURN NEXT r.id::text;
	END LOOP;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.found(text, text, text, text) TO PUBLIC;
\ir lib/find_page.psql
-- One page of a search by name, sorted by last name: the ids in order.
CREATE FUNCTION pg_temp.found_page(first text, last text, lim bigint, off bigint) RETURNS bigint[]
LANGUAGE sql AS $$ SELECT pg_temp.find_page('find', first, last, lim, off) $$;
GRANT EXECUTE ON FUNCTION pg_temp.found_page(text, text, bigint, bigint) TO PUBLIC;

-- ===========================================================================
-- The keys.
-- ===========================================================================

SELECT is(hearth.name_key('José-María'), 'josemaria', 'name key: accents and hyphens go');
SELECT is(hearth.name_key('O''Brien'), 'obrien', 'name key: an apostrophe goes');
SELECT is(hearth.name_key('D’Angelo St. John'), 'dangelostjohn', 'name key: curly apostrophe, dot and space go');
SELECT is(hearth.name_key('ÉMILE'), 'emile', 'name key: capitals with accents become plain lower case');
SELECT is(hearth.name_key('Nguyễn Thị Hằng'), 'nguyenthihang', 'name key: Vietnamese diacritics go');
SELECT is(hearth.name_key('Straße Łukasz Søren'), 'strasselukaszsoren', 'name key: letters that do not decompose are spelled out');
SELECT is(hearth.name_key('王 小明'), '王小明', 'name key: other scripts stay, spaces go');
SELECT is(hearth.name_key(' -''. 12'), NULL, 'name key: nothing but punctuation, digits and blanks is no key');
SELECT is(hearth.name_sound(hearth.name_key('Smyth')), hearth.name_sound(hearth.name_key('Smith')),
	'Smith and Smyth sound alike');
SELECT is(hearth.name_sound(hearth.name_key('Jon')), hearth.name_sound(hearth.name_key('John')),
	'Jon and John sound alike');
SELECT ok(hearth.nickname_group('bill') @> ARRAY['william', 'will', 'bill'],
	'Bill''s nickname group holds William and Will');
SELECT ok(hearth.nickname_group('peggy') @> ARRAY['margaret'], 'Peggy is Margaret');
SELECT is(hearth.nickname_group('zebedee'), ARRAY['zebedee'], 'a name without nicknames is its own group');
SELECT cmp_ok((SELECT count(*) FROM hearth.nickname), '>=', 150::bigint, 'the nickname table holds the common nicknames');
SELECT ok(hearth.ssn_valid('234567890'), 'a plausible SSN is valid');
SELECT ok(NOT hearth.ssn_valid('123456789') AND NOT hearth.ssn_valid('666123456')
          AND NOT hearth.ssn_valid('234007890') AND NOT hearth.ssn_valid('111111111')
          AND NOT hearth.ssn_valid('xxxxx7890'),
	'made-up, never issued and partial SSNs are not valid');
SELECT is_empty(
	$$SELECT o.oid::regoperator FROM pg_operator o JOIN pg_proc p ON p.oid = o.oprcode
	  WHERE o.oprname IN ('=', '<', '<=', '>=', '>')
	    AND (o.oprleft, o.oprright) IN (('text'::regtype, 'text'::regtype), ('date'::regtype, 'date'::regtype),
	                                    ('bigint'::regtype, 'bigint'::regtype))
	    AND NOT p.proleakproof$$,
	'the comparisons the searches put ahead of the policies are leakproof');

-- The fixture: Harbor's clients.
:as_alice
INSERT INTO hearth.client (first_name, last_name, birth_date, dob_data_quality, ssn, ssn_data_quality, intake_sharing) VALUES
	('Jon', 'Smith', '1977-12-02', 1, '234567890', 1, 'global'),
	('William', 'Johnson', '1980-03-04', 1, NULL, 99, 'global'),
	('José-María', 'O''Brien', '1990-05-06', 1, 'xxxxx4321', 2, 'global'),
	('Olga', 'Hidden', '1966-06-06', 1, '345678901', 1, 'organization'),
	('Merged', 'Smithson', '1977-12-02', 1, NULL, 99, 'global');
INSERT INTO hearth.client_alias (client_id, first_name, last_name)
	SELECT id, 'Johnny', 'Blaze' FROM hearth.client WHERE first_name = 'Jon';
:as_postgres
SELECT (SELECT id FROM hearth.client WHERE first_name = 'Jon') AS jon,
       (SELECT id FROM hearth.client WHERE first_name = 'William') AS william,
       (SELECT id FROM hearth.client WHERE first_name = 'José-María') AS jose,
       (SELECT id FROM hearth.client WHERE first_name = 'Olga') AS olga,
       (SELECT id FROM hearth.client WHERE first_name = 'Merged') AS merged
\gset
UPDATE hearth.client SET merged_into = :jon WHERE id = :merged;

SELECT results_eq(
	format('SELECT first_key COLLATE "default", last_key COLLATE "default", first_sound COLLATE "default",'
	       ' last_sound COLLATE "default", ssn_last4 COLLATE "default"'
	       ' FROM hearth.client WHERE id IN (%s, %s) ORDER BY id', :jon, :jose),
	$$VALUES ('jon'::text, 'smith'::text, 'JN'::text, 'SM0'::text, '7890'::text),
	         ('josemaria', 'obrien', 'JSMR', 'APRN', '4321')$$,
	'an INSERT stores the keys, the sounds and the last four');
SELECT results_eq('SELECT first_key COLLATE "default", last_key COLLATE "default" FROM hearth.client_alias',
	$$VALUES ('johnny'::text, 'blaze'::text)$$, 'an alias gets its keys too');

:as_alice
UPDATE hearth.client SET last_name = 'Smyth-Jones' WHERE id = :jon;
SELECT is((SELECT last_key FROM hearth.client WHERE id = :jon), 'smythjones', 'an UPDATE recomputes the keys');
UPDATE hearth.client SET last_name = 'Smith' WHERE id = :jon;
SELECT throws_ok(format('UPDATE hearth.client SET first_key = ''x'' WHERE id = %s', :jon), '428C9', NULL,
	'a user cannot write a key column');
SELECT throws_ok('INSERT INTO hearth.client (first_name, ssn_last4) VALUES (''Forged'', ''0000'')', '428C9', NULL,
	'a user cannot choose a key column on insert');
SELECT throws_ok(format('UPDATE hearth.client_alias SET last_key = ''x'' WHERE client_id = %s', :jon), '428C9', NULL,
	'a user cannot write an alias''s key column');
SELECT is_empty(
	$$SELECT t, c, p FROM unnest(ARRAY['hearth.client', 'hearth.client_alias']) t,
	         unnest(ARRAY['first_key', 'last_key', 'first_sound', 'last_sound']) c,
	         unnest(ARRAY['INSERT', 'UPDATE']) p
	  WHERE has_column_privilege('hearth_user', t, c, p)
	  UNION ALL SELECT 'hearth.client', 'ssn_last4', p FROM unnest(ARRAY['INSERT', 'UPDATE']) p
	  WHERE has_column_privilege('hearth_user', 'hearth.client', 'ssn_last4', p)$$,
	'hearth_user has no INSERT or UPDATE privilege on the key columns either');
SELECT ok((SELECT count(*) > 0 FROM hearth.nickname WHERE canonical = 'william'), 'users read the nicknames');
SELECT throws_ok('INSERT INTO hearth.nickname VALUES (''x'', ''y'')', '42501', NULL,
	'users cannot change the nicknames');

-- ===========================================================================
-- Find Client: the statement of src/client.c.
-- ===========================================================================

SELECT results_eq($$SELECT f FROM pg_temp.found('jo', 'smi', '', '') f$$, ARRAY[:'jon'],
	'Find: the first letters of the first and last name');
SELECT results_eq($$SELECT f FROM pg_temp.found('Wi', 'Joh', '', '') f$$, ARRAY[:'william'],
	'Find: the first two or three letters of each, any case');
SELECT results_eq($$SELECT f FROM pg_temp.found('', 'o''b', '', '') f$$, ARRAY[:'jose'],
	'Find: typed punctuation is ignored like stored punctuation (O''B finds O''Brien)');
SELECT results_eq($$SELECT f FROM pg_temp.found('JOSE M', '', '', '') f$$, ARRAY[:'jose'],
	'Find: typed without accents, in capitals, with a space');
SELECT results_eq($$SELECT f FROM pg_temp.found('', 'smith', '', '') f$$, ARRAY[:'jon'],
	'Find: a whole last name; a merged client is not found');
SELECT results_eq($$SELECT f FROM pg_temp.found('merg', 'smiths', '', '') f$$, ARRAY[:'jon'],
	'Find: a merged client''s own name finds the client it was merged into');
SELECT results_eq($$SELECT f FROM pg_temp.found('', 'smiths', '', '') f$$, ARRAY[:'jon'],
	'Find: ... by its last name alone');
SELECT results_eq($$SELECT f FROM pg_temp.found('merg', '', '', '') f$$, ARRAY[:'jon'],
	'Find: ... by its first name alone');
SELECT results_eq($$SELECT f FROM pg_temp.found('merg', 'smiths', '', '7890') f$$, ARRAY[:'jon'],
	'Find: ... with the last four of that client''s SSN too');
SELECT is_empty($$SELECT f FROM pg_temp.found('merg', 'smiths', '1980-03-04', '') f$$,
	'Find: ... but not with another client''s birth date');
SELECT results_eq($$SELECT f FROM pg_temp.found('', '', '', '7890') f$$, ARRAY[:'jon'],
	'Find: the last four of the SSN');
SELECT results_eq($$SELECT f FROM pg_temp.found('', '', '', '234567890') f$$, ARRAY[:'jon'],
	'Find: the full SSN');
SELECT results_eq($$SELECT f FROM pg_temp.found('', '', '', '4321') f$$, ARRAY[:'jose'],
	'Find: the last four of a partial SSN');
SELECT results_eq($$SELECT f FROM pg_temp.found('', '', '1980-03-04', '') f$$, ARRAY[:'william'],
	'Find: the birth date');
SELECT results_eq($$SELECT f FROM pg_temp.found('joh', 'bla', '', '') f$$, ARRAY[:'jon'],
	'Find: a client is found by its alias');
SELECT results_eq($$SELECT f FROM pg_temp.found('joh', 'bla', '1977-12-02', '') f$$, ARRAY[:'jon'],
	'Find: ... by its alias and its birth date');
SELECT results_eq($$SELECT f FROM pg_temp.found('joh', 'bla', '', '7890') f$$, ARRAY[:'jon'],
	'Find: ... by its alias and the last four of its SSN');
SELECT is_empty($$SELECT f FROM pg_temp.found('joh', 'bla', '1980-03-04', '') f$$,
	'Find: ... but not by its alias with another client''s birth date');
SELECT results_eq($$SELECT f FROM pg_temp.found('', '', '', '') f ORDER BY f::bigint$$,
	format('VALUES (%L::text), (%L), (%L), (%L)', :jon, :william, :jose, :olga),
	'Find: blank finds every client the user may see, but merged ones');
SELECT results_eq($$SELECT f FROM pg_temp.found('-', '', '', '') f ORDER BY f::bigint$$,
	format('VALUES (%L::text), (%L), (%L), (%L)', :jon, :william, :jose, :olga),
	'Find: a name of punctuation only asks for nothing');
SELECT is_empty($$SELECT f FROM pg_temp.found('jo', 'smix', '', '') f$$, 'Find: no match, no row');
-- Pages: each side of the UNION is cut to the page's end before the UNION,
-- so paging through a name that matches own names and aliases (one client
-- by both) must still give every client once, in order.
:as_alice
INSERT INTO hearth.client (first_name, last_name, intake_sharing) VALUES
	('Pat', 'Pager', 'global'), ('Pam', 'Pager', 'global'), ('Pax', 'Pages', 'global'),
	('Zed', 'Zoller', 'global');
INSERT INTO hearth.client_alias (client_id, first_name, last_name)
	SELECT id, 'Pat', 'Pagett' FROM hearth.client WHERE first_name IN ('Zed', 'William', 'Pam');
SELECT is((SELECT string_agg(first_name || ' ' || last_name, ',' ORDER BY o)
           FROM unnest(pg_temp.found_page('pa', 'page', 100, 0)) WITH ORDINALITY u(i, o)
           JOIN hearth.client c ON c.id = u.i),
          'William Johnson,Pam Pager,Pat Pager,Pax Pages,Zed Zoller',
	'Find: clients by their names and aliases, in order of last name, the one with both once');
SELECT is(pg_temp.found_page('pa', 'page', 2, 0) || pg_temp.found_page('pa', 'page', 2, 2)
          || pg_temp.found_page('pa', 'page', 2, 4),
          pg_temp.found_page('pa', 'page', 100, 0),
	'Find: pages of two, one after the other, are the whole list in its order');
:as_bob
SELECT results_eq($$SELECT f FROM pg_temp.found('jo', 'smi', '', '') f$$, ARRAY[:'jon'],
	'Find: another organization finds a global client by name');
SELECT is_empty($$SELECT f FROM pg_temp.found('joh', 'bla', '', '') f$$,
	'Find: another organization does not find a client through an alias it cannot see');
SELECT is_empty($$SELECT f FROM pg_temp.found('ol', 'hid', '', '') f UNION ALL
                  SELECT f FROM pg_temp.found('', '', '', '8901') f$$,
	'Find: another organization does not find an organization-restricted client');

-- ===========================================================================
-- The duplicate check.
-- ===========================================================================

:as_postgres
CREATE FUNCTION pg_temp.why(first text, last text, birth date, ssn text, quality smallint, client bigint)
RETURNS text[] LANGUAGE sql AS $$
	SELECT reasons FROM hearth.duplicate_candidates(first, last, birth, ssn, quality) WHERE client_id = client
$$;
CREATE FUNCTION pg_temp.sure(first text, last text, birth date, ssn text, quality smallint, client bigint)
RETURNS boolean LANGUAGE sql AS $$
	SELECT sure FROM hearth.duplicate_candidates(first, last, birth, ssn, quality) WHERE client_id = client
$$;
GRANT EXECUTE ON FUNCTION pg_temp.why(text, text, date, text, smallint, bigint),
	pg_temp.sure(text, text, date, text, smallint, bigint) TO PUBLIC;

:as_alice
SELECT ok(pg_temp.why('John', 'Smyth', NULL, NULL, NULL, :jon) @> '{sounds alike}',
	'duplicates: John Smyth sounds like Jon Smith');
SELECT ok(pg_temp.why('Jonn', 'Smithe', NULL, NULL, NULL, :jon) @> '{similar name}',
	'duplicates: Jonn Smithe is a similar name to Jon Smith');
SELECT ok(pg_temp.why('Bill', 'Johnson', NULL, NULL, NULL, :william) @> '{nickname}',
	'duplicates: Bill is a nickname of William');
SELECT ok(pg_temp.why('Smith', 'Jon', NULL, NULL, NULL, :jon) @> '{first and last swapped}',
	'duplicates: Smith Jon is Jon Smith with first and last swapped');
SELECT ok(pg_temp.why('Zed', 'Zulu', '1977-12-02', NULL, NULL, :jon) @> '{same birth date}',
	'duplicates: the same birth date');
SELECT ok(pg_temp.why('Zed', 'Zulu', '1977-02-12', NULL, NULL, :jon) @> '{birth day and month swapped}',
	'duplicates: birth day and month swapped');
SELECT ok(pg_temp.why('Zed', 'Zulu', NULL, '234567890', 1::smallint, :jon) @> '{same SSN}',
	'duplicates: the same SSN');
SELECT ok(pg_temp.why('Zed', 'Zulu', NULL, '999997890', 1::smallint, :jon) @> '{same last four of SSN}',
	'duplicates: the same last four of the SSN');
SELECT ok(pg_temp.why('Zed', 'Zulu', NULL, '7890', NULL, :jon) @> '{same last four of SSN}',
	'duplicates: the last four alone');
SELECT is(pg_temp.sure('Jon', 'Smith', '1977-12-02', NULL, NULL, :jon), true,
	'sure: the same name and birth date');
SELECT is(pg_temp.sure('Zed', 'Zulu', '1977-12-02', '234-56-7890', 1::smallint, :jon), true,
	'sure: the same birth date and valid full SSN (typed with dashes)');
SELECT is(pg_temp.sure('Johnny', 'Smith', NULL, '234567890', 1::smallint, :jon), true,
	'sure: a nickname with the same last name, and the same SSN');
SELECT is(pg_temp.sure('Jon', 'Smith', NULL, '234567890', 2::smallint, :jon), false,
	'not sure: the name, with an SSN of partial quality');
SELECT is(pg_temp.sure('John', 'Smyth', '1977-12-02', NULL, NULL, :jon), false,
	'not sure: a name that only sounds alike, and the birth date');
SELECT is(pg_temp.sure('Jon', 'Smith', '1977-02-12', '999997890', 1::smallint, :jon), false,
	'not sure: the name, a swapped birth date and the last four');
SELECT results_eq($$SELECT client_id FROM hearth.duplicate_candidates('Jon', 'Smith', '1977-12-02', '234567890', 1::smallint) LIMIT 1$$,
	ARRAY[:jon::bigint], 'duplicates: the sure match comes first');
SELECT is_empty($$SELECT 1 FROM hearth.duplicate_candidates('Merged', 'Smithson', NULL, NULL, NULL)
                  WHERE client_id = $$ || :merged, 'duplicates: a merged client is no candidate');
SELECT results_eq($$SELECT client_id FROM hearth.duplicate_candidates('Olga', 'Hidden', '1966-06-06', '345678901', 1::smallint)$$,
	ARRAY[:olga::bigint], 'duplicates: the creating organization finds its restricted client');

:as_bob
SELECT is_empty($$SELECT * FROM hearth.duplicate_candidates('Olga', 'Hidden', '1966-06-06', '345678901', 1::smallint)$$,
	'duplicates: another organization never gets a hidden client (same name, birth date, SSN)');
SELECT results_eq($$SELECT client_id FROM hearth.duplicate_candidates('Jon', 'Smith', '1977-12-02', NULL, NULL)$$,
	ARRAY[:jon::bigint], 'duplicates: another organization gets a global client');
:as_ada
SELECT is_empty($$SELECT * FROM hearth.duplicate_candidates('Jon', 'Smith', '1977-12-02', NULL, NULL)$$,
	'duplicates: a user without an organization gets nothing');
:as_postgres
SELECT throws_ok($$SELECT * FROM hearth.duplicate_candidates('Jon', 'Smith', NULL, NULL, NULL)$$, '42501', NULL,
	'duplicates: a role that is no HMIS user is refused');

SELECT results_eq(
	$$SELECT DISTINCT role_name, table_name, row_id FROM hearth.audit_log WHERE action = 'duplicate_check' ORDER BY 1$$,
	$$VALUES ('ada'::text, 'client'::text, NULL::text), ('alice', 'client', NULL), ('bob', 'client', NULL)$$,
	'every duplicate check is in the audit log, with its caller');
SELECT is_empty(
	$$SELECT new_values FROM hearth.audit_log WHERE action = 'duplicate_check'
	  AND (new_values::text ~* 'smyth|zulu|olga|hidden|1977|7890|345678901')$$,
	'the audit log does not hold the values searched for');
SELECT is((SELECT new_values -> 'shown' FROM hearth.audit_log WHERE action = 'duplicate_check' AND role_name = 'bob'
           ORDER BY id LIMIT 1), '[]'::jsonb,
	'the audit row of a check that found only hidden clients shows none');

SELECT * FROM finish();
ROLLBACK;
