package com.duskspendr.notifications.webhooks.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a webhook may point. Only {@code https}, with a host and no user info; and every address the host
 * resolves to must be public: no loopback, unspecified, private (RFC 1918, unique local), shared (100.64/10),
 * link-local (169.254/16 and fe80::/10: cloud metadata services such as 169.254.169.254 live there) or
 * multicast address, IPv4-mapped IPv6 addresses judged as the IPv4 address they carry. Checked at
 * registration and again right before each delivery, after resolving the name: a name that resolved to a
 * public address at registration and to an internal one later (DNS rebinding) is refused then. The JVM's
 * address cache means the connection that follows the check uses the address just checked.
 *
 * <p>{@code allowPrivate} lifts all of it, http included, for development and tests only. Narrower, {@code
 * allowedOrigins} lifts it for a few exact origins ({@code http://127.0.0.1:8025}: a receiver on the developer's
 * machine, the tests' local providers) while every other URL is judged as in production.
 */
public final class TargetGuard {

  private final boolean allowPrivate;
  private final Set<String> allowedOrigins;

  public TargetGuard(boolean allowPrivate) {
    this(allowPrivate, Set.of());
  }

  public TargetGuard(boolean allowPrivate, Collection<String> allowedOrigins) {
    this.allowPrivate = allowPrivate;
    Set<String> origins = new HashSet<>();
    for (String origin : allowedOrigins) {
      try {
        origin(new URI(origin.strip())).ifPresent(origins::add);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("not an origin: " + origin, e);
      }
    }
    this.allowedOrigins = Set.copyOf(origins);
  }

  /** @return why the URL is refused, or empty when it may be called */
  public Optional<String> refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean listed = origin(uri).filter(allowedOrigins::contains).isPresent();
    if (!scheme.equals("https") && !((allowPrivate || listed) && scheme.equals("http"))) {
      return Optional.of("must be an https URL");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return Optional.of("must name a host");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not carry user info");
    }
    if (uri.getRawFragment() != null) {
      return Optional.of("must not have a fragment");
    }
    if (allowPrivate || listed) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      return Optional.of("names a host that does not resolve");
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        return Optional.of("must not point at a loopback, private, link-local or metadata address");
      }
    }
    return Optional.empty();
  }

  /** {@code scheme://host:port}, lower case, the port always spelled out. */
  private static Optional<String> origin(URI uri) {
    if (uri.getScheme() == null || uri.getHost() == null) {
      return Optional.empty();
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
  }

  static boolean isPublic(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      byte[] b = v6.getAddress();
      if (isMappedV4(b)) {
        try {
          return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return false;
        }
      }
      if ((b[0] & 0xfe) == 0xfc) {
        return false; // fc00::/7 unique local
      }
    }
    if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return false;
    }
    if (address instanceof Inet4Address) {
      byte[] b = address.getAddress();
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      if (first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0)) {
        return false; // this network, shared address space, reserved, IETF protocol assignments
      }
    }
    return true;
  }

  private static boolean isMappedV4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
  }
}
