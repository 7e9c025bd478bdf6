-- tests/sql/income_sources.sql: 074_income_sources.sql (and 076's list). Each income
-- source's yes/no follows its amount, for every writer: an amount is a Yes;
-- with income asked about, no amount is a No; not asked, nothing is said.
-- Fixtures (tests/sql/run): alice works in Harbor and keeps its programs.
-- One transaction, rolled back.

BEGIN;
SELECT plan(6);
\ir lib/as_user.psql

:as_alice
INSERT INTO hearth.program (name, begin_date) VALUES ('Inc Shelter', '2020-01-01');
INSERT INTO hearth.client (first_name, last_name) VALUES ('Ida', 'Income');
INSERT INTO hearth.enrollment (client_id, program_id)
	SELECT c.id, p.id FROM hearth.client c, hearth.program p
	WHERE c.first_name = 'Ida' AND p.name = 'Inc Shelter';
INSERT INTO hearth.income_benefits (client_id, enrollment_id, data_collection_stage,
	income_from_any_source, earned_amount, ssi_amount, other_income_amount, total_monthly_income)
	SELECT e.client_id, e.id, 1, 1, 1200, 0, 50, 1250 FROM hearth.enrollment e
	JOIN hearth.client c ON c.id = e.client_id WHERE c.first_name = 'Ida';
SELECT is((SELECT (earned, ssi, other_income_source, pension) FROM hearth.income_benefits),
	(1::smallint, 0::smallint, 1::smallint, 0::smallint),
	'an amount is a Yes; with income asked about, none (or 0) is a No');
UPDATE hearth.income_benefits SET earned_amount = NULL, pension_amount = 300;
SELECT is((SELECT (earned, pension) FROM hearth.income_benefits), (0::smallint, 1::smallint),
	'a change of amounts changes the answers');
UPDATE hearth.income_benefits SET earned = 1;
SELECT is((SELECT earned FROM hearth.income_benefits), 0::smallint,
	'a Yes without an amount is not kept while income is asked about');
UPDATE hearth.income_benefits SET income_from_any_source = 99, pension_amount = NULL, pension = NULL,
	earned = NULL, ssi = NULL, other_income_source = NULL, other_income_amount = NULL;
SELECT is((SELECT (earned, ssi, pension) FROM hearth.income_benefits),
	(NULL::smallint, NULL::smallint, NULL::smallint), 'not asked: nothing is said of a source');
UPDATE hearth.income_benefits SET ssi_amount = 700;
SELECT is((SELECT ssi FROM hearth.income_benefits), 1::smallint,
	'an amount is a Yes whatever was said of income');

-- 076: the prior living situation's own list is its CHECK's codes
SELECT is((SELECT array_agg(code::integer ORDER BY code::integer) FROM hearth.lookup
           WHERE list = 'hud_prior_living_situation'),
          ARRAY[8, 9, 99, 101, 116, 118, 204, 205, 206, 207, 215, 225, 302, 314, 329, 332, 335,
                336, 410, 411, 421, 435],
          'the prior living situation offers the codes its table takes, not 17 or 37');

SELECT * FROM finish();
ROLLBACK;
