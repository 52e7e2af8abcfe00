package com.duskspendr.web.errors;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Walks cause chains (guarding against cycles). */
final class Causes {

  private Causes() {}

  /** The first throwable of the given type in the chain starting at {@code thrown}, or null. */
  static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
