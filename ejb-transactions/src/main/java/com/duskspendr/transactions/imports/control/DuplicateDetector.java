package com.duskspendr.transactions.imports.control;

import com.duskspendr.transactions.imports.boundary.DuplicateKey;
import com.duskspendr.transactions.imports.boundary.ParsedLine;
import com.duskspendr.transactions.imports.boundary.StoredTransactionKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits parsed lines into new ones and duplicates, of what is stored or of an earlier line of the same
 * file. A line is a duplicate of a transaction when both have the same external id, or when they have the
 * same {@link DuplicateKey} and at least one of them has no external id. Two different external ids mean
 * two different transactions even with the same date, amount and merchant (two coffees on one day); without
 * ids the two are indistinguishable from a re-export, and the line is skipped and reported as a duplicate,
 * which the user can see and add by hand.
 */
public final class DuplicateDetector {

  /** The outcome: lines to import, and lines skipped as duplicates, both in file order. */
  public record Split(List<ParsedLine> fresh, List<ParsedLine> duplicates) {

    public Split {
      fresh = List.copyOf(fresh);
      duplicates = List.copyOf(duplicates);
    }
  }

  private DuplicateDetector() {}

  public static Split split(List<ParsedLine> lines, Collection<StoredTransactionKey> stored) {
    Seen seen = new Seen();
    stored.forEach(s -> seen.add(s.externalId(), s.key()));
    List<ParsedLine> fresh = new ArrayList<>();
    List<ParsedLine> duplicates = new ArrayList<>();
    for (ParsedLine line : lines) {
      DuplicateKey key = DuplicateKey.of(line);
      if (seen.matches(line.externalId(), key)) {
        duplicates.add(line);
      } else {
        fresh.add(line);
        seen.add(line.externalId(), key);
      }
    }
    return new Split(fresh, duplicates);
  }

  /** What is known so far, indexed for the two rules. */
  private static final class Seen {
    private final Set<String> externalIds = new HashSet<>();
    /** Per key: whether a transaction without an id has it, and the ids of those that have one. */
    private final Map<DuplicateKey, Boolean> keyWithoutId = new HashMap<>();

    void add(String externalId, DuplicateKey key) {
      if (externalId != null) {
        externalIds.add(externalId);
        keyWithoutId.putIfAbsent(key, false);
      } else {
        keyWithoutId.put(key, true);
      }
    }

    boolean matches(String externalId, DuplicateKey key) {
      if (externalId != null) {
        // Same id: the same transaction. Same key: only if the other one has no id to tell them apart.
        return externalIds.contains(externalId) || Boolean.TRUE.equals(keyWithoutId.get(key));
      }
      return keyWithoutId.containsKey(key);
    }
  }
}
