-- The W3C trace the storing work was part of (null: none), sent with the message as JMS properties, so a
-- trace follows a request through the broker. Nullable and without default: adding them rewrites nothing.
ALTER TABLE platform.outbox ADD COLUMN traceparent VARCHAR(64), ADD COLUMN tracestate VARCHAR(512);
