package com.duskspendr.transactions.imports.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.imports.control.DuplicateDetector;
import com.duskspendr.transactions.imports.control.ParsedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stores one parsed statement: duplicates dropped, then the new lines in batches through the sink, with
 * the counts reported after each batch. The same run serves a small file in the request and a large one on
 * a worker, so both behave alike (duplicates, per-line failures); only where progress goes differs.
 */
final class ImportRun {

  /** Where the counts go after each batch (nowhere for a small file). */
  interface Progress {
    void reached(int processed, int imported, int duplicates);
  }

  /** What the run did, also when it stopped early. */
  record Outcome(int processed, int imported, int duplicates, List<LineFailure> failed, RuntimeException stoppedBy) {}

  private final ImportSink sink;
  private final int batchSize;

  ImportRun(ImportSink sink, int batchSize) {
    this.sink = sink;
    this.batchSize = batchSize;
  }

  Outcome run(AccountId owner, ParsedStatement parsed, Progress progress) {
    List<LineFailure> failed = new ArrayList<>(parsed.failures());
    int processed = parsed.failures().size();
    int imported = 0;
    int duplicates = 0;
    try {
      if (!parsed.lines().isEmpty()) {
        LocalDate from = parsed.lines().stream().map(ParsedLine::date).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = parsed.lines().stream().map(ParsedLine::date).max(Comparator.naturalOrder()).orElseThrow();
        DuplicateDetector.Split split = DuplicateDetector.split(parsed.lines(), sink.existing(owner, from, to));
        duplicates = split.duplicates().size();
        processed += duplicates;
        progress.reached(processed, imported, duplicates);
        List<ParsedLine> fresh = split.fresh();
        for (int start = 0; start < fresh.size(); start += batchSize) {
          List<ParsedLine> batch = fresh.subList(start, Math.min(fresh.size(), start + batchSize));
          StoredLines stored = sink.store(owner, batch);
          failed.addAll(stored.failed());
          imported += stored.stored();
          duplicates += stored.duplicates();
          processed += batch.size();
          progress.reached(processed, imported, duplicates);
        }
      }
    } catch (RuntimeException stopped) {
      failed.sort(Comparator.comparingInt(LineFailure::line));
      return new Outcome(processed, imported, duplicates, failed, stopped);
    }
    failed.sort(Comparator.comparingInt(LineFailure::line));
    return new Outcome(processed, imported, duplicates, failed, null);
  }
}
