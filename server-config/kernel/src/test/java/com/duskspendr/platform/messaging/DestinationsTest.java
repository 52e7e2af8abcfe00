package com.duskspendr.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DestinationsTest {

  @Test
  void everyNamedDestinationIsCreatedOnceWithItsOwnAddress() {
    List<Destinations.Destination> all = Destinations.ALL;
    assertEquals(
        List.of(Destinations.CATEGORIZATION_QUEUE, Destinations.BULK_CATEGORIZATION_QUEUE, Destinations.DOMAIN_EVENTS_TOPIC,
            Destinations.NOTIFICATIONS_QUEUE),
        all.stream().map(Destinations.Destination::jndiName).toList());
    assertEquals(
        List.of(
            Destinations.CATEGORIZATION_QUEUE_ADDRESS,
            Destinations.BULK_CATEGORIZATION_QUEUE_ADDRESS,
            Destinations.DOMAIN_EVENTS_TOPIC_ADDRESS,
            Destinations.NOTIFICATIONS_QUEUE_ADDRESS),
        all.stream().map(Destinations.Destination::address).toList());
    assertEquals(all.size(), new HashSet<>(all.stream().map(Destinations.Destination::address).toList()).size());
    assertEquals(List.of(false, false, true, false), all.stream().map(Destinations.Destination::topic).toList());
  }
}
