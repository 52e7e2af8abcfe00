-- Auth context: accounts, device sessions with rotating refresh tokens, and login-failure counters.
-- Flyway runs this with the search_path set to the auth schema, which it creates.

CREATE TABLE account (
    id               UUID        NOT NULL,
    -- As the user typed it (trimmed): shown back to them and put into tokens.
    email            TEXT        NOT NULL,
    -- Trimmed and lower-cased by the application: what uniqueness and sign-in compare.
    email_normalized TEXT        NOT NULL,
    -- Argon2id in PHC string format ($argon2id$v=19$m=...,t=...,p=...$salt$hash): carries its own parameters.
    password_hash    TEXT        NOT NULL,
    -- Comma-separated, sorted: 'user' or 'admin,user'.
    roles            TEXT        NOT NULL DEFAULT 'user',
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    CONSTRAINT account_pk PRIMARY KEY (id),
    CONSTRAINT account_email_normalized_uq UNIQUE (email_normalized),
    CONSTRAINT account_email_length_ck CHECK (char_length(email) BETWEEN 3 AND 320),
    CONSTRAINT account_email_normalized_ck CHECK (email_normalized = btrim(email_normalized) AND email_normalized <> ''),
    CONSTRAINT account_password_hash_ck CHECK (password_hash LIKE '$argon2%'),
    CONSTRAINT account_roles_ck CHECK (roles ~ '^[a-z]+(,[a-z]+)*$'),
    CONSTRAINT account_updated_ck CHECK (updated_at >= created_at)
);

-- One row per signed-in device; the refresh tokens issued to it form one family.
CREATE TABLE device_session (
    id           UUID         NOT NULL,
    account_id   UUID         NOT NULL,
    device_name  VARCHAR(200),
    created_at   TIMESTAMPTZ  NOT NULL,
    last_used_at TIMESTAMPTZ  NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL,
    -- Set on logout, on revocation by the owner, and when a used refresh token comes back (theft).
    revoked_at   TIMESTAMPTZ,
    CONSTRAINT device_session_pk PRIMARY KEY (id),
    CONSTRAINT device_session_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT device_session_used_ck CHECK (last_used_at >= created_at),
    CONSTRAINT device_session_expiry_ck CHECK (expires_at > created_at)
);

-- The session list of an account, newest use first.
CREATE INDEX device_session_account_idx ON device_session (account_id, last_used_at DESC);

-- Only the SHA-256 (hex) of each opaque refresh token is kept.
CREATE TABLE refresh_token (
    token_hash CHAR(64)    NOT NULL,
    session_id UUID        NOT NULL,
    issued_at  TIMESTAMPTZ NOT NULL,
    -- Set when the token is exchanged; a second exchange means the token was stolen.
    used_at    TIMESTAMPTZ,
    CONSTRAINT refresh_token_pk PRIMARY KEY (token_hash),
    CONSTRAINT refresh_token_session_fk FOREIGN KEY (session_id) REFERENCES device_session (id) ON DELETE CASCADE,
    CONSTRAINT refresh_token_hash_ck CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT refresh_token_used_ck CHECK (used_at IS NULL OR used_at >= issued_at)
);

-- Cascading deletes and revocations find a session's tokens without a full scan.
CREATE INDEX refresh_token_session_idx ON refresh_token (session_id);

-- Failed logins per subject ('account:<normalized email>' or 'address:<client address>') in a fixed window.
CREATE TABLE login_failure (
    subject           TEXT        NOT NULL,
    failures          INTEGER     NOT NULL,
    window_started_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT login_failure_pk PRIMARY KEY (subject),
    CONSTRAINT login_failure_subject_ck CHECK (subject ~ '^(account|address):.+'),
    CONSTRAINT login_failure_failures_ck CHECK (failures > 0)
);
