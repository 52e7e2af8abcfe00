package com.duskspendr.transactions.sync.boundary;

/** Bounds of the sync API, shared by the feed, the push and the web layer that validates their input. */
public final class SyncLimits {

  /** Longest record id a synced record may have (a UUID has 36 characters). */
  public static final int MAX_ID_LENGTH = 64;

  public static final int DEFAULT_PAGE_SIZE = 100;
  public static final int MAX_PAGE_SIZE = 500;

  /** Most changes one push may carry. */
  public static final int MAX_PUSH_CHANGES = 500;

  private SyncLimits() {}
}
