package com.duskspendr.auth.oauth.control;

import com.duskspendr.auth.control.RefreshTokens;
import com.duskspendr.auth.oauth.entity.OAuthClient;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.PlainClientSecret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who calls the token, revocation or introspection endpoint, from what the SDK parsed: a confidential
 * client by its secret (client_secret_basic or client_secret_post), a public one by its id alone. A
 * confidential client can never pass as public by leaving its secret out.
 */
public final class ClientAuthenticator {

  private ClientAuthenticator() {}

  /**
   * @param authentication the parsed client authentication, or null
   * @param publicId the client_id of a request without client authentication, or null
   * @param enabledClients finds an enabled client by id
   */
  public static Optional<OAuthClient> authenticate(
      ClientAuthentication authentication, ClientID publicId, Function<ClientID, Optional<OAuthClient>> enabledClients) {
    if (authentication instanceof PlainClientSecret secret) {
      return enabledClients.apply(secret.getClientID())
          .filter(OAuthClient::isConfidential)
          .filter(client -> matches(secret.getClientSecret().getValue(), client.secretHash()));
    }
    if (authentication == null && publicId != null) {
      return enabledClients.apply(publicId).filter(client -> !client.isConfidential());
    }
    return Optional.empty();
  }

  /** Compares SHA-256 hex in constant time: the hash of a full-entropy secret is safe to compare this way. */
  static boolean matches(String secret, String storedHash) {
    return storedHash != null && MessageDigest.isEqual(
        RefreshTokens.hash(secret).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
