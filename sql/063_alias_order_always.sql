-- 063_alias_order_always.sql: 061's triggers fire always.
--
-- Bulk loads (hearthctl demo-data) run with session_replication_role =
-- replica, which skips ordinary triggers (015 says why), so a demo loaded
-- after 061 had aliases but no rows in hearth.client_alias_order, and Find
-- found nobody by an alias. Like 015's, these triggers keep a table that a
-- search trusts: they fire always. A database loaded in between gets its
-- rows again.
SET LOCAL ROLE hearth_owner;

ALTER TABLE hearth.client_alias ENABLE ALWAYS TRIGGER alias_order;
ALTER TABLE hearth.client ENABLE ALWAYS TRIGGER alias_order;

DELETE FROM hearth.client_alias_order;
INSERT INTO hearth.client_alias_order
       (alias_id, client_id, first_key, last_key, client_first_key, client_last_key,
        org_id, restriction, created_by)
SELECT a.id, a.client_id, a.first_key, a.last_key, c.first_key, c.last_key,
       a.org_id, a.restriction, a.created_by
FROM hearth.client_alias a JOIN hearth.client c ON c.id = a.client_id;
