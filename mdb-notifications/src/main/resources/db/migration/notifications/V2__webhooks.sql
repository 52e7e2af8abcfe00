-- Webhook subscriptions of integrators. The secret is kept as given out (the HMAC needs it); it is shown
-- to its owner once, at creation, and never again.
CREATE TABLE notifications.webhook (
    id           uuid PRIMARY KEY,
    user_id      uuid        NOT NULL,
    url          text        NOT NULL,
    events       text        NOT NULL,
    secret       text        NOT NULL,
    enabled      boolean     NOT NULL,
    disabled_reason text,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);

CREATE INDEX webhook_of_user ON notifications.webhook (user_id, created_at);
CREATE INDEX delivery_of_target ON notifications.delivery (target, created_at DESC) WHERE channel = 'webhook';
