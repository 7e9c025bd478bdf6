-- 078_hud_fy2026_codes.sql: the HUD code lists of 070-076 (written from
-- FY2024's) brought to the FY2026 HMIS CSV Format Specification.
--
--   2.06.1 Funder (grant.funder, hud_funder): 56 "HUD: CoC Builds" is new;
--          47 (ESG - CV) and 48 (HOPWA - CV) are deprecated, like 12 and 49
--          before them: still accepted (grants of past years name them),
--          labelled so.
--   3.12   Destination (enrollment.destination, hud_destination): 37
--          "Worker unable to determine" is 4.12's (current living situation)
--          only, not a destination: no longer offered nor accepted.
--   3.12.A Rental subsidy type (hud_rental_subsidy_type; the destination's,
--          the prior and the current living situation's): 436 is the
--          "Housing Stability Voucher" (was "Emergency Housing Voucher").
--
-- Every other coded column of these tables already has FY2026's codes.
-- A constraint that changes is dropped and added again under its own name.
SET LOCAL ROLE hearth_owner;

-- ---- 2.06.1 Funder ----------------------------------------------------------

ALTER TABLE hearth."grant" DROP CONSTRAINT grant_funder_check,
	ADD CONSTRAINT grant_funder_check
	CHECK (funder BETWEEN 1 AND 56 AND funder NOT IN (28, 29, 31));

INSERT INTO hearth.lookup (list, code, label, sort)
SELECT 'hud_funder', '56', 'HUD: CoC Builds', coalesce(max(sort), 0) + 1
FROM hearth.lookup WHERE list = 'hud_funder'
ON CONFLICT DO NOTHING;

UPDATE hearth.lookup SET label = 'HUD: ESG - CV [Deprecated]'
WHERE list = 'hud_funder' AND code = '47';
UPDATE hearth.lookup SET label = 'HUD: HOPWA - CV [Deprecated]'
WHERE list = 'hud_funder' AND code = '48';

-- ---- 3.12 Destination -------------------------------------------------------

-- An exit already recorded with 37 is for its organization to recode (17,
-- Other, with the other destination said, is what HUD's list has for it):
-- say so, rather than fail on the constraint with no word of why.
DO $$
DECLARE
	n bigint;
BEGIN
	SELECT count(*) INTO n FROM hearth.enrollment WHERE destination = 37;
	IF n > 0 THEN
		RAISE EXCEPTION '% enrollment(s) have destination 37 (Worker unable to determine), which FY2026 HUD destinations no longer have', n
			USING ERRCODE = 'check_violation',
			      HINT = 'Recode them (for instance to 17, Other, with other_destination) and migrate again.';
	END IF;
END $$;

ALTER TABLE hearth.enrollment DROP CONSTRAINT enrollment_destination_check,
	ADD CONSTRAINT enrollment_destination_check
	CHECK (destination IN (8, 9, 17, 24, 30, 99,
		101, 116, 118, 204, 205, 206, 207, 215, 225, 302, 312, 313, 314, 327, 329, 332,
		410, 411, 421, 422, 423, 426, 435));

DELETE FROM hearth.lookup WHERE list = 'hud_destination' AND code = '37';

-- ---- 3.12.A Rental subsidy type ---------------------------------------------

UPDATE hearth.lookup SET label = 'Housing Stability Voucher'
WHERE list = 'hud_rental_subsidy_type' AND code = '436';
