-- OAuth 2.0 for integrators (issue 16, SS-201): registered clients, pending authorization requests,
-- authorization codes, and grants. A grant is a device session that names its client and scope: its
-- access tokens die with it at once (the bearer check asks for the session on every request), and its
-- refresh tokens rotate with reuse detection exactly as a first-party session's do.
CREATE TABLE oauth_client (
    id                UUID        NOT NULL,
    -- The account that registered the client; its clients go with it.
    owner_account_id  UUID        NOT NULL,
    name              VARCHAR(100) NOT NULL,
    client_type       TEXT        NOT NULL,
    -- SHA-256 (hex) of the secret, shown once at registration; public clients have none. A fast hash
    -- suffices: the secret is 256 random bits.
    secret_hash       CHAR(64),
    -- Exact strings compared as given (RFC 9700 2.1): one per line.
    redirect_uris     TEXT        NOT NULL,
    -- Space-separated, as OAuth writes scopes.
    scopes            TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    disabled_at       TIMESTAMPTZ,
    CONSTRAINT oauth_client_pk PRIMARY KEY (id),
    CONSTRAINT oauth_client_owner_fk FOREIGN KEY (owner_account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT oauth_client_type_ck CHECK (client_type IN ('confidential', 'public')),
    CONSTRAINT oauth_client_secret_ck CHECK ((client_type = 'confidential') = (secret_hash IS NOT NULL))
);
CREATE INDEX oauth_client_owner_ix ON oauth_client (owner_account_id);

-- A grant's client and scope. NULL client: a first-party (mobile) session with full access.
ALTER TABLE device_session ADD COLUMN client_id UUID;
ALTER TABLE device_session ADD COLUMN scope TEXT;
-- 'authorization_code': a user's grant to the client; 'client_credentials': the client acting for itself
-- (the row's account is the client's owner, so it goes with the owner, but it carries no user's data).
ALTER TABLE device_session ADD COLUMN grant_type TEXT;
ALTER TABLE device_session ADD CONSTRAINT device_session_client_fk
    FOREIGN KEY (client_id) REFERENCES oauth_client (id) ON DELETE CASCADE;
ALTER TABLE device_session ADD CONSTRAINT device_session_grant_ck CHECK (
    (client_id IS NULL AND scope IS NULL AND grant_type IS NULL)
    OR (client_id IS NOT NULL AND scope IS NOT NULL AND grant_type IN ('authorization_code', 'client_credentials')));
CREATE INDEX device_session_client_ix ON device_session (client_id) WHERE client_id IS NOT NULL;

-- An authorization request the consent page shows: validated once, kept server-side, so the form carries
-- only its unguessable handle (which is also the form's CSRF token) and nothing a page could tamper with.
CREATE TABLE oauth_authorization_request (
    handle_hash    CHAR(64)    NOT NULL,
    client_id      UUID        NOT NULL,
    redirect_uri   TEXT        NOT NULL,
    scope          TEXT        NOT NULL,
    state          TEXT,
    code_challenge TEXT,
    expires_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT oauth_authorization_request_pk PRIMARY KEY (handle_hash),
    CONSTRAINT oauth_authorization_request_client_fk FOREIGN KEY (client_id) REFERENCES oauth_client (id) ON DELETE CASCADE
);
CREATE INDEX oauth_authorization_request_expiry_ix ON oauth_authorization_request (expires_at);

-- Authorization codes, known by their SHA-256 only, single use and short-lived; session_id is the grant
-- the code was exchanged for, which a second exchange revokes (RFC 9700 4.2.1 / RFC 6749 4.1.2).
CREATE TABLE oauth_authorization_code (
    code_hash      CHAR(64)    NOT NULL,
    client_id      UUID        NOT NULL,
    account_id     UUID        NOT NULL,
    redirect_uri   TEXT        NOT NULL,
    scope          TEXT        NOT NULL,
    code_challenge TEXT,
    expires_at     TIMESTAMPTZ NOT NULL,
    used_at        TIMESTAMPTZ,
    session_id     UUID,
    CONSTRAINT oauth_authorization_code_pk PRIMARY KEY (code_hash),
    CONSTRAINT oauth_authorization_code_client_fk FOREIGN KEY (client_id) REFERENCES oauth_client (id) ON DELETE CASCADE,
    CONSTRAINT oauth_authorization_code_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT oauth_authorization_code_session_fk FOREIGN KEY (session_id) REFERENCES device_session (id) ON DELETE SET NULL
);
CREATE INDEX oauth_authorization_code_expiry_ix ON oauth_authorization_code (expires_at);
