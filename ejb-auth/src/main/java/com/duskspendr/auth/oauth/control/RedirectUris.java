package com.duskspendr.auth.oauth.control;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a registered redirect URI must be (RFC 9700 2.1, RFC 8252 7.3): absolute, without a fragment or
 * user info, https, or http only to a loopback address (a native app's local listener). Matching later is
 * exact string comparison, so nothing is normalized here either: what is registered is what must come.
 */
public final class RedirectUris {

  public static final int MAX_LENGTH = 2000;

  private RedirectUris() {}

  /** Why the URI cannot be registered, or empty when it can. */
  public static Optional<String> problemWith(String candidate) {
    if (candidate == null || candidate.isBlank()) {
      return Optional.of("must not be blank");
    }
    if (candidate.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(candidate);
    } catch (URISyntaxException e) {
      return Optional.of("must be an absolute URI");
    }
    if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
      return Optional.of("must be an absolute URI with a host");
    }
    if (uri.getRawFragment() != null) {
      return Optional.of("must not have a fragment");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not carry user info");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if ("https".equals(scheme)) {
      return Optional.empty();
    }
    if ("http".equals(scheme) && isLoopback(uri.getHost())) {
      return Optional.empty();
    }
    return Optional.of("must use https (http only to a loopback address)");
  }

  /** Only literal loopback addresses and "localhost": never a name a DNS answer could point elsewhere. */
  static boolean isLoopback(String host) {
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if ("localhost".equalsIgnoreCase(bare)) {
      return true;
    }
    if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(bare).isLoopbackAddress();
    } catch (UnknownHostException notAnAddress) {
      return false;
    }
  }
}
