-- What the notifications context keeps per user: every notification, every delivery attempt on a channel,
-- and the user's notification settings. Keyed by the account's UUID; erased with the account.

-- One row per (triggering event, user): the id is derived from the event id, so a redelivered event
-- inserts nothing (ON CONFLICT DO NOTHING) and alerts no one twice.
CREATE TABLE notifications.notification (
    id          uuid PRIMARY KEY,
    user_id     uuid        NOT NULL,
    event_id    uuid        NOT NULL,
    type        text        NOT NULL,
    title       text        NOT NULL,
    body        text        NOT NULL,
    data        text        NOT NULL,
    urgent      boolean     NOT NULL,
    in_app      boolean     NOT NULL,
    created_at  timestamptz NOT NULL,
    read_at     timestamptz
);

-- The inbox: newest first, keyset paging on (created_at, id).
CREATE INDEX notification_inbox ON notifications.notification (user_id, created_at DESC, id DESC) WHERE in_app;
CREATE INDEX notification_unread ON notifications.notification (user_id) WHERE in_app AND read_at IS NULL;

-- One row per (event, channel, target): the id is derived from them, so a delivery is planned once however
-- often its event arrives. Pending rows are claimed by any instance's sweeper (FOR UPDATE SKIP LOCKED).
CREATE TABLE notifications.delivery (
    id               uuid PRIMARY KEY,
    notification_id  uuid REFERENCES notifications.notification (id) ON DELETE CASCADE,
    user_id          uuid,
    channel          text        NOT NULL,
    target           text,
    payload          text,
    status           text        NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    last_error       text,
    response_code    integer,
    latency_ms       integer,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    sent_at          timestamptz
);

CREATE INDEX delivery_due ON notifications.delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX delivery_of_user ON notifications.delivery (user_id);
CREATE INDEX delivery_of_notification ON notifications.delivery (notification_id);

-- A user's settings; no row means the defaults (see NotificationSettings.defaults()).
CREATE TABLE notifications.preference (
    user_id         uuid PRIMARY KEY,
    channels        text        NOT NULL,
    quiet_start     time,
    quiet_end       time,
    large_amount    numeric(19, 4),
    large_currency  char(3),
    digest          boolean     NOT NULL,
    updated_at      timestamptz NOT NULL
);
