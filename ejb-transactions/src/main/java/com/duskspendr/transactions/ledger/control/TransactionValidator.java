package com.duskspendr.transactions.ledger.control;

import com.duskspendr.transactions.ledger.boundary.NewTransaction;
import com.duskspendr.transactions.ledger.boundary.Source;
import com.duskspendr.transactions.ledger.boundary.TransactionListRequest;
import com.duskspendr.transactions.ledger.boundary.TransactionPatch;
import com.duskspendr.transactions.ledger.entity.TransactionCriteria;
import com.duskspendr.platform.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks every field of a request and reports every problem at once; produces typed, trimmed values. The
 * limits here are also the column sizes of V2__ledger.sql.
 */
public final class TransactionValidator {

  public static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1000000000");
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1970, 1, 1);
  public static final int MERCHANT_NAME_MAX = 200;
  public static final int DESCRIPTION_MAX = 500;
  public static final int NOTES_MAX = 2000;
  public static final int CATEGORY_ID_MAX = 100;
  public static final int EXTERNAL_ID_MAX = 200;
  public static final int TAGS_MAX = 20;
  public static final int TAG_MAX = 32;
  public static final int QUERY_MAX = 200;
  public static final int IDEMPOTENCY_KEY_MAX = 255;
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 200;

  private static final Pattern UUID_FORM =
      Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  private static final Pattern CURRENCY_FORM = Pattern.compile("^[A-Z]{3}$");
  private static final Pattern KEY_FORM = Pattern.compile("^[\\x21-\\x7e]+$");
  private static final Set<String> CURRENCIES =
      Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).collect(Collectors.toSet());
  private static final String SOURCES =
      Arrays.stream(Source.values()).map(Source::wireName).collect(Collectors.joining(", "));

  private final Clock clock;

  public TransactionValidator(Clock clock) {
    this.clock = clock;
  }

  /**
   * @param defaultCurrency asked only when the request names no currency
   */
  public ValidNewTransaction validate(NewTransaction in, Supplier<String> defaultCurrency, Categories categories) {
    Issues issues = new Issues();
    UUID id = in.id() == null ? null : uuid(in.id(), "id", issues);
    String currency = in.currency() == null ? defaultCurrency.get() : currency(in.currency(), "currency", issues);
    BigDecimal amount = amount(in.amount(), currency, "amount", issues, true);
    LocalDate date = date(in.date(), "date", issues, true);
    OffsetDateTime bookedAt = bookedAt(in.bookedAt(), issues);
    String merchantName = line(in.merchantName(), "merchantName", MERCHANT_NAME_MAX, issues);
    String description = line(in.description(), "description", DESCRIPTION_MAX, issues);
    String categoryId = category(in.categoryId(), categories, issues);
    Source source = in.source() == null ? Source.MANUAL : source(in.source(), "source", issues);
    String notes = text(in.notes(), "notes", NOTES_MAX, issues);
    List<String> tags = in.tags() == null ? List.of() : tags(in.tags(), issues);
    String externalId = line(in.externalId(), "externalId", EXTERNAL_ID_MAX, issues);
    issues.throwIfAny();
    return new ValidNewTransaction(
        id, amount, currency, date, bookedAt, merchantName, description, categoryId, source, notes, tags, externalId);
  }

  /**
   * @param currentAmount and currentCurrency: what the transaction holds, since a new currency must fit the
   *     kept amount and a new amount the kept currency
   */
  public ValidChanges validate(
      TransactionPatch in, BigDecimal currentAmount, String currentCurrency, Categories categories) {
    Issues issues = new Issues();
    Change<String> currency = in.currency() == null ? null : new Change<>(currency(in.currency(), "currency", issues));
    String effectiveCurrency = currency == null ? currentCurrency : currency.value();
    Change<BigDecimal> amount = null;
    if (in.amount() != null) {
      amount = new Change<>(amount(in.amount(), effectiveCurrency, "amount", issues, true));
    } else if (currency != null && effectiveCurrency != null && !fits(currentAmount, effectiveCurrency)) {
      issues.add("currency", "does not allow the transaction's amount (" + currentAmount.stripTrailingZeros().toPlainString() + ")");
    }
    Change<LocalDate> date = in.date() == null ? null : new Change<>(date(in.date(), "date", issues, true));
    Change<OffsetDateTime> bookedAt = in.bookedAt() == null ? null : new Change<>(bookedAt(in.bookedAt(), issues));
    Change<String> merchantName = textChange(in.merchantName(), "merchantName", MERCHANT_NAME_MAX, false, issues);
    Change<String> description = textChange(in.description(), "description", DESCRIPTION_MAX, false, issues);
    Change<String> notes = textChange(in.notes(), "notes", NOTES_MAX, true, issues);
    Change<String> categoryId = in.categoryId() == null ? null : new Change<>(category(in.categoryId(), categories, issues));
    Change<List<String>> tags = in.tags() == null ? null : new Change<>(tags(in.tags(), issues));
    issues.throwIfAny();
    return new ValidChanges(amount, currency, date, bookedAt, merchantName, description, categoryId, notes, tags);
  }

  /** The filters and page of a listing, for one user. */
  public TransactionCriteria validate(UUID userId, TransactionListRequest in, Categories categories) {
    Issues issues = new Issues();
    LocalDate startDate = in.startDate() == null ? null : date(in.startDate(), "startDate", issues, false);
    LocalDate endDate = in.endDate() == null ? null : date(in.endDate(), "endDate", issues, false);
    if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
      issues.add("endDate", "must not be before startDate");
    }
    Set<String> categoryIds = null;
    String categoryId = category(in.categoryId(), categories, issues);
    if (categoryId != null) {
      categoryIds = new LinkedHashSet<>(categories.withDescendants(categoryId));
      categoryIds.add(categoryId);
    }
    BigDecimal minAmount = decimal(in.minAmount(), "minAmount", issues);
    BigDecimal maxAmount = decimal(in.maxAmount(), "maxAmount", issues);
    if (minAmount != null && maxAmount != null && maxAmount.compareTo(minAmount) < 0) {
      issues.add("maxAmount", "must not be less than minAmount");
    }
    String text = line(in.q(), "q", QUERY_MAX, issues);
    Source source = in.source() == null ? null : source(in.source(), "source", issues);
    String tag = in.tag() == null ? null : tag(in.tag(), "tag", issues);
    KeysetCursor after = null;
    if (in.cursor() != null) {
      try {
        after = KeysetCursor.decode(in.cursor());
      } catch (IllegalArgumentException malformed) {
        issues.add("cursor", "is not a cursor from this API");
      }
    }
    int limit = limit(in.limit(), issues);
    issues.throwIfAny();
    return new TransactionCriteria(
        userId,
        startDate,
        endDate,
        categoryIds,
        minAmount,
        maxAmount,
        text,
        source == null ? null : source.wireName(),
        tag,
        after == null ? null : after.date(),
        after == null ? null : after.id(),
        limit);
  }

  /** The header's value, or a problem reported under the header's name. */
  public String idempotencyKey(String key) {
    if (key == null) {
      return null;
    }
    Issues issues = new Issues();
    if (key.isEmpty() || key.length() > IDEMPOTENCY_KEY_MAX || !KEY_FORM.matcher(key).matches()) {
      issues.add("Idempotency-Key", "must be 1 to " + IDEMPOTENCY_KEY_MAX + " visible ASCII characters");
    }
    issues.throwIfAny();
    return key;
  }

  private static UUID uuid(String text, String field, Issues issues) {
    if (!UUID_FORM.matcher(text).matches()) {
      issues.add(field, "must be a UUID");
      return null;
    }
    return UUID.fromString(text);
  }

  private static String currency(String text, String field, Issues issues) {
    String code = text.strip().toUpperCase(Locale.ROOT);
    if (!CURRENCY_FORM.matcher(code).matches() || !CURRENCIES.contains(code)) {
      issues.add(field, "must be an ISO 4217 currency code");
      return null;
    }
    return code;
  }

  private static BigDecimal amount(BigDecimal amount, String currency, String field, Issues issues, boolean required) {
    if (amount == null) {
      if (required) {
        issues.add(field, "is required");
      }
      return null;
    }
    if (amount.signum() == 0) {
      issues.add(field, "must not be zero");
      return null;
    }
    if (amount.abs().compareTo(AMOUNT_LIMIT) > 0) {
      issues.add(field, "must be between -1000000000 and 1000000000");
      return null;
    }
    if (currency != null && !fits(amount, currency)) {
      issues.add(field, "has more decimal places than " + currency + " allows ("
          + Money.minorDigits(currency) + ")");
      return null;
    }
    return amount;
  }

  private static boolean fits(BigDecimal amount, String currency) {
    return new Money(amount, Currency.getInstance(currency)).fitsMinorUnits();
  }

  private static BigDecimal decimal(String text, String field, Issues issues) {
    if (text == null) {
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(text.strip());
      if (value.abs().compareTo(AMOUNT_LIMIT) > 0) {
        issues.add(field, "must be between -1000000000 and 1000000000");
        return null;
      }
      return value;
    } catch (NumberFormatException malformed) {
      issues.add(field, "must be a decimal number");
      return null;
    }
  }

  private LocalDate date(String text, String field, Issues issues, boolean required) {
    if (text == null) {
      if (required) {
        issues.add(field, "is required");
      }
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.strip());
    } catch (DateTimeParseException malformed) {
      issues.add(field, "must be an ISO date (YYYY-MM-DD)");
      return null;
    }
    if (date.isBefore(EARLIEST_DATE) || date.isAfter(latestDate())) {
      issues.add(field, "must be between " + EARLIEST_DATE + " and one year from today");
      return null;
    }
    return date;
  }

  /** One year ahead of the latest "today" anywhere on earth, so no user's local date is refused early. */
  private LocalDate latestDate() {
    return LocalDate.now(clock.withZone(ZoneOffset.MAX)).plusYears(1);
  }

  private OffsetDateTime bookedAt(String text, Issues issues) {
    if (text == null || text.isBlank()) {
      return null;
    }
    OffsetDateTime bookedAt;
    try {
      bookedAt = OffsetDateTime.parse(text.strip());
    } catch (DateTimeParseException malformed) {
      issues.add("bookedAt", "must be an ISO-8601 date-time with an offset (2024-05-01T12:30:00Z)");
      return null;
    }
    LocalDate day = bookedAt.toLocalDate();
    if (day.isBefore(EARLIEST_DATE) || day.isAfter(latestDate())) {
      issues.add("bookedAt", "must be between " + EARLIEST_DATE + " and one year from today");
      return null;
    }
    return bookedAt;
  }

  private static Source source(String text, String field, Issues issues) {
    return Source.fromWireName(text.strip())
        .orElseGet(() -> {
          issues.add(field, "must be one of " + SOURCES);
          return null;
        });
  }

  private static String category(String text, Categories categories, Issues issues) {
    String id = text == null ? null : text.strip();
    if (id == null || id.isEmpty()) {
      return null;
    }
    if (id.length() > CATEGORY_ID_MAX || !categories.exists(id)) {
      issues.add("categoryId", "is not a known category");
      return null;
    }
    return id;
  }

  private static List<String> tags(List<String> given, Issues issues) {
    if (given.size() > TAGS_MAX) {
      issues.add("tags", "must not have more than " + TAGS_MAX + " tags");
      return null;
    }
    Set<String> tags = new LinkedHashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String tag = tag(given.get(i), "tags[" + i + "]", issues);
      if (tag != null) {
        tags.add(tag);
      }
    }
    return new ArrayList<>(tags);
  }

  private static String tag(String given, String field, Issues issues) {
    String tag = given == null ? "" : given.strip();
    if (tag.isEmpty() || length(tag) > TAG_MAX || hasForbidden(tag, false)) {
      issues.add(field, "must be 1 to " + TAG_MAX + " characters on one line");
      return null;
    }
    return tag;
  }

  private static int limit(String text, Issues issues) {
    if (text == null) {
      return DEFAULT_PAGE_SIZE;
    }
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit >= 1 && limit <= MAX_PAGE_SIZE) {
        return limit;
      }
    } catch (NumberFormatException malformed) {
      // reported below
    }
    issues.add("limit", "must be a whole number from 1 to " + MAX_PAGE_SIZE);
    return DEFAULT_PAGE_SIZE;
  }

  /** A one-line text: trimmed, empty means absent. */
  private static String line(String text, String field, int max, Issues issues) {
    return checked(text, field, max, false, issues);
  }

  /** A multi-line text: trimmed, empty means absent. */
  private static String text(String text, String field, int max, Issues issues) {
    return checked(text, field, max, true, issues);
  }

  private static Change<String> textChange(String text, String field, int max, boolean multiline, Issues issues) {
    return text == null ? null : new Change<>(checked(text, field, max, multiline, issues));
  }

  private static String checked(String text, String field, int max, boolean multiline, Issues issues) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    if (value.isEmpty()) {
      return null;
    }
    if (length(value) > max) {
      issues.add(field, "must not be longer than " + max + " characters");
      return null;
    }
    if (hasForbidden(value, multiline)) {
      issues.add(field, multiline ? "must not contain control characters" : "must be on one line, without control characters");
      return null;
    }
    return value;
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private static boolean hasForbidden(String text, boolean multiline) {
    return text.codePoints().anyMatch(c -> {
      if (multiline && (c == '\n' || c == '\t' || c == '\r')) {
        return false;
      }
      int type = Character.getType(c);
      return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    });
  }
}
