package com.duskspendr.auth.oauth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.auth.control.RefreshTokens;
import com.duskspendr.auth.oauth.entity.OAuthClient;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ClientAuthenticatorTest {

  private static final String SECRET = "dscs_" + RefreshTokens.generate();
  private final OAuthClient confidential = client(OAuthClient.CONFIDENTIAL, RefreshTokens.hash(SECRET));
  private final OAuthClient publicClient = client(OAuthClient.PUBLIC, null);
  private final Map<String, OAuthClient> known =
      Map.of(confidential.id().toString(), confidential, publicClient.id().toString(), publicClient);
  private final Function<ClientID, Optional<OAuthClient>> lookup = id -> Optional.ofNullable(known.get(id.getValue()));

  @Test
  void aConfidentialClientPassesWithItsSecretByBasicOrPost() {
    ClientID id = new ClientID(confidential.id().toString());
    assertEquals(Optional.of(confidential), ClientAuthenticator.authenticate(new ClientSecretBasic(id, new Secret(SECRET)), null, lookup));
    assertEquals(Optional.of(confidential), ClientAuthenticator.authenticate(new ClientSecretPost(id, new Secret(SECRET)), null, lookup));
    assertTrue(ClientAuthenticator.authenticate(new ClientSecretBasic(id, new Secret(SECRET + "x")), null, lookup).isEmpty());
  }

  @Test
  void aConfidentialClientCannotPassAsPublicNorAPublicOneWithASecret() {
    assertTrue(ClientAuthenticator.authenticate(null, new ClientID(confidential.id().toString()), lookup).isEmpty());
    assertEquals(Optional.of(publicClient),
        ClientAuthenticator.authenticate(null, new ClientID(publicClient.id().toString()), lookup));
    assertTrue(ClientAuthenticator.authenticate(
        new ClientSecretBasic(new ClientID(publicClient.id().toString()), new Secret(SECRET)), null, lookup).isEmpty());
    assertTrue(ClientAuthenticator.authenticate(null, new ClientID(UUID.randomUUID().toString()), lookup).isEmpty());
    assertTrue(ClientAuthenticator.authenticate(null, null, lookup).isEmpty());
  }

  private static OAuthClient client(String type, String secretHash) {
    return new OAuthClient(UUID.randomUUID(), UUID.randomUUID(), "App", type, secretHash,
        List.of("https://app.example/cb"), Set.of("transactions:read"), OffsetDateTime.now());
  }
}
