/**
 * Integration test environment shared by every integration test of one test run: a real PostgreSQL
 * (embedded unless {@code duskspendr.test.db.url} names one), a real Artemis broker, and Payara Micro
 * instances started through the same launcher code as the run command.
 */
package com.duskspendr.web.it;
