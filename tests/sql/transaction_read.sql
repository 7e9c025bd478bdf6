-- tests/sql/transaction_read.sql: 062_transaction_read_once.sql. Every
-- table under the transaction rule reads under hearth.transaction_read_rule,
-- which asks release_grants() once (client_alias_order's, since 080, not
-- at all); what the rule lets each role read is tested in policies.sql and
-- tests/security (the matrix), unchanged.
--
-- Runs as the superuser; changes nothing (one transaction, rolled back).

BEGIN;
SELECT plan(4);

-- The read policies as they are, and as the rule makes them today: each
-- made again on a scratch policy of the same table, so that both are
-- printed by the same deparser. The HUD data elements (072) add to the rule
-- that their enrollment is seen.
CREATE TEMP TABLE rule_check AS
SELECT p.polrelid::regclass AS tbl, pg_get_expr(p.polqual, p.polrelid) AS have, NULL::text AS want
FROM pg_policy p WHERE p.polname = 'transaction_read';
CREATE TEMP TABLE data_element (tbl regclass);
INSERT INTO data_element
SELECT ('hearth.' || t)::regclass
FROM unnest(ARRAY['income_benefits', 'non_cash_benefits', 'health_insurance', 'disabilities',
                  'health_and_dv', 'employment_education', 'current_living_situation',
                  'youth_education_status', 'prior_living_situation',
                  -- the informational assessments (075) are made the same way
                  'veteran_info', 'education', 'employment', 'health', 'financial',
                  'work_history']) t;
DO $$
DECLARE
	r record;
	t text;
BEGIN
	FOR r IN SELECT tbl FROM rule_check LOOP
		t := (SELECT relname FROM pg_class WHERE oid = r.tbl);
		EXECUTE format('CREATE POLICY rule_due ON %s FOR SELECT TO hearth_auditor USING ((%s)%s)', r.tbl,
		               hearth.transaction_read_rule(t, hearth.transaction_author(r.tbl)),
		               CASE WHEN r.tbl IN (SELECT tbl FROM data_element) THEN format(
		                   ' AND (EXISTS (SELECT 1 FROM hearth.enrollment e WHERE e.id = %I.enrollment_id))', t)
		               ELSE '' END);
		UPDATE rule_check SET want = (SELECT pg_get_expr(polqual, polrelid) FROM pg_policy
		                              WHERE polrelid = r.tbl AND polname = 'rule_due')
		WHERE tbl = r.tbl;
		EXECUTE format('DROP POLICY rule_due ON %s', r.tbl);
	END LOOP;
END $$;

SELECT ok((SELECT count(*) FROM rule_check) >= 9,
	'the transaction tables are found (the checks below are not vacuous)');
SELECT is_empty($$SELECT tbl FROM rule_check WHERE have IS DISTINCT FROM want$$,
	'every transaction table reads under transaction_read_rule');
SELECT is_empty($$SELECT tbl, have FROM rule_check
                  WHERE array_length(regexp_split_to_array(have, 'release_grants\('), 1) <> 2$$,
	'each read policy calls release_grants() once');
SELECT ok((SELECT pg_get_expr(polqual, polrelid) !~ 'release_grants\(' AND pg_get_expr(polqual, polrelid) ~ 'release_in_effect\('
           FROM pg_policy WHERE polrelid = 'hearth.client_alias_order'::regclass AND polname = 'alias_order_read'),
	'the read policy of client_alias_order (080, 081) asks no release_grants(): it looks up its own row''s exception');

SELECT * FROM finish();
ROLLBACK;
