-- The Jakarta Batch job repository of the whole server (Payara's PostgreSQL persistence manager, pointed
-- here by the post-boot command set-batch-runtime-configuration --schemaname analytics --tableprefix JBATCH_).
-- Created here, not lazily by Payara: its lazy creation rolls back when the first job start runs inside a
-- transaction, and every later start then fails. The columns are exactly those Payara 6 would create;
-- IF NOT EXISTS because a runtime that touched the repository before this migration may have made them.
CREATE TABLE IF NOT EXISTS jbatch_checkpointdata (
    id  VARCHAR(512),
    obj BYTEA
);
CREATE TABLE IF NOT EXISTS jbatch_jobinstancedata (
    jobinstanceid SERIAL NOT NULL PRIMARY KEY,
    name          VARCHAR(512),
    apptag        VARCHAR(512)
);
CREATE TABLE IF NOT EXISTS jbatch_executioninstancedata (
    jobexecid     SERIAL NOT NULL PRIMARY KEY,
    jobinstanceid BIGINT NOT NULL REFERENCES jbatch_jobinstancedata (jobinstanceid),
    createtime    TIMESTAMP,
    starttime     TIMESTAMP,
    endtime       TIMESTAMP,
    updatetime    TIMESTAMP,
    parameters    BYTEA,
    batchstatus   VARCHAR(512),
    exitstatus    VARCHAR(512)
);
CREATE TABLE IF NOT EXISTS jbatch_stepexecutioninstancedata (
    stepexecid       SERIAL NOT NULL PRIMARY KEY,
    jobexecid        BIGINT NOT NULL REFERENCES jbatch_executioninstancedata (jobexecid),
    batchstatus      VARCHAR(512),
    exitstatus       VARCHAR(512),
    stepname         VARCHAR(512),
    readcount        INTEGER,
    writecount       INTEGER,
    commitcount      INTEGER,
    rollbackcount    INTEGER,
    readskipcount    INTEGER,
    processskipcount INTEGER,
    filtercount      INTEGER,
    writeskipcount   INTEGER,
    starttime        TIMESTAMP,
    endtime          TIMESTAMP,
    persistentdata   BYTEA
);
CREATE TABLE IF NOT EXISTS jbatch_jobstatus (
    id  BIGINT NOT NULL REFERENCES jbatch_jobinstancedata (jobinstanceid),
    obj BYTEA
);
CREATE TABLE IF NOT EXISTS jbatch_stepstatus (
    id  BIGINT NOT NULL REFERENCES jbatch_stepexecutioninstancedata (stepexecid),
    obj BYTEA
);
