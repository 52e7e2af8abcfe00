-- Spending aggregates. The ledger's changes feed is the source: `applied` says up to which of a user's
-- change-log sequence numbers the aggregates contain; a read adds what changed after it (see SpendingReads).

-- Per user: the last change-log sequence number the aggregates contain. A writer locks this row first, a
-- reader takes it FOR SHARE, so a reader never sees aggregates of one position with a watermark of another.
CREATE TABLE user_state (
    user_id     UUID        PRIMARY KEY,
    applied_seq BIGINT      NOT NULL CHECK (applied_seq >= 0),
    applied_at  TIMESTAMPTZ NOT NULL
);

-- What the aggregates contain, one row per transaction: to take a changed or deleted transaction out of
-- the totals one must know its old date, category, currency and amount, which no event carries.
CREATE TABLE fact (
    user_id          UUID          NOT NULL,
    transaction_id   UUID          NOT NULL,
    day              DATE          NOT NULL,
    category_id      TEXT          NOT NULL,  -- '' while uncategorized
    primary_category TEXT          NOT NULL,  -- 'uncategorized' while uncategorized
    currency         CHAR(3)       NOT NULL,
    amount           NUMERIC(19,4) NOT NULL,
    merchant         TEXT          NOT NULL,  -- '' without one
    PRIMARY KEY (user_id, transaction_id)
);
CREATE INDEX fact_user_primary_day ON fact (user_id, primary_category, day);

-- Per user, day, detailed category and currency. Never summed across currencies.
CREATE TABLE daily_total (
    user_id          UUID          NOT NULL,
    day              DATE          NOT NULL,
    category_id      TEXT          NOT NULL,
    primary_category TEXT          NOT NULL,
    currency         CHAR(3)       NOT NULL,
    spent            NUMERIC(19,4) NOT NULL,
    income           NUMERIC(19,4) NOT NULL,
    txn_count        INTEGER       NOT NULL,
    PRIMARY KEY (user_id, day, category_id, currency)
);

-- The monthly roll-up per primary category: trends and cash flow read 1 to 60 months of it.
CREATE TABLE monthly_total (
    user_id          UUID          NOT NULL,
    month            DATE          NOT NULL,  -- the month's first day
    primary_category TEXT          NOT NULL,
    currency         CHAR(3)       NOT NULL,
    spent            NUMERIC(19,4) NOT NULL,
    income           NUMERIC(19,4) NOT NULL,
    txn_count        INTEGER       NOT NULL,
    PRIMARY KEY (user_id, month, primary_category, currency)
);

-- Users whose ledger changed since the nightly run last visited them, marked from the domain events.
CREATE TABLE dirty_user (
    user_id   UUID        PRIMARY KEY,
    marked_at TIMESTAMPTZ NOT NULL
);
