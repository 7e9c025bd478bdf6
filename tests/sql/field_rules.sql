-- tests/sql/field_rules.sql: 040's rules of the client record, kept by the
-- database for every writer (the forms check them first): an alias has a
-- first or a last name; a birth date comes with data quality 1 or 2, and
-- 1 or 2 with a birth date (HUD).
--
-- Fixtures (tests/sql/run): alice works in Harbor.

BEGIN;
SELECT plan(12);
\ir lib/as_user.psql

SELECT ok((SELECT convalidated FROM pg_constraint WHERE conname = 'client_alias_named'),
	'the alias rule holds for every row of a new database (validated)');
SELECT ok((SELECT convalidated FROM pg_constraint WHERE conname = 'client_birth_date_quality'),
	'the birth date rule holds for every row of a new database (validated)');

:as_alice
SELECT lives_ok($$INSERT INTO hearth.client (first_name, last_name, birth_date, dob_data_quality)
	VALUES ('Rhea', 'Rules', '1990-03-04', 1)$$, 'a birth date with data quality 1 is taken');
SELECT lives_ok($$INSERT INTO hearth.client (first_name, last_name, birth_date, dob_data_quality)
	VALUES ('Rory', 'Rules', '1990-01-01', 2)$$, 'a birth date with data quality 2 is taken');
SELECT lives_ok($$INSERT INTO hearth.client (first_name, last_name, dob_data_quality)
	VALUES ('Ruth', 'Rules', 8)$$, 'no birth date, with data quality 8, is taken');
SELECT throws_ok($$INSERT INTO hearth.client (first_name, last_name, birth_date)
	VALUES ('Rex', 'Rules', '1990-03-04')$$, '23514', NULL,
	'a birth date with data quality "not collected" (the default) is refused');
SELECT throws_ok($$INSERT INTO hearth.client (first_name, last_name, dob_data_quality)
	VALUES ('Rex', 'Rules', 1)$$, '23514', NULL,
	'data quality "full" without a birth date is refused');
SELECT throws_ok($$UPDATE hearth.client SET birth_date = NULL WHERE first_name = 'Rhea'$$,
	'23514', NULL, 'a birth date cannot be taken away and leave its quality full');
:as_postgres
SELECT (SELECT id FROM hearth.client WHERE first_name = 'Rhea') AS rhea \gset

:as_alice
SELECT lives_ok(format($$INSERT INTO hearth.client_alias (client_id, first_name) VALUES (%s, 'T-Bone')$$,
	:rhea), 'an alias with a first name only is taken');
SELECT lives_ok(format($$INSERT INTO hearth.client_alias (client_id, last_name) VALUES (%s, 'Marsh')$$,
	:rhea), 'an alias with a last name only is taken');
SELECT throws_ok(format($$INSERT INTO hearth.client_alias (client_id, middle_name, suffix)
	VALUES (%s, 'Q', 'Jr.')$$, :rhea), '23514', NULL, 'an alias with no first or last name is refused');
SELECT throws_ok(format($$INSERT INTO hearth.client_alias (client_id, first_name, last_name)
	VALUES (%s, '  ', '')$$, :rhea), '23514', NULL, 'blank names are no names');

SELECT * FROM finish();
ROLLBACK;
