-- Sign-in with an external OpenID Connect provider (account linking).

-- One provider account linked to one of ours: the provider's (issuer, subject) pair is the identity,
-- never the email, which a provider may let its users change.
CREATE TABLE external_identity (
    id           UUID        NOT NULL,
    account_id   UUID        NOT NULL,
    provider     VARCHAR(40) NOT NULL,
    issuer       TEXT        NOT NULL,
    subject      TEXT        NOT NULL,
    -- The provider's email claim when the link was made: shown to the user, never used to sign in.
    email        TEXT,
    linked_at    TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ NOT NULL,
    -- The identity the account was opened with: that account has no password its owner knows.
    created_account BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT external_identity_pk PRIMARY KEY (id),
    CONSTRAINT external_identity_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT external_identity_subject_uq UNIQUE (issuer, subject),
    CONSTRAINT external_identity_subject_ck CHECK (char_length(subject) BETWEEN 1 AND 255)
);
CREATE INDEX external_identity_account_ix ON external_identity (account_id);

-- Nonces we handed out for one sign-in each: an ID token is accepted only with one of them, once, so a
-- token stolen from the app or its logs cannot be replayed. Only the SHA-256 is kept.
CREATE TABLE sign_in_nonce (
    nonce_hash CHAR(64)    NOT NULL,
    provider   VARCHAR(40) NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT sign_in_nonce_pk PRIMARY KEY (nonce_hash)
);
CREATE INDEX sign_in_nonce_expiry_ix ON sign_in_nonce (expires_at);
