package com.duskspendr.transactions.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.duskspendr.transactions.ledger.boundary.NewTransaction;
import com.duskspendr.transactions.ledger.entity.IdempotencyKeyRepository.StoredKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdempotencyDecisionTest {

  private static NewTransaction request(String amount, String merchant, List<String> tags) {
    return new NewTransaction(null, new BigDecimal(amount), "USD", "2024-05-01", null, merchant, null, null, null, null,
        tags, null);
  }

  @Test
  void aClaimedKeyCreates() {
    assertEquals(IdempotencyDecision.CREATE, IdempotencyDecision.decide(true, null, "h"));
  }

  @Test
  void theSameRequestReplaysAndAnotherConflicts() {
    String hash = RequestFingerprint.of(request("-1.50", "Kiosk", List.of()));
    var stored = new StoredKey(hash, UUID.randomUUID());
    assertEquals(IdempotencyDecision.REPLAY, IdempotencyDecision.decide(false, stored, hash));
    assertEquals(IdempotencyDecision.CONFLICT,
        IdempotencyDecision.decide(false, stored, RequestFingerprint.of(request("-1.51", "Kiosk", List.of()))));
    assertEquals(IdempotencyDecision.CONFLICT, IdempotencyDecision.decide(false, null, hash));
  }

  @Test
  void theFingerprintIgnoresHowTheAmountIsWrittenButNothingElse() {
    String base = RequestFingerprint.of(request("-1.5", "Kiosk", List.of("a")));
    assertEquals(base, RequestFingerprint.of(request("-1.50", "Kiosk", List.of("a"))));
    assertEquals(64, base.length());
    assertNotEquals(base, RequestFingerprint.of(request("-1.5", "Kiosk ", List.of("a"))));
    assertNotEquals(base, RequestFingerprint.of(request("-1.5", "Kiosk", List.of("a", "b"))));
    assertNotEquals(base, RequestFingerprint.of(request("-1.5", "Kiosk", List.of())));
    assertNotEquals(RequestFingerprint.of(request("-1.5", "Kiosk", List.of())),
        RequestFingerprint.of(request("-1.5", "Kiosk", null)));
    // values cannot imitate a neighbour
    assertNotEquals(RequestFingerprint.of(request("-1.5", "ab", List.of("c"))),
        RequestFingerprint.of(request("-1.5", "a", List.of("bc"))));
  }
}
