-- Conflicts only where edits collide (issue 12): per field, the version at which a user last changed it,
-- as {"notes": 4, "categoryId": 7, ...}. A stale edit is applied when none of the fields it changes has a
-- newer entry than the version it was based on. The categorizer's writes leave the map alone: they never
-- collide with a user's edit. A field without an entry was not changed by a user since "*" (the version
-- a row had when this column was added, so that edits made before it still count as collisions) or since
-- creation (0). Runs with search_path = transactions.
ALTER TABLE "transaction" ADD COLUMN field_versions JSONB NOT NULL DEFAULT '{}';
UPDATE "transaction" SET field_versions = jsonb_build_object('*', version) WHERE version > 1;

COMMENT ON COLUMN "transaction".field_versions IS
    'Field name -> version of the last user change of that field; "*" for rows older than the column.';
