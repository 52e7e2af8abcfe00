package com.duskspendr.transactions.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.transactions.events.CategorizationBatchRequested;
import com.duskspendr.transactions.events.CategorizationRequested;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportBatchesTest {

  private static CategorizationRequested request(String merchant, String description) {
    return new CategorizationRequested(UUID.randomUUID().toString(), UUID.randomUUID().toString(), merchant, description,
        "-12.50", "EUR");
  }

  @Test
  void categorizationRequestsAreSplitSoThatEveryMessageStaysUnderTheLimitInItsRealJson() throws Exception {
    List<CategorizationRequested> requests = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      // Typical lines, and now and then the longest texts with characters JSON escapes.
      requests.add(i % 50 == 0
          ? request("\"".repeat(200), "\\\n".repeat(250))
          : request("POS 4417 STARBUCKS #" + i + " SEATTLE WA", null));
    }

    List<List<CategorizationRequested>> chunks = ImportBatches.chunks(requests, ImportBatches.MAX_MESSAGE_CHARS);

    assertEquals(requests, chunks.stream().flatMap(List::stream).toList(), "every request once, in order");
    assertTrue(chunks.size() >= 3 && chunks.size() <= 6, chunks.size() + " chunks");
    try (var jsonb = JsonbBuilder.create()) {
      for (List<CategorizationRequested> chunk : chunks) {
        String json = jsonb.toJson(new CategorizationBatchRequested(UUID.randomUUID().toString(), chunk));
        assertTrue(json.length() <= ImportBatches.MAX_MESSAGE_CHARS, json.length() + " characters");
      }
    }
  }
}
