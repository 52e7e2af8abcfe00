-- The weekly digests sent: one row per user and ISO week (2026-W49), inserted (ON CONFLICT DO NOTHING) in
-- the transaction that plans the digest's deliveries, so that of two instances, or two runs of the timer,
-- only one sends it. Erased with the account.
CREATE TABLE notifications.digest_sent (
    user_id  uuid        NOT NULL,
    week     text        NOT NULL,
    sent_at  timestamptz NOT NULL,
    PRIMARY KEY (user_id, week)
);
