-- Groups, their expenses and settlements appear in every member's changes feed (component "sharing").
ALTER TABLE sync_change DROP CONSTRAINT IF EXISTS sync_change_entity_check;
ALTER TABLE sync_change ADD CONSTRAINT sync_change_entity_check
    CHECK (entity IN ('transaction', 'budget', 'category', 'rule', 'group', 'group_expense', 'settlement'));
