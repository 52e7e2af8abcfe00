package com.duskspendr.auth.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.duskspendr.auth.audit.boundary.AuditEntry.Outcome;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void theStatusTellsTheOutcome() {
    assertEquals(Outcome.DONE, Outcome.of(200));
    assertEquals(Outcome.DONE, Outcome.of(204));
    assertEquals(Outcome.REFUSED, Outcome.of(401));
    assertEquals(Outcome.REFUSED, Outcome.of(403));
    assertEquals(Outcome.REJECTED, Outcome.of(400));
    assertEquals(Outcome.REJECTED, Outcome.of(404));
    assertEquals(Outcome.REJECTED, Outcome.of(429));
    assertEquals(Outcome.FAILED, Outcome.of(500));
    assertEquals(Outcome.FAILED, Outcome.of(503));
    // the column's values, as the migration's check constraint lists them
    assertEquals("refused", Outcome.REFUSED.column());
  }
}
