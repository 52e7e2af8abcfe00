package com.duskspendr.analytics.jobs.control;

import java.util.List;

/**
 * The job repository tables Payara's batch runtime reads and writes, in schema {@code analytics}. Payara Micro
 * 6 names them with the prefix {@code jbatch} whatever the configured one (the analytics migration {@code V5}
 * creates them so); a runtime that honours the configured {@code JBATCH_} makes {@code jbatch_*} tables of
 * its own. Only {@link OrphanedExecutions} touches them, and only to end what a dead instance could not, in
 * whichever of the two exists (the other has no such execution).
 */
record PayaraJobTables(String executions, String stepExecutions) {

  static final List<PayaraJobTables> CANDIDATES = List.of(
      new PayaraJobTables("jbatchexecutioninstancedata", "jbatchstepexecutioninstancedata"),
      new PayaraJobTables("jbatch_executioninstancedata", "jbatch_stepexecutioninstancedata"));
}
