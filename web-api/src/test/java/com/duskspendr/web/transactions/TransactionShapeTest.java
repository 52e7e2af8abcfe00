package com.duskspendr.web.transactions;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.ledger.boundary.Categorization;
import com.duskspendr.transactions.ledger.boundary.CategorizationStatus;
import com.duskspendr.transactions.ledger.boundary.RecordedTransaction;
import com.duskspendr.transactions.ledger.boundary.Source;
import com.duskspendr.transactions.ledger.boundary.Suggestion;
import com.duskspendr.web.api.ApiJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.duskspendr.web.envelope.EnvelopeFactory;
import com.duskspendr.web.sync.ChangeItem;
import java.time.Clock;

/**
 * A transaction's JSON is written by hand (TransactionJson) for speed; it must stay byte for byte what JSON-B's
 * reflective binding of TransactionResponse wrote before (these strings were captured from it), since clients
 * and the sync feed's stored copies depend on it, and the same whether it comes alone, in a page or in a feed.
 */
class TransactionShapeTest {

  static final String PENDING_AS_BOUND_BEFORE =
      "{\"id\":\"0b7e1c4e-3f7a-4c55-9a55-2f0d1f3c9a01\",\"amount\":\"-42.10\",\"currency\":\"EUR\",\"date\":\"2024-06-02\",\"bookedAt\":\"2024-06-02T06:15:30.5Z\",\"merchantName\":\"Blue \\\"Bottle\\\"\",\"description\":\"flat\\nwhite\",\"categoryId\":null,\"source\":\"bank_import\",\"notes\":null,\"tags\":[\"coffee\",\"a, b\"],\"externalId\":\"ext-1\",\"categorization\":{\"status\":\"pending\",\"confidence\":0.41,\"modelVersion\":\"seed-3\",\"suggestions\":[{\"categoryId\":\"food_and_drink.coffee\",\"confidence\":0.41},{\"categoryId\":\"shopping\",\"confidence\":0.2}]},\"version\":3,\"createdAt\":\"2024-06-02T06:15:30Z\",\"updatedAt\":\"2025-01-02T03:04:05.123456Z\",\"ownShare\":null}";
  static final String MANUAL_AS_BOUND_BEFORE =
      "{\"id\":\"0b7e1c4e-3f7a-4c55-9a55-2f0d1f3c9a02\",\"amount\":\"1000\",\"currency\":\"JPY\",\"date\":\"2024-01-01\",\"bookedAt\":null,\"merchantName\":null,\"description\":null,\"categoryId\":\"income\",\"source\":\"manual\",\"notes\":\"né\",\"tags\":[],\"externalId\":null,\"categorization\":{\"status\":\"manual\",\"confidence\":null,\"modelVersion\":null,\"suggestions\":[]},\"version\":1,\"createdAt\":\"2024-06-02T06:15:30.000001+02:00\",\"updatedAt\":\"2024-06-02T06:15:00Z\",\"ownShare\":null}";

  @Test
  void writesExactlyWhatTheReflectiveBindingWrote() {
    var pending = new RecordedTransaction(UUID.fromString("0b7e1c4e-3f7a-4c55-9a55-2f0d1f3c9a01"),
        new AccountId(UUID.randomUUID()), new BigDecimal("-42.10"), "EUR", LocalDate.of(2024, 6, 2),
        OffsetDateTime.parse("2024-06-02T06:15:30.5Z"), "Blue \"Bottle\"", "flat\nwhite", null, Source.BANK_IMPORT,
        null, List.of("coffee", "a, b"), "ext-1",
        new Categorization(CategorizationStatus.PENDING, new BigDecimal("0.41"), "seed-3",
            List.of(new Suggestion("food_and_drink.coffee", new BigDecimal("0.410")), new Suggestion("shopping", new BigDecimal("0.2")))),
        3, OffsetDateTime.parse("2024-06-02T06:15:30Z"), OffsetDateTime.parse("2025-01-02T03:04:05.123456Z"), null);
    var manual = new RecordedTransaction(UUID.fromString("0b7e1c4e-3f7a-4c55-9a55-2f0d1f3c9a02"),
        new AccountId(UUID.randomUUID()), new BigDecimal("1000"), "JPY", LocalDate.of(2024, 1, 1),
        null, null, null, "income", Source.MANUAL, "n\u00e9", List.of(), null,
        new Categorization(CategorizationStatus.MANUAL, null, null), 1,
        OffsetDateTime.parse("2024-06-02T06:15:30.000001+02:00"), OffsetDateTime.parse("2024-06-02T06:15:00Z"), null);
    assertEquals(PENDING_AS_BOUND_BEFORE, ApiJson.jsonb().toJson(TransactionResponse.from(pending)));
    assertEquals(MANUAL_AS_BOUND_BEFORE, ApiJson.jsonb().toJson(TransactionResponse.from(manual)));
    // inside an envelope's list and as a feed item's Object-typed data, the same writer is used
    String page = ApiJson.jsonb().toJson(new EnvelopeFactory(Clock.systemUTC())
        .page("rid", List.of(TransactionResponse.from(pending), TransactionResponse.from(manual)), null));
    assertTrue(page.startsWith("{\"success\":true,\"data\":[" + PENDING_AS_BOUND_BEFORE + "," + MANUAL_AS_BOUND_BEFORE + "],"), page);
    String feed = ApiJson.jsonb().toJson(new ChangeItem("transaction", "upsert", "x", 1, TransactionResponse.from(manual)));
    assertEquals("{\"entity\":\"transaction\",\"op\":\"upsert\",\"id\":\"x\",\"version\":1,\"data\":" + MANUAL_AS_BOUND_BEFORE + "}", feed);
  }
}
