-- The ml context: trained categorization models and the runs of the retraining job. Runs with
-- search_path = ml.

-- Every trained model, with what is known about it. Exactly one is active: the one every instance
-- categorizes with (a partial unique index allows a single row with active = true).
CREATE TABLE model_version (
    id              BIGSERIAL     NOT NULL,
    version         VARCHAR(100)  NOT NULL,
    bytes           BYTEA         NOT NULL,
    training_size   INTEGER       NOT NULL,
    metrics         JSONB         NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    activated_at    TIMESTAMPTZ,
    active          BOOLEAN       NOT NULL DEFAULT FALSE,

    CONSTRAINT model_version_pk PRIMARY KEY (id),
    CONSTRAINT model_version_version_uq UNIQUE (version),
    CONSTRAINT model_version_training_size CHECK (training_size >= 0),
    CONSTRAINT model_version_active_was_activated CHECK (NOT active OR activated_at IS NOT NULL)
);

CREATE UNIQUE INDEX model_version_one_active_uq ON model_version (active) WHERE active;

COMMENT ON TABLE model_version IS 'Trained categorization models; exactly one is active.';
COMMENT ON COLUMN model_version.metrics IS 'Evaluation on the held-out seed split: size, primaryAccuracy, subcategoryAccuracy, macroF1.';

-- One run of the retraining job and how it ended: activated, kept the active model (candidate worse),
-- skipped (another instance was running it), or failed.
CREATE TABLE retrain_run (
    id                  BIGSERIAL     NOT NULL,
    trigger             VARCHAR(16)   NOT NULL,
    started_at          TIMESTAMPTZ   NOT NULL,
    finished_at         TIMESTAMPTZ,
    outcome             VARCHAR(16),
    model_version_id    BIGINT,
    seed_examples       INTEGER,
    shared_corrections  INTEGER,
    message             VARCHAR(1000),

    CONSTRAINT retrain_run_pk PRIMARY KEY (id),
    CONSTRAINT retrain_run_trigger CHECK (trigger IN ('nightly', 'admin')),
    CONSTRAINT retrain_run_outcome CHECK (outcome IS NULL OR outcome IN ('activated', 'kept', 'skipped', 'failed')),
    CONSTRAINT retrain_run_model_fk FOREIGN KEY (model_version_id) REFERENCES model_version (id)
);

CREATE INDEX retrain_run_started_idx ON retrain_run (started_at DESC);
