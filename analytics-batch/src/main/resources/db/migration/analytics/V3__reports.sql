-- Monthly statements, each with its three renderings (a statement is a few hundred KB at most).
CREATE TABLE report (
    id           UUID        PRIMARY KEY,
    user_id      UUID        NOT NULL,
    month        DATE        NOT NULL,  -- the month's first day
    status       TEXT        NOT NULL CHECK (status IN ('pending', 'ready', 'failed')),
    created_at   TIMESTAMPTZ NOT NULL,
    completed_at TIMESTAMPTZ,
    failure      TEXT,
    pdf          BYTEA,
    csv          BYTEA,
    json         BYTEA
);
CREATE INDEX report_user_month ON report (user_id, month DESC);
