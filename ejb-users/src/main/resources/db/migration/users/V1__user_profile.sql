-- Profiles of the users context, one per account. Runs with search_path = users; the schema itself is
-- created by the platform's Flyway configuration.
--
-- account_id is the id auth assigned, deliberately without a foreign key: contexts do not share tables,
-- and the profile is erased by the AccountDeleted event in the same transaction as the account.
--
-- No column defaults for preferences: ProfileDefaults in the application is their single source.

CREATE TABLE user_profile (
    account_id      UUID          NOT NULL,
    email           VARCHAR(320)  NOT NULL,
    display_name    VARCHAR(100)  NOT NULL,
    avatar_url      VARCHAR(2048),
    currency        CHAR(3)       NOT NULL,
    locale          VARCHAR(35)   NOT NULL,
    timezone        VARCHAR(64)   NOT NULL,
    week_starts_on  VARCHAR(9)    NOT NULL,
    notify_push     BOOLEAN       NOT NULL,
    notify_email    BOOLEAN       NOT NULL,
    notify_sms      BOOLEAN       NOT NULL,
    budget_alerts   BOOLEAN       NOT NULL,
    anomaly_alerts  BOOLEAN       NOT NULL,
    weekly_summary  BOOLEAN       NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    version         BIGINT        NOT NULL,

    CONSTRAINT user_profile_pk PRIMARY KEY (account_id),
    CONSTRAINT user_profile_display_name_not_blank CHECK (btrim(display_name) <> ''),
    CONSTRAINT user_profile_avatar_url_https CHECK (avatar_url IS NULL OR avatar_url ILIKE 'https://%'),
    CONSTRAINT user_profile_currency_iso_format CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT user_profile_week_starts_on_day CHECK (
        week_starts_on IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'))
);

COMMENT ON TABLE user_profile IS 'Profile and preferences per account; rows are erased when the account is deleted.';
COMMENT ON COLUMN user_profile.email IS 'Copy taken from the AccountRegistered event; auth owns the original.';
COMMENT ON COLUMN user_profile.currency IS 'ISO 4217 code in upper case.';
COMMENT ON COLUMN user_profile.locale IS 'BCP 47 language tag.';
COMMENT ON COLUMN user_profile.timezone IS 'IANA time zone region id, or UTC.';
