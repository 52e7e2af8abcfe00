-- Data exports (SS-216): one zip per request, kept until expires_at (duskspendr.exports.ttl), then deleted.
CREATE TABLE export (
    id             UUID        PRIMARY KEY,
    user_id        UUID        NOT NULL,
    status         TEXT        NOT NULL CHECK (status IN ('pending', 'running', 'ready', 'failed')),
    created_at     TIMESTAMPTZ NOT NULL,
    completed_at   TIMESTAMPTZ,
    expires_at     TIMESTAMPTZ NOT NULL,
    exported_count INTEGER     NOT NULL DEFAULT 0,
    failure        TEXT,
    zip            BYTEA
);
CREATE INDEX export_user ON export (user_id, created_at DESC);
CREATE INDEX export_expiry ON export (expires_at);

-- The key that signs download links, made once by whichever instance needs it first, so a link signed by
-- one instance works on every other.
CREATE TABLE signing_key (
    name TEXT  PRIMARY KEY,
    key  BYTEA NOT NULL
);
