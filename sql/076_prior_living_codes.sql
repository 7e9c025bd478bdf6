-- 076_prior_living_codes.sql: 3.917's own list. Prior living situation
-- shares its codes with 4.12's current living situation but for 17 (Other)
-- and 37 (Worker unable to determine), which its CHECK refuses (072); its
-- form offers this list, so that nobody picks a code the database refuses.
SET LOCAL ROLE hearth_owner;

INSERT INTO hearth.lookup (list, code, label, sort)
SELECT 'hud_prior_living_situation', code, label, sort FROM hearth.lookup
WHERE list = 'hud_living_situation' AND code NOT IN ('17', '37')
ON CONFLICT DO NOTHING;
