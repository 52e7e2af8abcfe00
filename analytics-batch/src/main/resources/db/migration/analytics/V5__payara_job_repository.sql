-- The job repository under the names Payara really uses. V2 created jbatch_* tables for the table prefix
-- the launcher configures (JBATCH_), but Payara 6 prefixes "jbatch" and creates its own tables lazily at
-- the first job start ("jbatchEXECUTIONINSTANCEDATA table does not exists. Trying to create it." in its
-- log), which rolls back when that start runs inside a transaction. Created here, exactly as Payara's
-- PostgreSQL persistence manager would (unquoted names fold to lower case, which is what it looks for), so
-- Flyway owns the schema and the unused V2 tables go. IF NOT EXISTS: a runtime may have made them already.
CREATE TABLE IF NOT EXISTS jbatchcheckpointdata (
    id  VARCHAR(512),
    obj BYTEA
);
CREATE TABLE IF NOT EXISTS jbatchjobinstancedata (
    jobinstanceid SERIAL NOT NULL PRIMARY KEY,
    name          VARCHAR(512),
    apptag        VARCHAR(512)
);
CREATE TABLE IF NOT EXISTS jbatchexecutioninstancedata (
    jobexecid     SERIAL NOT NULL PRIMARY KEY,
    jobinstanceid BIGINT NOT NULL REFERENCES jbatchjobinstancedata (jobinstanceid),
    createtime    TIMESTAMP,
    starttime     TIMESTAMP,
    endtime       TIMESTAMP,
    updatetime    TIMESTAMP,
    parameters    BYTEA,
    batchstatus   VARCHAR(512),
    exitstatus    VARCHAR(512)
);
CREATE TABLE IF NOT EXISTS jbatchstepexecutioninstancedata (
    stepexecid       SERIAL NOT NULL PRIMARY KEY,
    jobexecid        BIGINT NOT NULL REFERENCES jbatchexecutioninstancedata (jobexecid),
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
CREATE TABLE IF NOT EXISTS jbatchjobstatus (
    id  BIGINT NOT NULL REFERENCES jbatchjobinstancedata (jobinstanceid),
    obj BYTEA
);
CREATE TABLE IF NOT EXISTS jbatchstepstatus (
    id  BIGINT NOT NULL REFERENCES jbatchstepexecutioninstancedata (stepexecid),
    obj BYTEA
);

DROP TABLE IF EXISTS jbatch_stepstatus, jbatch_jobstatus, jbatch_stepexecutioninstancedata,
    jbatch_executioninstancedata, jbatch_jobinstancedata, jbatch_checkpointdata;
