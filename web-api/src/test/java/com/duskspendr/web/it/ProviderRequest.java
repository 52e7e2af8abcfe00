package com.duskspendr.web.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * One request a local provider received, and what it made of it.
 *
 * @param key what the test looks requests up by: the device token (FCM, APNs), the endpoint path (Web Push),
 *     the recipient (SMS), the client (token endpoint)
 * @param headers lower-case names, first values
 * @param protocol HTTP/1.1 or HTTP/2
 * @param answered the status code sent back (0 when the provider stalled and the caller hung up)
 * @param problem what a real provider would have refused the request for; null when it was well formed
 */
public record ProviderRequest(String provider, String key, String path, Map<String, String> headers, byte[] body,
    String protocol, int answered, String problem, Instant at) {

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public String header(String name) {
    return headers.get(name.toLowerCase(java.util.Locale.ROOT));
  }

  public boolean delivered() {
    return problem == null && answered >= 200 && answered < 300;
  }
}
