-- Shared expenses (component "sharing", issue 16). Runs with search_path = transactions.
-- User ids are account ids from auth, without foreign keys (contexts share no tables).

CREATE TABLE expense_group (
    id          UUID          NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    currency    CHAR(3)       NOT NULL,
    status      VARCHAR(8)    NOT NULL,
    -- The next member's join position: join order decides who takes a rounding remainder first.
    next_position INTEGER     NOT NULL,
    created_by  UUID          NOT NULL,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,

    CONSTRAINT expense_group_pk PRIMARY KEY (id),
    CONSTRAINT expense_group_status_kind CHECK (status IN ('active', 'archived')),
    CONSTRAINT expense_group_currency_iso_format CHECK (currency ~ '^[A-Z]{3}$')
);

CREATE TABLE group_member (
    group_id    UUID          NOT NULL,
    user_id     UUID          NOT NULL,
    role        VARCHAR(6)    NOT NULL,
    status      VARCHAR(7)    NOT NULL,
    position    INTEGER       NOT NULL,
    joined_at   TIMESTAMPTZ   NOT NULL,
    left_at     TIMESTAMPTZ,

    CONSTRAINT group_member_pk PRIMARY KEY (group_id, user_id),
    CONSTRAINT group_member_group_fk FOREIGN KEY (group_id) REFERENCES expense_group (id) ON DELETE CASCADE,
    CONSTRAINT group_member_role_kind CHECK (role IN ('owner', 'member')),
    CONSTRAINT group_member_status_kind CHECK (status IN ('active', 'left', 'removed')),
    CONSTRAINT group_member_position_unique UNIQUE (group_id, position)
);

-- "My groups".
CREATE INDEX group_member_user_idx ON group_member (user_id, status);

CREATE TABLE group_invitation (
    id          UUID          NOT NULL,
    group_id    UUID          NOT NULL,
    -- Normalized as auth normalizes addresses (trimmed, lower case).
    email       VARCHAR(320)  NOT NULL,
    invited_by  UUID          NOT NULL,
    status      VARCHAR(8)    NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL,
    responded_at TIMESTAMPTZ,
    responded_by UUID,

    CONSTRAINT group_invitation_pk PRIMARY KEY (id),
    CONSTRAINT group_invitation_group_fk FOREIGN KEY (group_id) REFERENCES expense_group (id) ON DELETE CASCADE,
    CONSTRAINT group_invitation_status_kind CHECK (status IN ('pending', 'accepted', 'declined'))
);

-- One pending invitation per address and group (inviting again answers the pending one).
CREATE UNIQUE INDEX group_invitation_pending_unique ON group_invitation (group_id, email) WHERE status = 'pending';
-- "My invitations".
CREATE INDEX group_invitation_email_idx ON group_invitation (email, status);

CREATE TABLE shared_expense (
    id              UUID           NOT NULL,
    group_id        UUID           NOT NULL,
    description     VARCHAR(200)   NOT NULL,
    amount          NUMERIC(19,4)  NOT NULL,
    currency        CHAR(3)        NOT NULL,
    date            DATE           NOT NULL,
    category_id     TEXT,
    split_type      VARCHAR(7)     NOT NULL,
    created_by      UUID           NOT NULL,
    -- The payer's own ledger transaction the expense was created from or linked to (its owner is linked_by).
    linked_transaction_id UUID,
    linked_by       UUID,
    deleted_at      TIMESTAMPTZ,
    version         BIGINT         NOT NULL,
    created_at      TIMESTAMPTZ    NOT NULL,
    updated_at      TIMESTAMPTZ    NOT NULL,

    CONSTRAINT shared_expense_pk PRIMARY KEY (id),
    CONSTRAINT shared_expense_group_fk FOREIGN KEY (group_id) REFERENCES expense_group (id) ON DELETE CASCADE,
    CONSTRAINT shared_expense_amount_range CHECK (amount > 0 AND amount <= 1000000000),
    CONSTRAINT shared_expense_currency_iso_format CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT shared_expense_split_kind CHECK (split_type IN ('equal', 'exact', 'percent', 'shares'))
);

