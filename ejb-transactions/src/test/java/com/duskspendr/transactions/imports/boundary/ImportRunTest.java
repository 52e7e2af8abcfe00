package com.duskspendr.transactions.imports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.imports.control.ParsedStatement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportRunTest {

  private static final AccountId OWNER = new AccountId(UUID.randomUUID());

  /** Stores everything but lines with an amount of -13, and remembers the batches it was given. */
  private static final class RecordingSink implements ImportSink {
    final List<Integer> batchSizes = new ArrayList<>();
    final List<StoredTransactionKey> stored = new ArrayList<>();
    RuntimeException failOnSecondBatch;
    int batches;

    @Override
    public Collection<StoredTransactionKey> existing(AccountId owner, LocalDate from, LocalDate to) {
      return stored;
    }

    @Override
    public StoredLines store(AccountId owner, List<ParsedLine> lines) {
      if (failOnSecondBatch != null && ++batches == 2) {
        throw failOnSecondBatch;
      }
      batchSizes.add(lines.size());
      List<LineFailure> refused = lines.stream()
          .filter(l -> l.amount().compareTo(new BigDecimal("-13")) == 0)
          .map(l -> new LineFailure(l.line(), "amount is unlucky"))
          .toList();
      return new StoredLines(lines.size() - refused.size(), 0, refused);
    }
  }

  private static ParsedLine line(int number, String amount, String externalId) {
    return new ParsedLine(number, LocalDate.of(2024, 1, 1 + number % 28), new BigDecimal(amount), "EUR", "Shop", null,
        externalId);
  }

  /** Lines 2 to lines + 1, the one of index 5 refused by the sink; line 1000 could not be read. */
  private static ParsedStatement statement(int lines) {
    List<ParsedLine> parsed = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      parsed.add(line(i + 2, i == 5 ? "-13" : "-" + (i + 1), "id" + i));
    }
    return new ParsedStatement(parsed, List.of(new LineFailure(1000, "unreadable date")));
  }

  @Test
  void storesInBatchesAndReportsProgressAfterEach() {
    RecordingSink sink = new RecordingSink();
    sink.stored.add(new StoredTransactionKey("id3",
        new DuplicateKey(LocalDate.of(1999, 1, 1), BigDecimal.ONE, "EUR", "elsewhere")));
    List<String> progress = new ArrayList<>();

    ImportRun.Outcome outcome = new ImportRun(sink, 4).run(OWNER, statement(10),
        (processed, imported, duplicates) -> progress.add(processed + "/" + imported + "/" + duplicates));

    assertEquals(List.of(4, 4, 1), sink.batchSizes, "9 new lines in batches of 4");
    assertEquals(List.of("2/0/1", "6/4/1", "10/7/1", "11/8/1"), progress);
    assertEquals(11, outcome.processed());
    assertEquals(8, outcome.imported());
    assertEquals(1, outcome.duplicates());
    assertEquals(List.of(7, 1000), outcome.failed().stream().map(LineFailure::line).toList(), "in line order");
    assertNull(outcome.stoppedBy());
  }

  @Test
  void aBatchThatFailsStopsTheRunWithWhatWasStoredSoFar() {
    RecordingSink sink = new RecordingSink();
    sink.failOnSecondBatch = new IllegalStateException("database gone");

    ImportRun.Outcome outcome = new ImportRun(sink, 4).run(OWNER, statement(10), (p, i, d) -> {});

    assertSame(sink.failOnSecondBatch, outcome.stoppedBy());
    assertEquals(4, outcome.imported());
    assertEquals(5, outcome.processed(), "the unreadable line and the first batch");
  }
}
