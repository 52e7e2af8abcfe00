package com.duskspendr.web.request;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who the client is, network-wise: the direct peer, unless that peer is one of our own proxies
 * ({@code duskspendr.http.trusted-proxies}: addresses or CIDR blocks, comma-separated; default none), in which
 * case the right-most {@code X-Forwarded-For} entry that is not one of our proxies. Entries to the left of it
 * were written by the client and prove nothing. Throttling and rate limits key on this address.
 */
public final class ClientAddresses {

  public static final String CONFIG_KEY = "duskspendr.http.trusted-proxies";

  /**
   * IP literals only: a host name here would make every request a DNS lookup. IPv4 is parsed here (the JDK
   * would look up what it cannot parse); text with a colon the JDK parses as IPv6 or refuses, never looks up.
   */
  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F.]*:[0-9a-fA-F:.]*");

  private final List<Block> trusted = new ArrayList<>();

  public ClientAddresses(String trustedProxies) {
    for (String entry : trustedProxies.split(",")) {
      if (!entry.isBlank()) {
        trusted.add(Block.parse(entry.strip()));
      }
    }
  }

  /** As {@code duskspendr.http.trusted-proxies} says. */
  public static ClientAddresses configured() {
    return Configured.INSTANCE;
  }

  /** Read on first use (a holder class), so that plain unit tests need no configuration. */
  private static final class Configured {
    static final ClientAddresses INSTANCE =
        new ClientAddresses(ConfigProvider.getConfig().getOptionalValue(CONFIG_KEY, String.class).orElse(""));
  }

  /** The client of this request: its peer, or whom our proxy forwarded for. */
  public String clientOf(HttpServletRequest request) {
    return clientOf(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }

  /**
   * @param peer the direct peer's address ({@code getRemoteAddr()})
   * @param forwardedFor the {@code X-Forwarded-For} header, or null
   */
  public String clientOf(String peer, String forwardedFor) {
    if (forwardedFor == null || forwardedFor.isBlank() || !isTrusted(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    String client = peer;
    for (int i = hops.length - 1; i >= 0; i--) {
      Optional<InetAddress> hop = literal(hops[i].strip());
      if (hop.isEmpty()) {
        // Garbage in the chain: the last hop we could read is all we know.
        return client;
      }
      client = hop.get().getHostAddress();
      if (!isTrusted(hop.get())) {
        return client;
      }
    }
    return client;
  }

  /** Whether the direct peer is one of our own proxies (and may speak for the client in forwarded headers). */
  public boolean isTrustedProxy(String peer) {
    return isTrusted(peer);
  }

  private boolean isTrusted(String address) {
    return literal(address).map(this::isTrusted).orElse(false);
  }

  private boolean isTrusted(InetAddress address) {
    return trusted.stream().anyMatch(block -> block.contains(address));
  }

  static Optional<InetAddress> literal(String text) {
    if (text == null || text.length() > 45) {
      return Optional.empty();
    }
    try {
      Matcher v4 = IPV4.matcher(text);
      if (v4.matches()) {
        byte[] octets = new byte[4];
        for (int i = 0; i < 4; i++) {
          int octet = Integer.parseInt(v4.group(i + 1));
          if (octet > 255) {
            return Optional.empty();
          }
          octets[i] = (byte) octet;
        }
        return Optional.of(InetAddress.getByAddress(octets));
      }
      return IPV6.matcher(text).matches() ? Optional.of(InetAddress.getByName(text)) : Optional.empty();
    } catch (UnknownHostException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** An address block, {@code 10.0.0.0/8} or a single address. */
  private record Block(byte[] network, int prefixBits) {

    static Block parse(String text) {
      String[] parts = text.split("/", 2);
      InetAddress address = literal(parts[0])
          .orElseThrow(() -> new IllegalArgumentException(CONFIG_KEY + ": not an IP address or CIDR block: " + text));
      int bits = address.getAddress().length * 8;
      int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
      if (prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException(CONFIG_KEY + ": prefix length out of range: " + text);
      }
      return new Block(address.getAddress(), prefix);
    }

    boolean contains(InetAddress address) {
      byte[] candidate = address.getAddress();
      if (candidate.length != network.length) {
        return false;
      }
      int full = prefixBits / 8;
      for (int i = 0; i < full; i++) {
        if (candidate[i] != network[i]) {
          return false;
        }
      }
      int rest = prefixBits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xFF << (8 - rest) & 0xFF;
      return (candidate[full] & mask) == (network[full] & mask);
    }
  }
}
