-- Push devices: one row per app installation (or browser) that registered for push. token is the FCM
-- registration token, the APNs device token (hex) or, for Web Push, the subscription's endpoint URL, whose
-- keys (p256dh, auth) encrypt the payload. Unique per user: registering again changes nothing. A provider's
-- "token gone" answer deletes the row; the account's deletion deletes all of them.
CREATE TABLE notifications.device (
    id          uuid PRIMARY KEY,
    user_id     uuid        NOT NULL,
    platform    text        NOT NULL CHECK (platform IN ('webpush', 'fcm', 'apns')),
    token       text        NOT NULL,
    p256dh      text,
    auth        text,
    created_at  timestamptz NOT NULL,
    UNIQUE (user_id, platform, token)
);

-- The number SMS alerts go to (E.164), part of the user's notification settings.
ALTER TABLE notifications.preference ADD COLUMN phone_number text;