CREATE INDEX shared_expense_group_idx ON shared_expense (group_id, date DESC, id DESC);

CREATE TABLE shared_expense_payer (
    expense_id  UUID           NOT NULL,
    position    INTEGER        NOT NULL,
    user_id     UUID           NOT NULL,
    amount      NUMERIC(19,4)  NOT NULL,

    CONSTRAINT shared_expense_payer_pk PRIMARY KEY (expense_id, position),
    CONSTRAINT shared_expense_payer_expense_fk FOREIGN KEY (expense_id) REFERENCES shared_expense (id) ON DELETE CASCADE,
    CONSTRAINT shared_expense_payer_amount_positive CHECK (amount > 0)
);

CREATE TABLE shared_expense_share (
    expense_id  UUID           NOT NULL,
    position    INTEGER        NOT NULL,
    user_id     UUID           NOT NULL,
    -- What the split said for this member: the exact amount, the percentage or the number of shares.
    split_value NUMERIC(19,4),
    amount      NUMERIC(19,4)  NOT NULL,
    -- The transaction the member recorded their share as in their own ledger.
    accepted_transaction_id UUID,

    CONSTRAINT shared_expense_share_pk PRIMARY KEY (expense_id, position),
    CONSTRAINT shared_expense_share_expense_fk FOREIGN KEY (expense_id) REFERENCES shared_expense (id) ON DELETE CASCADE,
    CONSTRAINT shared_expense_share_amount_range CHECK (amount >= 0)
);

CREATE INDEX shared_expense_share_user_idx ON shared_expense_share (user_id);

CREATE TABLE shared_expense_comment (
    id          UUID           NOT NULL,
    expense_id  UUID           NOT NULL,
    author_id   UUID           NOT NULL,
    body        VARCHAR(2000)  NOT NULL,
    created_at  TIMESTAMPTZ    NOT NULL,

    CONSTRAINT shared_expense_comment_pk PRIMARY KEY (id),
    CONSTRAINT shared_expense_comment_expense_fk FOREIGN KEY (expense_id) REFERENCES shared_expense (id) ON DELETE CASCADE
);

CREATE INDEX shared_expense_comment_expense_idx ON shared_expense_comment (expense_id, created_at);

CREATE TABLE settlement (
    id              UUID           NOT NULL,
    group_id        UUID           NOT NULL,
    from_user       UUID           NOT NULL,
    to_user         UUID           NOT NULL,
    amount          NUMERIC(19,4)  NOT NULL,
    currency        CHAR(3)        NOT NULL,
    date            DATE           NOT NULL,
    created_by      UUID           NOT NULL,
    -- The transfer recorded in each party's own ledger.
    from_transaction_id UUID,
    to_transaction_id   UUID,
    created_at      TIMESTAMPTZ    NOT NULL,

    CONSTRAINT settlement_pk PRIMARY KEY (id),
    CONSTRAINT settlement_group_fk FOREIGN KEY (group_id) REFERENCES expense_group (id) ON DELETE CASCADE,
    CONSTRAINT settlement_amount_range CHECK (amount > 0 AND amount <= 1000000000),
    CONSTRAINT settlement_parties_differ CHECK (from_user <> to_user)
);

CREATE INDEX settlement_group_idx ON settlement (group_id, created_at);

-- The part of a ledger transaction that is the owner's own spending or income, when it is not all of it:
-- a shared expense the owner paid counts only the owner's share, a settlement (a transfer) counts nothing.
-- Budgets and analytics count COALESCE(own_share, amount); NULL (every other transaction) changes nothing.
ALTER TABLE transaction ADD COLUMN own_share NUMERIC(19,4);
