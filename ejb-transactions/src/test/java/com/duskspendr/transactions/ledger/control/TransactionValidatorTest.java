package com.duskspendr.transactions.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.transactions.ledger.boundary.NewTransaction;
import com.duskspendr.transactions.ledger.boundary.Source;
import com.duskspendr.transactions.ledger.boundary.TransactionListRequest;
import com.duskspendr.transactions.ledger.boundary.TransactionPatch;
import com.duskspendr.transactions.ledger.entity.TransactionCriteria;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TransactionValidatorTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneOffset.UTC);
  private final TransactionValidator validator = new TransactionValidator(CLOCK);
  private final Supplier<String> usd = () -> "USD";
  private final UUID user = UUID.randomUUID();

  /** Knows food_and_drink and its two subcategories, plus income. */
  private final Categories categories = new Categories() {
    @Override
    public boolean exists(String id) {
      return Set.of("food_and_drink", "food_and_drink.groceries", "food_and_drink.coffee", "income").contains(id);
    }

    @Override
    public Set<String> withDescendants(String id) {
      return id.equals("food_and_drink") ? Set.of("food_and_drink", "food_and_drink.groceries", "food_and_drink.coffee") : Set.of(id);
    }
  };

  private static NewTransaction minimal(String amount, String date) {
    return new NewTransaction(null, amount == null ? null : new BigDecimal(amount), null, date, null, null, null, null,
        null, null, null, null);
  }

  private static NewTransaction with(String field, Object value) {
    String amount = "-12.50";
    String currency = null;
    String date = "2025-06-01";
    String id = null, bookedAt = null, merchant = null, description = null, category = null, source = null, notes = null, externalId = null;
    List<String> tags = null;
    switch (field) {
      case "id" -> id = (String) value;
      case "amount" -> amount = (String) value;
      case "currency" -> currency = (String) value;
      case "date" -> date = (String) value;
      case "bookedAt" -> bookedAt = (String) value;
      case "merchantName" -> merchant = (String) value;
      case "description" -> description = (String) value;
      case "categoryId" -> category = (String) value;
      case "source" -> source = (String) value;
      case "notes" -> notes = (String) value;
      case "externalId" -> externalId = (String) value;
      case "tags" -> {
        @SuppressWarnings("unchecked")
        List<String> given = (List<String>) value;
        tags = given;
      }
      default -> throw new IllegalArgumentException(field);
    }
    return new NewTransaction(id, amount == null ? null : new BigDecimal(amount), currency, date, bookedAt, merchant,
        description, category, source, notes, tags, externalId);
  }

  private List<String> fieldsOf(NewTransaction input) {
    var thrown = assertThrows(InvalidInputException.class, () -> validator.validate(input, usd, categories));
    return thrown.issues().stream().map(FieldIssue::field).toList();
  }

  private void assertRejected(String field, Object value) {
    assertRejected(field, value, field);
  }

  private void assertRejected(String field, Object value, String reportedAs) {
    assertEquals(List.of(reportedAs), fieldsOf(with(field, value)), field + " = " + value);
  }

  @Test
  void aMinimalTransactionGetsTheDefaults() {
    ValidNewTransaction valid = validator.validate(minimal("-12.5", "2025-06-01"), usd, categories);
    assertNull(valid.id());
    assertEquals("USD", valid.currency());
    assertEquals(Source.MANUAL, valid.source());
    assertEquals(List.of(), valid.tags());
    assertEquals(LocalDate.of(2025, 6, 1), valid.date());
  }

  @Test
  void theDefaultCurrencyIsAskedForOnlyWhenNoneIsGiven() {
    Supplier<String> failing = () -> {
      throw new AssertionError("must not ask");
    };
    assertEquals("EUR", validator.validate(with("currency", "eur"), failing, categories).currency());
    assertEquals("JPY", validator.validate(minimal("500", "2025-06-01"), () -> "JPY", categories).currency());
  }

  @Test
  void amountIsRequiredNotZeroWithinRangeAndFitsTheCurrency() {
    assertEquals(List.of("amount"), fieldsOf(minimal(null, "2025-06-01")));
    assertRejected("amount", "0");
    assertRejected("amount", "0.000");
    assertRejected("amount", "1000000000.01");
    assertRejected("amount", "-1000000000.01");
    assertRejected("amount", "1.001");
    validator.validate(with("amount", "1000000000"), usd, categories);
    validator.validate(with("amount", "-1000000000"), usd, categories);
    validator.validate(with("amount", "1.100"), usd, categories);
    assertEquals(List.of("amount"), fieldsOf(new NewTransaction(null, new BigDecimal("1.5"), "JPY", "2025-06-01",
        null, null, null, null, null, null, null, null)));
    validator.validate(new NewTransaction(null, new BigDecimal("1.234"), "KWD", "2025-06-01", null, null, null, null,
        null, null, null, null), usd, categories);
  }

  @Test
  void currencyMustBeIso4217() {
    assertRejected("currency", "ABC");
    assertRejected("currency", "US");
    assertRejected("currency", "US$");
  }

  @Test
  void dateIsRequiredFrom1970ToOneYearAhead() {
    assertEquals(List.of("date"), fieldsOf(minimal("1", null)));
    assertRejected("date", "1969-12-31");
    assertRejected("date", "2026-06-17");
    assertRejected("date", "2025-02-30");
    assertRejected("date", "15/06/2025");
    validator.validate(with("date", "1970-01-01"), usd, categories);
    validator.validate(with("date", "2026-06-15"), usd, categories);
  }

  @Test
  void bookedAtIsAnOffsetDateTimeInRange() {
    assertRejected("bookedAt", "2025-06-01T10:00:00");
    assertRejected("bookedAt", "1960-01-01T00:00:00Z");
    assertEquals(Instant.parse("2025-06-01T08:00:00Z"),
        validator.validate(with("bookedAt", "2025-06-01T10:00:00+02:00"), usd, categories).bookedAt().toInstant());
  }

  @Test
  void textsAreTrimmedCappedAndSingleLineWhereTheyShouldBe() {
    assertRejected("merchantName", "m".repeat(201));
    assertRejected("merchantName", "two\nlines");
    assertRejected("description", "d".repeat(501));
    assertRejected("notes", "n".repeat(2001));
    assertRejected("notes", "bell\u0007");
    assertRejected("externalId", "e".repeat(201));
    assertEquals("Café", validator.validate(with("merchantName", "  Café  "), usd, categories).merchantName());
    assertNull(validator.validate(with("merchantName", "   "), usd, categories).merchantName());
    assertEquals("line one\nline two", validator.validate(with("notes", "line one\nline two"), usd, categories).notes());
    // code points, not UTF-16 units: 200 emoji fit
    validator.validate(with("merchantName", "\uD83D\uDE00".repeat(200)), usd, categories);
  }

  @Test
  void idMustBeAUuid() {
    assertRejected("id", "not-a-uuid");
    assertRejected("id", "1-1-1-1-1");
    UUID id = UUID.randomUUID();
    assertEquals(id, validator.validate(with("id", id.toString().toUpperCase()), usd, categories).id());
  }

  @Test
  void categoryMustBeKnownAndSourceOneOfTheFour() {
    assertRejected("categoryId", "food_and_drink.caviar");
    assertRejected("categoryId", "x".repeat(101));
    assertEquals("food_and_drink.coffee",
        validator.validate(with("categoryId", "food_and_drink.coffee"), usd, categories).categoryId());
    assertRejected("source", "telepathy");
    assertRejected("source", "MANUAL");
    assertEquals(Source.BANK_IMPORT, validator.validate(with("source", "bank_import"), usd, categories).source());
  }

  @Test
  void tagsAreAtMostTwentyShortDistinctLines() {
    assertRejected("tags", IntStream.range(0, 21).mapToObj(i -> "t" + i).toList());
    assertRejected("tags", List.of("ok", "t".repeat(33)), "tags[1]");
    assertRejected("tags", List.of(" "), "tags[0]");
    assertRejected("tags", List.of("two\nlines"), "tags[0]");
    assertRejected("tags", Collections.singletonList((String) null), "tags[0]");
    assertEquals(List.of("a", "b"), validator.validate(with("tags", List.of(" a", "b", "a ")), usd, categories).tags());
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    var input = new NewTransaction("x", BigDecimal.ZERO, "XYZ", "yesterday", "soon", "m".repeat(300), null, "nope",
        "mail", null, List.of(""), null);
    assertEquals(List.of("id", "currency", "amount", "date", "bookedAt", "merchantName", "categoryId", "source", "tags[0]"),
        fieldsOf(input));
  }

  @Test
  void aPatchValidatesOnlyWhatItChangesAgainstTheKeptValues() {
    ValidChanges none = validator.validate(
        new TransactionPatch(null, null, null, null, null, null, null, null, null), new BigDecimal("-1.50"), "USD", categories);
    assertNull(none.amount());
    assertNull(none.categoryId());

    var toJpy = new TransactionPatch(null, "JPY", null, null, null, null, null, null, null);
    var thrown = assertThrows(InvalidInputException.class,
        () -> validator.validate(toJpy, new BigDecimal("-1.50"), "USD", categories));
    assertEquals("currency", thrown.issues().get(0).field());
    validator.validate(toJpy, new BigDecimal("-150.00"), "USD", categories);

    var cleared = validator.validate(new TransactionPatch(null, null, null, "", "", " ", "", "", List.of()),
        new BigDecimal("-1"), "USD", categories);
    assertNull(cleared.merchantName().value());
    assertNull(cleared.categoryId().value());
    assertNull(cleared.bookedAt().value());
    assertEquals(List.of(), cleared.tags().value());

    var bad = new TransactionPatch(BigDecimal.ZERO, null, "1900-01-01", null, null, null, "nope", null, null);
    var issues = assertThrows(InvalidInputException.class,
        () -> validator.validate(bad, BigDecimal.ONE, "USD", categories)).issues();
    assertEquals(List.of("amount", "date", "categoryId"), issues.stream().map(FieldIssue::field).toList());
  }

  @Test
  void listParametersAreCheckedAndTyped() {
    var cursor = new KeysetCursor(LocalDate.of(2025, 1, 2), UUID.randomUUID());
    TransactionCriteria criteria = validator.validate(user, new TransactionListRequest("2025-01-01", "2025-01-31",
        "food_and_drink", "-50", "-1", " Coffee ", "sms", "trip", cursor.encode(), "10"), categories);
    assertEquals(Set.of("food_and_drink", "food_and_drink.groceries", "food_and_drink.coffee"), criteria.categoryIds());
    assertEquals("Coffee", criteria.text());
    assertEquals("sms", criteria.source());
    assertEquals(cursor.id(), criteria.afterId());
    assertEquals(10, criteria.limit());
    assertEquals(50, validator.validate(user, TransactionListRequest.firstPage(), categories).limit());

    var bad = new TransactionListRequest("2025-02-01", "2025-01-01", "nope", "x", "-1e10", "q".repeat(201), "mail",
        "t".repeat(33), "garbage", "201");
    var issues = assertThrows(InvalidInputException.class, () -> validator.validate(user, bad, categories)).issues();
    assertEquals(List.of("endDate", "categoryId", "minAmount", "maxAmount", "q", "source", "tag", "cursor", "limit"),
        issues.stream().map(FieldIssue::field).toList());
    for (String limit : List.of("0", "-1", "abc", "1.5")) {
      var request = new TransactionListRequest(null, null, null, null, null, null, null, null, null, limit);
      assertThrows(InvalidInputException.class, () -> validator.validate(user, request, categories), limit);
    }
    var minAboveMax = new TransactionListRequest(null, null, null, "5", "1", null, null, null, null, null);
    assertEquals("maxAmount", assertThrows(InvalidInputException.class,
        () -> validator.validate(user, minAboveMax, categories)).issues().get(0).field());
  }

  @Test
  void idempotencyKeysAreVisibleAsciiUpTo255() {
    assertNull(validator.idempotencyKey(null));
    assertEquals("abc-123", validator.idempotencyKey("abc-123"));
    validator.idempotencyKey("k".repeat(255));
    for (String bad : List.of("", "k".repeat(256), "with space", "é")) {
      var thrown = assertThrows(InvalidInputException.class, () -> validator.idempotencyKey(bad));
      assertEquals("Idempotency-Key", thrown.issues().get(0).field());
    }
  }
}
