package com.duskspendr.transactions.imports.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.transactions.imports.control.CsvStatementParser;
import com.duskspendr.transactions.imports.control.DuplicateDetector;
import com.duskspendr.transactions.imports.control.ImportLimits;
import com.duskspendr.transactions.imports.control.OfxStatementParser;
import com.duskspendr.transactions.imports.control.ParsedStatement;
import com.duskspendr.transactions.imports.control.StatementException;
import com.duskspendr.transactions.imports.control.StatementText;
import com.duskspendr.users.boundary.ProfileService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parse, drop duplicates, hand the rest to the ledger. NOT_SUPPORTED: parsing needs no transaction, and
 * the sink stores each line in transactions of its own, so that one refused line does not roll back the
 * others and a large file never holds one long transaction.
 *
 * <p>Two imports of the same file running at the same moment could both find a line new; the ledger's
 * unique (user, external id) constraint is what finally keeps that from storing it twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultStatementImport implements StatementImport {

  @Inject Instance<ImportSink> sinks;
  @Inject ProfileService profiles;

  @Inject
  @ConfigProperty(name = "duskspendr.import.max-bytes", defaultValue = "5242880")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "duskspendr.import.max-lines", defaultValue = "10000")
  int maxLines;

  @Override
  public ImportReport importStatement(AccountId owner, StatementUpload upload) {
    CsvOptions csv = upload.csv().defaultCurrency() != null
        ? upload.csv()
        : withCurrency(upload.csv(), profiles.profileOf(owner).preferences().currency());
    ParsedStatement parsed = parse(upload, csv, new ImportLimits(maxBytes, maxLines));
    if (parsed.lines().isEmpty()) {
      return new ImportReport(0, 0, parsed.failures());
    }
    if (sinks.isUnsatisfied()) {
      throw new IllegalStateException("No ImportSink is deployed: the ledger provides it");
    }
    ImportSink sink = sinks.get();
    LocalDate from = parsed.lines().stream().map(ParsedLine::date).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate to = parsed.lines().stream().map(ParsedLine::date).max(Comparator.naturalOrder()).orElseThrow();
    DuplicateDetector.Split split = DuplicateDetector.split(parsed.lines(), sink.existing(owner, from, to));
    List<LineFailure> refused = split.fresh().isEmpty() ? List.of() : sink.store(owner, split.fresh());
    List<LineFailure> failed = new ArrayList<>(parsed.failures());
    failed.addAll(refused);
    failed.sort(Comparator.comparingInt(LineFailure::line));
    return new ImportReport(split.fresh().size() - refused.size(), split.duplicates().size(), failed);
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
    boolean ofx = switch (upload.format()) {
      case OFX -> true;
      case CSV -> false;
      case DETECT -> OfxStatementParser.looksLikeOfx(content);
    };
    try {
      return ofx
          ? new OfxStatementParser(limits).parse(content, csv.defaultCurrency())
          : new CsvStatementParser(limits).parse(StatementText.decode(content), csv);
    } catch (StatementException unreadable) {
      throw InvalidInputException.of(unreadable.field(), unreadable.issue());
    }
  }

  private static CsvOptions withCurrency(CsvOptions o, String currency) {
    return new CsvOptions(o.dateColumn(), o.amountColumn(), o.debitColumn(), o.creditColumn(), o.merchantColumn(),
        o.descriptionColumn(), o.externalIdColumn(), o.currencyColumn(), o.dateFormat(), o.decimalSeparator(),
        o.delimiter(), currency);
  }
}
