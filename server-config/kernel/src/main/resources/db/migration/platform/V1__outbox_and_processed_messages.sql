-- The transactional outbox: every message a write produces, stored in the write's own local transaction.
-- The relay (OutboxRelay) sends rows to the broker in id order and deletes them in the same transaction.
CREATE TABLE outbox (
  id            bigserial PRIMARY KEY,
  event_id      uuid        NOT NULL UNIQUE,
  destination   text        NOT NULL,          -- JNDI name of the queue or topic (Destinations)
  event_type    text        NOT NULL,
  event_version integer     NOT NULL,
  publisher     text        NOT NULL,
  owner_id      uuid,
  occurred_at   timestamptz NOT NULL,
  payload       text        NOT NULL,
  stored_at     timestamptz NOT NULL DEFAULT now()
);

-- Idempotent consumers: one row per (consumer, event) whose effect has committed. Inserted in the
-- consumer's own transaction, so a redelivered event finds it and changes nothing.
CREATE TABLE processed_message (
  consumer     text        NOT NULL,
  event_id     uuid        NOT NULL,
  processed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);

CREATE INDEX processed_message_age ON processed_message (processed_at);
