package com.duskspendr.transactions.ledger.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.outbox.Outbox;
import com.duskspendr.transactions.events.CategorizationBatchRequested;
import com.duskspendr.transactions.events.CategorizationRequested;
import com.duskspendr.transactions.events.TransactionRecorded;
import com.duskspendr.transactions.ledger.entity.Transaction;
import com.duskspendr.transactions.ledger.entity.TransactionRepository;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stores a batch of validated statement lines in one local transaction of its own (REQUIRES_NEW): the rows
 * in one JDBC batch, a few categorization requests for them all (CategorizationBatchRequested), their
 * TransactionRecorded events in one outbox batch, and their change-log entries under one counter update. It is exactly what a create of each line writes (an
 * imported line has no category, so there is no correction and no budget to alert), at a few round trips per
 * batch instead of a transaction per line. All or nothing: a refused batch stores none of its lines.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportBatches {

  /**
   * Under the kernel's cap on a message body (EventMessages.MAX_BODY_CHARS, 64 Ki characters) with room to
   * spare, and under the broker's large-message threshold (100 KiB, two bytes a character), above which a
   * message is paged through files: about 240 typical requests a message.
   */
  static final int MAX_MESSAGE_CHARS = 40_000;

  /** What a request costs in the batch's JSON besides its texts: names, two UUIDs, amount, currency. */
  private static final int REQUEST_OVERHEAD_CHARS = 200;

  @Inject TransactionRepository transactions;
  @Inject Outbox outbox;
  @Inject ChangeLog changeLog;

  /**
   * @return per line, whether it was stored; false for a line whose external id the user has already (a
   *     concurrent import stored it meanwhile: a duplicate)
   */
  public List<Boolean> record(AccountId owner, List<ValidNewTransaction> lines) {
    List<Transaction> all = lines.stream()
        .map(line -> TransactionAssembler.newTransaction(owner, UUID.randomUUID(), line))
        .toList();
    List<Transaction> fresh = transactions.insertAll(all);
    // A few requests for the whole batch: the categorizer then writes each back in one transaction too.
    for (List<CategorizationRequested> chunk :
        chunks(fresh.stream().map(TransactionAssembler::categorizationRequest).toList(), MAX_MESSAGE_CHARS)) {
      outbox.publish(CategorizationBatchRequested.EVENT, owner,
          new CategorizationBatchRequested(owner.value().toString(), chunk));
    }
    outbox.publishAll(TransactionRecorded.EVENT, owner, fresh.stream().map(TransactionAssembler::recorded).toList());
    Map<String, Long> versions = new LinkedHashMap<>();
    fresh.forEach(t -> versions.put(t.id().toString(), t.version()));
    // Last, as in a single create: the change log holds the user's change counter until commit.
    changeLog.upsertedAll(owner, ChangeLog.Entity.TRANSACTION, versions);
    java.util.Set<Transaction> stored = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    stored.addAll(fresh);
    return all.stream().map(stored::contains).toList();
  }

  /** Consecutive runs of requests whose JSON stays under {@code maxChars} (at least one request each). */
  static List<List<CategorizationRequested>> chunks(List<CategorizationRequested> requests, int maxChars) {
    List<List<CategorizationRequested>> chunks = new java.util.ArrayList<>();
    List<CategorizationRequested> current = new java.util.ArrayList<>();
    int size = 0;
    for (CategorizationRequested request : requests) {
      int cost = REQUEST_OVERHEAD_CHARS + jsonChars(request.merchantName()) + jsonChars(request.description());
      if (!current.isEmpty() && (size + cost > maxChars || current.size() == CategorizationBatchRequested.MAX_REQUESTS)) {
        chunks.add(current);
        current = new java.util.ArrayList<>();
        size = 0;
      }
      current.add(request);
      size += cost;
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  /** The characters a text takes as a JSON string: quotes and backslashes escaped, control characters as \\u. */
  private static int jsonChars(String text) {
    if (text == null) {
      return 4;
    }
    int chars = 2;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      chars += c == '"' || c == '\\' ? 2 : c < 0x20 ? 6 : 1;
    }
    return chars;
  }
}
