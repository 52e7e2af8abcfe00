-- Admin operations (issue 17): accounts an admin locked, and the audit log of every admin call.

-- Set while an admin has locked the account: sign-in and refresh are refused, its sessions were revoked.
ALTER TABLE account ADD COLUMN locked_at TIMESTAMPTZ;

-- Who did what, when, to what, with which outcome: one row per call under /api/v1/admin, refused ones too.
-- Ids only, no emails or payloads: the log outlives the accounts it names and must hold no personal data
-- that account deletion would have to erase.
CREATE TABLE admin_audit (
    id          BIGINT GENERATED ALWAYS AS IDENTITY,
    occurred_at TIMESTAMPTZ  NOT NULL,
    -- The caller's account id; NULL for a call without a valid token.
    actor_id    UUID,
    -- HTTP method and route template, e.g. 'PATCH /v1/admin/users/{id}'.
    action      VARCHAR(200) NOT NULL,
    -- The route's path parameters (the user, queue, job or execution acted on), e.g. 'id=5f0c...'.
    target      VARCHAR(500),
    -- The HTTP status of the answer: 2xx done, 403 refused, 4xx rejected, 5xx failed.
    status      SMALLINT     NOT NULL,
    outcome     TEXT         NOT NULL,
    request_id  VARCHAR(100),
    CONSTRAINT admin_audit_pk PRIMARY KEY (id),
    CONSTRAINT admin_audit_outcome_ck CHECK (outcome IN ('done', 'refused', 'rejected', 'failed')),
    CONSTRAINT admin_audit_status_ck CHECK (status BETWEEN 100 AND 599)
);
CREATE INDEX admin_audit_occurred_ix ON admin_audit (occurred_at DESC);

-- Append-only, enforced by the database and not only by the code: rows can be added, never changed or removed.
CREATE FUNCTION admin_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'admin_audit is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER admin_audit_no_update_or_delete BEFORE UPDATE OR DELETE ON admin_audit
    FOR EACH ROW EXECUTE FUNCTION admin_audit_append_only();
CREATE TRIGGER admin_audit_no_truncate BEFORE TRUNCATE ON admin_audit
    FOR EACH STATEMENT EXECUTE FUNCTION admin_audit_append_only();
