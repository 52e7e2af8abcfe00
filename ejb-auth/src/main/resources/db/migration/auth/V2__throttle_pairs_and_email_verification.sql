-- Login throttling per (account, address) pair plus a slower, progressive per-account delay (issue 13):
-- pairs are counted under their own subject prefix, and the per-account delay runs from the last failure.
ALTER TABLE login_failure DROP CONSTRAINT login_failure_subject_ck;
ALTER TABLE login_failure ADD CONSTRAINT login_failure_subject_ck CHECK (subject ~ '^(account|address|pair):.+');
ALTER TABLE login_failure ADD COLUMN last_failure_at TIMESTAMPTZ;

-- Email verification (issue 13): an account is usable at once, but what it contributes to other users
-- (corrections toward the shared model) waits until the address is proven. Accounts that existed before
-- verification did count as verified: nobody could have asked them to verify.
ALTER TABLE account ADD COLUMN email_verified_at TIMESTAMPTZ;
UPDATE account SET email_verified_at = created_at;
-- SHA-256 of the emailed token (never the token itself) and when it stops working.
ALTER TABLE account ADD COLUMN email_verification_hash TEXT;
ALTER TABLE account ADD COLUMN email_verification_expires_at TIMESTAMPTZ;
CREATE UNIQUE INDEX account_email_verification_hash_ux ON account (email_verification_hash);
