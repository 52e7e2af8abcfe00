package com.duskspendr.transactions.ledger.control;

import com.duskspendr.transactions.ledger.boundary.NewTransaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 (hex) of a create request, to tell a retry (same fingerprint) from a different request reusing
 * an idempotency key. Computed from the fields, not the JSON text, so that formatting, key order and
 * equivalent amounts ({@code 12.5}, {@code "12.50"}) do not matter.
 */
public final class RequestFingerprint {

  private static final char SEPARATOR = '\u001f';

  private RequestFingerprint() {}

  public static String of(NewTransaction request) {
    StringBuilder canonical = new StringBuilder("v1");
    append(canonical, request.id());
    append(canonical, amount(request.amount()));
    append(canonical, request.currency());
    append(canonical, request.date());
    append(canonical, request.bookedAt());
    append(canonical, request.merchantName());
    append(canonical, request.description());
    append(canonical, request.categoryId());
    append(canonical, request.source());
    append(canonical, request.notes());
    List<String> tags = request.tags();
    append(canonical, tags == null ? null : String.valueOf(tags.size()));
    if (tags != null) {
      tags.forEach(tag -> append(canonical, tag));
    }
    append(canonical, request.externalId());
    return sha256(canonical.toString());
  }

  private static String amount(BigDecimal amount) {
    return amount == null ? null : amount.stripTrailingZeros().toPlainString();
  }

  // Length-prefixed, so that no value can imitate a separator or a missing value.
  private static void append(StringBuilder canonical, String value) {
    canonical.append(SEPARATOR);
    if (value == null) {
      canonical.append('-');
    } else {
      canonical.append(value.length()).append(':').append(value);
    }
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("Every Java platform has SHA-256", impossible);
    }
  }
}
