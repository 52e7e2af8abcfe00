-- The ledger: transactions, the idempotency keys that make creating them safe to retry, and the category
-- corrections users make (labelled examples for the categorizer). Runs with search_path = transactions.
--
-- user_id is the account id auth assigned, deliberately without a foreign key: contexts share no tables,
-- and a user's rows are erased by the AccountDeleted event in the same transaction as the account.
-- category_id is a category slug without a foreign key: the categories component owns the taxonomy and the
-- service checks ids against it.

CREATE TABLE "transaction" (
    id                              UUID            NOT NULL,
    user_id                         UUID            NOT NULL,
    amount                          NUMERIC(19, 4)  NOT NULL,
    currency                        CHAR(3)         NOT NULL,
    date                            DATE            NOT NULL,
    booked_at                       TIMESTAMPTZ,
    merchant_name                   VARCHAR(200),
    description                     VARCHAR(500),
    category_id                     VARCHAR(100),
    source                          VARCHAR(16)     NOT NULL,
    notes                           VARCHAR(2000),
    tags                            TEXT[]          NOT NULL,
    external_id                     VARCHAR(200),
    categorization_status           VARCHAR(16)     NOT NULL,
    categorization_confidence       NUMERIC(5, 4),
    categorization_model_version    VARCHAR(100),
    version                         BIGINT          NOT NULL,
    created_at                      TIMESTAMPTZ     NOT NULL,
    updated_at                      TIMESTAMPTZ     NOT NULL,
    -- What free-text search (q) looks at; maintained by PostgreSQL, never written by the application.
    search_text                     TEXT GENERATED ALWAYS AS (
        coalesce(merchant_name, '') || ' ' || coalesce(description, '') || ' ' || coalesce(notes, '')) STORED,

    CONSTRAINT transaction_pk PRIMARY KEY (id),
    CONSTRAINT transaction_amount_not_zero CHECK (amount <> 0),
    CONSTRAINT transaction_amount_range CHECK (amount BETWEEN -1000000000 AND 1000000000),
    CONSTRAINT transaction_currency_iso_format CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT transaction_date_range CHECK (date >= DATE '1970-01-01'),
    CONSTRAINT transaction_source CHECK (source IN ('manual', 'sms', 'bank_import', 'api')),
    CONSTRAINT transaction_categorization_status CHECK (
        categorization_status IN ('pending', 'categorized', 'manual', 'rule')),
    CONSTRAINT transaction_categorization_confidence CHECK (
        categorization_confidence IS NULL OR categorization_confidence BETWEEN 0 AND 1),
    CONSTRAINT transaction_tags_count CHECK (cardinality(tags) <= 20)
);

-- Listing: one user's transactions newest first (date, then id), paged by keyset on (date, id).
CREATE INDEX transaction_user_date_idx ON "transaction" (user_id, date DESC, id DESC);
-- Filters narrowing a user's list; each keeps the keyset order after its equality columns.
CREATE INDEX transaction_user_category_date_idx ON "transaction" (user_id, category_id, date DESC, id DESC);
CREATE INDEX transaction_user_source_date_idx ON "transaction" (user_id, source, date DESC, id DESC);
CREATE INDEX transaction_user_amount_idx ON "transaction" (user_id, amount);
CREATE INDEX transaction_tags_idx ON "transaction" USING gin (tags);
-- Imports recognise a statement line they already stored by its external id.
CREATE UNIQUE INDEX transaction_user_external_id_uq ON "transaction" (user_id, external_id)
    WHERE external_id IS NOT NULL;

-- Free-text search (q: case-insensitive substring of merchant, description, notes) uses a trigram index.
-- pg_trgm is a trusted contrib extension (PostgreSQL 13+: a database owner may create it). Where it is
-- missing or may not be created, the search still works, by scanning the user's rows.
DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm unavailable (%): text search on transactions runs without an index', SQLERRM;
    END;
    SELECT n.nspname INTO trgm_schema
      FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        -- The operator class is named with the schema the extension lives in, wherever that is.
        EXECUTE format(
            'CREATE INDEX transaction_search_text_trgm_idx ON "transaction" USING gin (search_text %I.gin_trgm_ops)',
            trgm_schema);
    END IF;
END
$$;

COMMENT ON TABLE "transaction" IS 'Money a user recorded; negative amounts are money out.';
COMMENT ON COLUMN "transaction".date IS 'Local date of the purchase, as the user sees it.';
COMMENT ON COLUMN "transaction".category_id IS 'Category slug (primary or primary.detail); null while uncategorized.';
COMMENT ON COLUMN "transaction".categorization_status IS 'manual: chosen by the user, automation never overwrites it.';

-- Idempotency-Key of POST /transactions: the same key with the same body replays the original answer,
-- with another body it is a conflict. Expired keys are purged; an expired key may be used again.
CREATE TABLE idempotency_key (
    user_id         UUID          NOT NULL,
    idem_key        VARCHAR(255)  NOT NULL,
    request_hash    CHAR(64)      NOT NULL,
    transaction_id  UUID          NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    expires_at      TIMESTAMPTZ   NOT NULL,

    CONSTRAINT idempotency_key_pk PRIMARY KEY (user_id, idem_key),
    CONSTRAINT idempotency_key_hash_hex CHECK (request_hash ~ '^[0-9a-f]{64}$')
);

CREATE INDEX idempotency_key_expires_idx ON idempotency_key (expires_at);

COMMENT ON COLUMN idempotency_key.request_hash IS 'SHA-256 (hex) of the normalized request body.';

-- A user setting or changing a transaction's category: who, which transaction, the merchant, from what to
-- what, when. Labelled examples for the categorizer; erased with the account.
CREATE TABLE category_correction (
    id               UUID          NOT NULL,
    user_id          UUID          NOT NULL,
    transaction_id   UUID          NOT NULL,
    merchant_name    VARCHAR(200),
    description      VARCHAR(500),
    from_category    VARCHAR(100),
    to_category      VARCHAR(100),
    corrected_at     TIMESTAMPTZ   NOT NULL,

    CONSTRAINT category_correction_pk PRIMARY KEY (id),
    CONSTRAINT category_correction_changes CHECK (from_category IS DISTINCT FROM to_category)
);

CREATE INDEX category_correction_user_idx ON category_correction (user_id, corrected_at DESC);
