package com.duskspendr.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ClusterLockTest {

  @Test
  void aNameAlwaysGivesTheSameKeyAndNamesDiffer() {
    assertEquals(ClusterLock.keyOf("ml.retraining"), ClusterLock.keyOf("ml.retraining"));
    assertNotEquals(ClusterLock.keyOf("ml.retraining"), ClusterLock.keyOf("analytics.nightly"));
    // The first 8 bytes of SHA-256("ml.retraining"), pinned: instances of two versions must exclude each other.
    assertEquals(2333327334107921901L, ClusterLock.keyOf("ml.retraining"));
  }
}
