-- Budgets and their alert bookkeeping (component "budgets"). Runs with search_path = transactions.
-- owner_id is the account id from auth, without a foreign key (contexts share no tables).

CREATE TABLE budget (
    id                UUID           NOT NULL,
    owner_id          UUID           NOT NULL,
    category_id       TEXT           NOT NULL,
    amount            NUMERIC(19,4)  NOT NULL,
    currency          CHAR(3)        NOT NULL,
    period            VARCHAR(7)     NOT NULL,
    start_date        DATE           NOT NULL,
    rollover          BOOLEAN        NOT NULL,
    -- Distinct percentages in ascending order, comma-separated ("80,100"): at most ten, each 1..1000.
    alert_thresholds  VARCHAR(60)    NOT NULL,
    version           BIGINT         NOT NULL,
    created_at        TIMESTAMPTZ    NOT NULL,
    updated_at        TIMESTAMPTZ    NOT NULL,

    CONSTRAINT budget_pk PRIMARY KEY (id),
    -- The service refuses to delete a category that a budget uses; the cascade serves account deletion,
    -- where the order in which components erase their rows is not defined.
    CONSTRAINT budget_category_fk FOREIGN KEY (category_id) REFERENCES category (id) ON DELETE CASCADE,
    CONSTRAINT budget_amount_range CHECK (amount > 0 AND amount <= 1000000000),
    CONSTRAINT budget_currency_iso_format CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT budget_period_kind CHECK (period IN ('weekly', 'monthly', 'yearly')),
    CONSTRAINT budget_alert_thresholds_list CHECK (alert_thresholds ~ '^([0-9]{1,4}(,[0-9]{1,4}){0,9})?$')
);

-- The caller's budgets (listing, limit count) and the budgets a transaction change touches.
CREATE INDEX budget_owner_category_idx ON budget (owner_id, category_id);

-- Which thresholds have alerted in which period: the primary key makes "publish once per threshold per
-- period" hold across concurrent writers (INSERT ... ON CONFLICT DO NOTHING; only the inserter publishes).
CREATE TABLE budget_threshold_crossing (
    budget_id     UUID         NOT NULL,
    period_start  DATE         NOT NULL,
    threshold     INTEGER      NOT NULL,
    crossed_at    TIMESTAMPTZ  NOT NULL,

    CONSTRAINT budget_threshold_crossing_pk PRIMARY KEY (budget_id, period_start, threshold),
    CONSTRAINT budget_threshold_crossing_budget_fk FOREIGN KEY (budget_id) REFERENCES budget (id) ON DELETE CASCADE,
    CONSTRAINT budget_threshold_crossing_threshold_range CHECK (threshold BETWEEN 1 AND 1000)
);

COMMENT ON TABLE budget IS 'Per-user spending budgets; erased with the account.';
COMMENT ON COLUMN budget.amount IS 'Limit per period, at most the currency''s minor digits.';
COMMENT ON TABLE budget_threshold_crossing IS 'Alert thresholds already published, per budget period.';
