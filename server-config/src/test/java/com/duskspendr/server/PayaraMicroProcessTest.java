package com.duskspendr.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PayaraMicroProcessTest {

  @Test
  void readinessWithoutChecksMeansTheApplicationIsStillDeploying() {
    assertFalse(PayaraMicroProcess.hasChecks("{\"status\":\"UP\",\"checks\":[]}"));
    assertFalse(PayaraMicroProcess.hasChecks("{\"status\":\"UP\",\"checks\" : [ ]}"));
    assertFalse(PayaraMicroProcess.hasChecks("{\"status\":\"UP\"}"));
  }

  @Test
  void readinessWithChecksCounts() {
    assertTrue(
        PayaraMicroProcess.hasChecks(
            "{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"}]}"));
  }
}
