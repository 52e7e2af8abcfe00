package com.duskspendr.platform.messaging;

import java.util.concurrent.atomic.LongAdder;

/**
 * How many messages this instance's consumers have read since it started (every read goes through
 * {@link EventMessages#read}). Ops see it per instance in the admin API: in a cluster, each instance's share of
 * the work shows that consumers on every instance compete for the queues. One counter per application and
 * JVM, so a plain static: there is nothing to share it with.
 */
public final class ConsumedMessages {

  private static final LongAdder READ = new LongAdder();

  private ConsumedMessages() {}

  static void counted() {
    READ.increment();
  }

  public static long sinceStart() {
    return READ.sum();
  }
}
