package com.duskspendr.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.identity.AccountId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A page's tag names the data state, the reader and the query, and nothing else (its weakness and the 304 are
 * checked against the server, TransactionsApiIT).
 */
class ConditionalReadsTest {

  private final AccountId alice = new AccountId(UUID.fromString("7d0c6f4e-1b1a-4c1e-9d59-0a1e5c3b2f10"));
  private final AccountId bob = new AccountId(UUID.fromString("7d0c6f4e-1b1a-4c1e-9d59-0a1e5c3b2f11"));

  @Test
  void theSameStateReaderAndQueryGiveTheSameWeakTag() {
    var tag = ConditionalReads.tagValue(42, alice, "limit=50");
    assertEquals(tag, ConditionalReads.tagValue(42, alice, "limit=50"));
    assertTrue(tag.startsWith("42-"), tag);
  }

  @Test
  void anyChangeAnotherReaderOrAnotherQueryGivesAnotherTag() {
    var tag = ConditionalReads.tagValue(42, alice, "limit=50");
    assertNotEquals(tag, ConditionalReads.tagValue(43, alice, "limit=50"));
    assertNotEquals(tag, ConditionalReads.tagValue(42, bob, "limit=50"));
    assertNotEquals(tag, ConditionalReads.tagValue(42, alice, "limit=51"));
    assertNotEquals(tag, ConditionalReads.tagValue(42, alice, null));
  }
}
