package com.duskspendr.web.transactions;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Transaction ids as clients write them: a UUID in its canonical form (any case). Ids are compared as
 * {@link UUID#toString()} writes them, lower case, which is also how the changes feed names them.
 */
final class TransactionIds {

  private static final Pattern UUID_FORM =
      Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private TransactionIds() {}

  /** Empty for anything that is not a UUID: no transaction can have that id. */
  static Optional<UUID> parse(String id) {
    return id != null && UUID_FORM.matcher(id).matches() ? Optional.of(UUID.fromString(id)) : Optional.empty();
  }
}
