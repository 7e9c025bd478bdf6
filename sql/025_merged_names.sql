-- 025_merged_names.sql: a merged client's own names still find the client
-- it was merged into (Find Client's third side, src/client.c), for those who
-- may see the merged client; these indexes keep that side to the few merged
-- clients.
SET LOCAL ROLE hearth_owner;

CREATE INDEX client_merged_name ON hearth.client (last_key, first_key) WHERE merged_into IS NOT NULL;
CREATE INDEX client_merged_first ON hearth.client (first_key) WHERE merged_into IS NOT NULL;
