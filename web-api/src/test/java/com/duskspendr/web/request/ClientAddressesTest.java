package com.duskspendr.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private final ClientAddresses behindProxies = new ClientAddresses("10.0.0.0/8, 192.168.1.5, fd00::/8");

  @Test
  void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
    assertEquals("203.0.113.9", new ClientAddresses("").clientOf("203.0.113.9", "198.51.100.1"));
  }

  @Test
  void aPeerThatIsNotOurProxyCannotClaimAnotherAddress() {
    assertEquals("203.0.113.9", behindProxies.clientOf("203.0.113.9", "198.51.100.1"));
  }

  @Test
  void behindOurProxiesTheRightMostAddressNotOursIsTheClient() {
    // The client wrote the first entry itself; our two proxies appended what they saw.
    assertEquals("198.51.100.7", behindProxies.clientOf("10.1.2.3", "1.1.1.1, 198.51.100.7, 192.168.1.5"));
    assertEquals("2001:db8:0:0:0:0:0:1", behindProxies.clientOf("fd12::1", "2001:db8::1"));
  }

  @Test
  void aChainOfOnlyOurProxiesOrGarbageStopsAtTheLastAddressItCouldRead() {
    assertEquals("10.9.9.9", behindProxies.clientOf("10.1.2.3", "10.9.9.9"));
    assertEquals("10.1.2.3", behindProxies.clientOf("10.1.2.3", "example.com"));
    assertEquals("10.1.2.3", behindProxies.clientOf("10.1.2.3", "999.1.1.1"));
    assertEquals("198.51.100.7", behindProxies.clientOf("10.1.2.3", "bogus, 198.51.100.7"));
  }

  @Test
  void neverResolvesNames() {
    assertTrue(ClientAddresses.literal("localhost").isEmpty());
    assertTrue(ClientAddresses.literal("dead").isEmpty());
    assertTrue(ClientAddresses.literal("1.2.3").isEmpty());
  }

  @Test
  void aMalformedTrustedProxyStopsTheStart() {
    assertThrows(IllegalArgumentException.class, () -> new ClientAddresses("proxy.internal"));
    assertThrows(IllegalArgumentException.class, () -> new ClientAddresses("10.0.0.0/33"));
  }
}
