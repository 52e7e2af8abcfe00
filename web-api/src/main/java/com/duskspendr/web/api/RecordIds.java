package com.duskspendr.web.api;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Record ids as clients write them in paths and bodies: a UUID in its canonical 36-character form, in any
 * case. Anything else names no record, so it answers like an id that is not the caller's (404), never with
 * a hint that the format was wrong.
 */
public final class RecordIds {

  private static final Pattern UUID_FORM =
      Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private RecordIds() {}

  /** The UUID an id names, if it is one. */
  public static Optional<UUID> uuid(String id) {
    return id != null && UUID_FORM.matcher(id).matches() ? Optional.of(UUID.fromString(id)) : Optional.empty();
  }

  /** The UUID an id names; otherwise the caller's not-found failure. */
  public static UUID orNotFound(String id, Supplier<? extends RuntimeException> notFound) {
    return uuid(id).orElseThrow(notFound);
  }
}
