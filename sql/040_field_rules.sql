-- 040_field_rules.sql: two rules of the client record that the forms check
-- first (forms/*.ini, hearth-forms(5)) and the database keeps for every
-- writer, hearth or psql alike:
--   an alias has a name: a first or a last one (client_alias.ini: one_of);
--   HUD's birth date rule: a birth date comes with its data quality full (1)
--   or approximate (2), and those two come with a birth date
--   (client_add.ini, client_edit.ini: when_given).
-- Rows written before keep their place: each rule is checked on every row
-- written from now on, and is validated against the old rows here when none
-- of them breaks it (a database that has such rows keeps the rule NOT VALID:
-- a row that breaks it must be corrected when it is next changed).
SET LOCAL ROLE hearth_owner;

ALTER TABLE hearth.client_alias ADD CONSTRAINT client_alias_named
	CHECK (coalesce(btrim(first_name), '') <> '' OR coalesce(btrim(last_name), '') <> '')
	NOT VALID;
ALTER TABLE hearth.client ADD CONSTRAINT client_birth_date_quality
	CHECK ((birth_date IS NOT NULL) = (dob_data_quality IN (1, 2)))
	NOT VALID;

DO $$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM hearth.client_alias
	               WHERE coalesce(btrim(first_name), '') = '' AND coalesce(btrim(last_name), '') = '') THEN
		ALTER TABLE hearth.client_alias VALIDATE CONSTRAINT client_alias_named;
	END IF;
	IF NOT EXISTS (SELECT 1 FROM hearth.client
	               WHERE (birth_date IS NOT NULL) <> (dob_data_quality IN (1, 2))) THEN
		ALTER TABLE hearth.client VALIDATE CONSTRAINT client_birth_date_quality;
	END IF;
END $$;
