-- Offline sync: the per-user, commit-ordered changes feed (see DefaultChangeLog for why it cannot skip a change).

-- One row per user: the last sequence number handed out. Every logged write upserts this row, and the row
-- lock it takes is held until the writer's transaction ends, which serializes one user's writes.
CREATE TABLE sync_state (
    user_id  UUID   PRIMARY KEY,
    last_seq BIGINT NOT NULL CHECK (last_seq > 0)
);

-- One row per synced record: its latest change (upsert or tombstone) and the sequence number of that change.
-- Older changes of the same record are overwritten: a client only ever needs the record's current state.
CREATE TABLE sync_change (
    user_id    UUID        NOT NULL,
    entity     VARCHAR(16) NOT NULL CHECK (entity IN ('transaction', 'budget', 'category', 'rule')),
    entity_id  TEXT        NOT NULL CHECK (length(entity_id) BETWEEN 1 AND 64),
    seq        BIGINT      NOT NULL CHECK (seq > 0),
    version    BIGINT      NOT NULL CHECK (version >= 0),
    deleted    BOOLEAN     NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, entity, entity_id)
);

-- The feed's only query: WHERE user_id = ? AND seq > ? ORDER BY seq LIMIT n. Unique because one user's
-- sequence numbers are handed out once each.
CREATE UNIQUE INDEX sync_change_user_seq ON sync_change (user_id, seq);
