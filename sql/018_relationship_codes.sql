-- 018_relationship_codes.sql: HUD's relationship to the head of household
-- also has "client doesn't know" (8) and "prefers not to answer" (9); the
-- tables accept them, and now the choice lists offer them.
SET LOCAL ROLE hearth_owner;

UPDATE hearth.lookup SET sort = 8 WHERE list = 'hud_relationship_to_hoh' AND code = '99';
INSERT INTO hearth.lookup (list, code, label, sort) VALUES
	('hud_relationship_to_hoh', '8', 'Client doesn''t know', 6),
	('hud_relationship_to_hoh', '9', 'Client prefers not to answer', 7);
