/**
 * Runs the whole system on one machine: starts a real embedded PostgreSQL and an embedded ActiveMQ Artemis
 * broker when none is configured, writes the Payara Micro boot command files (resource adapter, connection
 * pools, destinations) and starts Payara Micro with the application. Used by the run command and by the
 * integration tests, so both exercise the same start-up path.
 */
package com.duskspendr.server;
