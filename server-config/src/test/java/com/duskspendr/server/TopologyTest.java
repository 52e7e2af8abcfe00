package com.duskspendr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyTest {

  private static final List<String> LOCAL = List.of("127.0.0.1:6900", "127.0.0.1:6901", "127.0.0.1:6902");

  @Test
  void oneInstanceListensOnTheSystemsPortWithoutAGrid() {
    Topology one = new Topology("duskspendr", 1, false, 8080, false, "duskspendr", 6900, List.of());

    assertEquals(8080, one.instancePort(0));
    assertFalse(one.grid(0).enabled());
    assertEquals(6900, one.grid(0).port());
    assertEquals("duskspendr", one.instanceName(0), "a lone instance keeps the configured name");
  }

  @Test
  void severalInstancesSitAboveTheGatewayEachWithItsOwnGridPortAndName() {
    Topology three = new Topology("duskspendr", 3, true, 8080, true, "prod", 6900, LOCAL);

    assertEquals(8080, three.gatewayPort());
    assertEquals(List.of(8081, 8082, 8083), List.of(three.instancePort(0), three.instancePort(1), three.instancePort(2)));
    assertEquals(6902, three.grid(2).port());
    assertEquals(LOCAL, three.grid(2).members());
    assertEquals("prod", three.grid(1).name());
    assertEquals("duskspendr-2", three.instanceName(1));
    assertTrue(three.grid(0).loopbackOnly(), "a grid of this machine's instances listens on loopback alone");
  }

  @Test
  void aGridWithMembersOnOtherMachinesListensBeyondLoopback() {
    Topology spread = new Topology("duskspendr", 1, false, 8080, true, "prod", 6900, List.of("10.0.0.4:6900", "10.0.0.5:6900"));

    assertFalse(spread.grid(0).loopbackOnly());
  }

  @Test
  void impossibleTopologiesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Topology("duskspendr", 0, false, 8080, false, "x", 6900, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Topology("duskspendr", 3, false, 8080, true, "x", 6900, LOCAL));
    assertThrows(IllegalArgumentException.class, () -> new Topology("duskspendr", 3, true, 8080, false, "x", 6900, LOCAL));
    assertThrows(IllegalArgumentException.class, () -> new Topology("duskspendr", 2, true, 8080, true, "bad name", 6900, LOCAL));
    assertThrows(IllegalArgumentException.class, () -> new Topology("a/b", 1, false, 8080, false, "x", 6900, List.of()));
  }
}
