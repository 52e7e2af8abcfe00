package com.duskspendr.transactions.imports.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.transactions.events.CategorizationBatchRequested;
import com.duskspendr.transactions.imports.control.CamtStatementParser;
import com.duskspendr.transactions.imports.control.CsvStatementParser;
import com.duskspendr.transactions.imports.control.QifStatementParser;
import com.duskspendr.transactions.imports.control.ImportLimits;
import com.duskspendr.transactions.imports.control.OfxStatementParser;
import com.duskspendr.transactions.imports.control.ParsedStatement;
import com.duskspendr.transactions.imports.control.StatementException;
import com.duskspendr.transactions.imports.control.StatementText;
import com.duskspendr.transactions.imports.entity.StatementImportRepository;
import com.duskspendr.users.boundary.ProfileService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parse, drop duplicates, hand the rest to the ledger in batches. NOT_SUPPORTED: parsing needs no
 * transaction, and the sink stores each batch in a transaction of its own, so that a large file never holds
 * one long transaction and a refused line does not roll back the others.
 *
 * <p>Files of more than {@code duskspendr.import.sync-max-lines} lines run on {@link ImportWorkers}: the
 * upload answers as soon as the file is read, with an import record whose counts move after each batch.
 * Each user has at most {@code duskspendr.import.max-in-flight-per-user} of them queued or running.
 *
 * <p>Two imports of the same file running at the same moment could both find a line new; the ledger's
 * unique (user, external id) constraint is what finally keeps that from storing it twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultStatementImport implements StatementImport {

  private static final Logger LOG = Logger.getLogger(DefaultStatementImport.class.getName());

  @Inject Instance<ImportSink> sinks;
  @Inject ProfileService profiles;
  @Inject StatementImportRepository imports;
  @Inject ImportWorkers workers;

  @Inject
  @ConfigProperty(name = "duskspendr.import.max-bytes", defaultValue = "5242880")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "duskspendr.import.max-lines", defaultValue = "10000")
  int maxLines;

  @Inject
  @ConfigProperty(name = "duskspendr.import.sync-max-lines", defaultValue = "500")
  int syncMaxLines;

  @Inject
  @ConfigProperty(name = "duskspendr.import.batch-size", defaultValue = "500")
  int batchSize;

  @Inject
  @ConfigProperty(name = "duskspendr.import.max-in-flight-per-user", defaultValue = "2")
  int maxInFlightPerUser;

  @Inject
  @ConfigProperty(name = "duskspendr.import.retry-after", defaultValue = "PT10S")
  Duration retryAfter;

  @Inject
  @ConfigProperty(name = "duskspendr.import.stale-after", defaultValue = "PT10M")
  Duration staleAfter;

  @Override
  public ImportReport importStatement(AccountId owner, StatementUpload upload) {
    ParsedStatement parsed = parse(owner, upload);
    return finished(runNow(owner, parsed)).report();
  }

  @Override
  public ImportProgress start(AccountId owner, StatementUpload upload) {
    ParsedStatement parsed = parse(owner, upload);
    int total = parsed.lines().size() + parsed.failures().size();
    if (total <= syncMaxLines) {
      return finished(runNow(owner, parsed));
    }
    UUID id = imports.open(owner.value(), total, maxInFlightPerUser, staleAfter)
        .orElseThrow(() -> new TooManyImportsException(maxInFlightPerUser, retryAfter));
    ImportRun run = new ImportRun(sink(), batchSize());
    workers.submit(() -> runInBackground(id, owner, parsed, run));
    return imports.find(owner.value(), id, staleAfter).orElseThrow();
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ImportProgress progress(AccountId owner, UUID importId) {
    return imports.find(owner.value(), importId, staleAfter)
        .orElseThrow(() -> new RecordNotFoundException("Import"));
  }

  /** On a worker thread: only the injected proxies are used, never this (pooled) instance's own state. */
  private void runInBackground(UUID id, AccountId owner, ParsedStatement parsed, ImportRun run) {
    ImportRun.Outcome outcome = run.run(owner, parsed, (processed, imported, duplicates) ->
        imports.progress(id, processed, imported, duplicates));
    if (outcome.stoppedBy() == null) {
      imports.finish(id, ImportStatus.DONE, outcome.processed(), outcome.imported(), outcome.duplicates(),
          outcome.failed(), null);
      return;
    }
    LOG.log(Level.WARNING, "Statement import " + id + " stopped after " + outcome.processed() + " lines",
        outcome.stoppedBy());
    imports.finish(id, ImportStatus.FAILED, outcome.processed(), outcome.imported(), outcome.duplicates(),
        outcome.failed(), "The import stopped after " + outcome.processed() + " lines; import the file again:"
            + " the lines already stored are skipped as duplicates");
  }

  private ImportRun.Outcome runNow(AccountId owner, ParsedStatement parsed) {
    ImportRun.Outcome outcome =
        new ImportRun(sink(), batchSize()).run(owner, parsed, (processed, imported, duplicates) -> {});
    if (outcome.stoppedBy() != null) {
      throw outcome.stoppedBy();
    }
    return outcome;
  }

  private static ImportProgress finished(ImportRun.Outcome outcome) {
    return new ImportProgress(null, ImportStatus.DONE, outcome.processed(), outcome.processed(), outcome.imported(),
        outcome.duplicates(), outcome.failed(), null, null, null);
  }

  private ParsedStatement parse(AccountId owner, StatementUpload upload) {
    CsvOptions csv = upload.csv().defaultCurrency() != null
        ? upload.csv()
        : withCurrency(upload.csv(), profiles.profileOf(owner).preferences().currency());
    return parse(upload, csv, new ImportLimits(maxBytes, maxLines));
  }

  /** A batch is also one categorization request, which carries at most MAX_REQUESTS. */
  private int batchSize() {
    return Math.min(CategorizationBatchRequested.MAX_REQUESTS, Math.max(1, batchSize));
  }

  private ImportSink sink() {
    if (sinks.isUnsatisfied()) {
      throw new IllegalStateException("No ImportSink is deployed: the ledger provides it");
    }
    return sinks.get();
  }

  /** Whole-file problems become a 400 naming the file or the option at fault. */
  static ParsedStatement parse(StatementUpload upload, CsvOptions csv, ImportLimits limits) {
    byte[] content = upload.content();
    if (content.length > limits.maxBytes()) {
      throw InvalidInputException.of("file", "is larger than " + limits.maxBytes() + " bytes; split it");
    }
    if (content.length == 0) {
      throw InvalidInputException.of("file", "is empty");
    }
    try {
      StatementFormat format = upload.format();
      if (format == StatementFormat.DETECT) {
        format = OfxStatementParser.looksLikeOfx(content) ? StatementFormat.OFX
            : CamtStatementParser.looksLikeCamt(content) ? StatementFormat.CAMT053
            : StatementFormat.CSV;
      }
      return switch (format) {
        case OFX -> new OfxStatementParser(limits).parse(content, csv.defaultCurrency());
        case CAMT053 -> new CamtStatementParser(limits).parse(content);
        case QIF -> qif(StatementText.decode(content, upload.charset()), upload, csv, limits);
        case CSV, DETECT -> {
          String text = StatementText.decode(content, upload.charset());
          yield upload.format() == StatementFormat.DETECT && QifStatementParser.looksLikeQif(text)
              ? qif(text, upload, csv, limits)
              : new CsvStatementParser(limits).parse(text, csv);
        }
      };
    } catch (StatementException unreadable) {
      throw InvalidInputException.of(unreadable.field(), unreadable.issue());
    }
  }

  private static ParsedStatement qif(String text, StatementUpload upload, CsvOptions csv, ImportLimits limits) {
    String currency = CsvStatementParser.currencyOrNull(csv.defaultCurrency());
    if (currency == null) {
      throw new StatementException("currency", "is not an ISO 4217 currency code");
    }
    QifStatementParser.DateOrder order = null;
    if (upload.dateOrder() != null) {
      order = switch (upload.dateOrder().strip().toUpperCase(java.util.Locale.ROOT)) {
        case "MDY", "US", "MONTH_FIRST" -> QifStatementParser.DateOrder.MONTH_FIRST;
        case "DMY", "DAY_FIRST" -> QifStatementParser.DateOrder.DAY_FIRST;
        default -> throw new StatementException("dateOrder", "must be MDY (month first, US) or DMY (day first)");
      };
    }
    return new QifStatementParser(limits).parse(text, currency, order, csv.decimalSeparator());
  }

  private static CsvOptions withCurrency(CsvOptions o, String currency) {
    return new CsvOptions(o.dateColumn(), o.amountColumn(), o.debitColumn(), o.creditColumn(), o.merchantColumn(),
        o.descriptionColumn(), o.externalIdColumn(), o.currencyColumn(), o.dateFormat(), o.decimalSeparator(),
        o.delimiter(), currency);
  }
}
