package com.duskspendr.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.identity.AccountId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

  /** A contract as contexts write them: strings for exact amounts, ISO dates, ids. */
  public record Sample(String transactionId, String amount, LocalDate date, UUID budgetId, String merchantName) {}

  private static final EventType SAMPLE = EventType.domainEvent("Sample", 2, "it");
  private static final AccountId OWNER = new AccountId(UUID.randomUUID());

  @Test
  void aPayloadReadsBackAsTheRecordItWasWrittenFrom() {
    Sample sample = new Sample("t-1", "-12.30", LocalDate.parse("2026-02-28"), UUID.randomUUID(), null);
    EventEnvelope envelope = EventEnvelope.of(SAMPLE, OWNER, Instant.parse("2026-12-03T10:00:00Z"), sample);

    assertEquals(sample, envelope.payloadAs(Sample.class));
    assertEquals("Sample", envelope.type());
    assertEquals(2, envelope.version());
    assertEquals("it", envelope.publisher());
    assertEquals(OWNER, envelope.owner());
    assertTrue(envelope.payload().contains("\"amount\":\"-12.30\""), envelope.payload());
    assertTrue(envelope.payload().contains("\"date\":\"2026-02-28\""), envelope.payload());
  }

  @Test
  void everyEnvelopeHasItsOwnId() {
    Sample sample = new Sample("t-1", "1.00", LocalDate.EPOCH, UUID.randomUUID(), "m");
    assertNotEquals(
        EventEnvelope.of(SAMPLE, OWNER, Instant.EPOCH, sample).eventId(),
        EventEnvelope.of(SAMPLE, OWNER, Instant.EPOCH, sample).eventId());
  }

  @Test
  void isComparesNameAndVersion() {
    EventEnvelope envelope = EventEnvelope.of(SAMPLE, null, Instant.EPOCH, new Sample(null, null, null, null, null));
    assertTrue(envelope.is("Sample", 2));
    assertFalse(envelope.is("Sample", 1));
    assertFalse(envelope.is("Other", 2));
  }

  @Test
  void aBodyThatIsNotTheContractIsMalformed() {
    EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "Sample", 2, "it", OWNER, Instant.EPOCH, "[1, 2");
    assertThrows(MalformedMessageException.class, () -> envelope.payloadAs(Sample.class));
  }

  @Test
  void aContractNeedsAVersionAndADestination() {
    assertThrows(IllegalArgumentException.class, () -> EventType.domainEvent("X", 0, "it"));
    assertEquals(Destinations.DOMAIN_EVENTS_TOPIC, SAMPLE.destination());
  }
}
