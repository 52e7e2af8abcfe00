-- Statement imports that run in the background (issue 12): what GET /transactions/imports/{id} shows while
-- a large file is stored, and how many imports a user has in flight. The file itself is never kept: it is
-- parsed when it arrives and its lines are held by the worker. Runs with search_path = transactions.
CREATE TABLE statement_import (
    id               UUID          NOT NULL,
    user_id          UUID          NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    total_lines      INTEGER       NOT NULL,
    processed_lines  INTEGER       NOT NULL DEFAULT 0,
    imported         INTEGER       NOT NULL DEFAULT 0,
    duplicates       INTEGER       NOT NULL DEFAULT 0,
    -- The lines that were not imported, [{"line": 7, "issue": "..."}], in line order.
    failures         JSONB         NOT NULL DEFAULT '[]',
    error            VARCHAR(500),
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    finished_at      TIMESTAMPTZ,

    CONSTRAINT statement_import_pk PRIMARY KEY (id),
    CONSTRAINT statement_import_status CHECK (status IN ('queued', 'running', 'done', 'failed')),
    CONSTRAINT statement_import_counts CHECK (
        processed_lines BETWEEN 0 AND total_lines AND imported >= 0 AND duplicates >= 0)
);

-- In-flight imports per user (the limit), and a user's imports for account deletion.
CREATE INDEX statement_import_user_status_idx ON statement_import (user_id, status);

COMMENT ON COLUMN statement_import.updated_at IS
    'Moves with every batch: a queued or running import that stopped moving was interrupted (instance stopped).';
