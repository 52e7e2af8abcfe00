package com.duskspendr.platform.identity;

import java.util.Objects;
import java.util.UUID;

/** Identifies an account; the same value is the subject of its access tokens and the key of its profile. */
public record AccountId(UUID value) {

  public AccountId {
    Objects.requireNonNull(value, "value");
  }

  /** Parses the {@code sub} claim of an access token. */
  public static AccountId parse(String value) {
    return new AccountId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
