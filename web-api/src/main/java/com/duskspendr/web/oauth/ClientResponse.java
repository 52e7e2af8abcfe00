package com.duskspendr.web.oauth;

import com.duskspendr.auth.oauth.boundary.ClientView;
import com.duskspendr.auth.oauth.boundary.RegisteredClient;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered client; {@code clientSecret} only in the answer to its registration, never again. */
@Schema(description = "A registered OAuth client")
public record ClientResponse(
    UUID clientId,
    @Schema(description = "Only in the registration's answer, for confidential clients: store it now") String clientSecret,
    String name,
    @Schema(enumeration = {"confidential", "public"}) String type,
    List<String> redirectUris,
    List<String> scopes,
    OffsetDateTime createdAt,
    @Schema(description = "Set once an admin disabled the client") OffsetDateTime disabledAt) {

  static ClientResponse from(ClientView client) {
    return from(client, null);
  }

  static ClientResponse from(RegisteredClient registered) {
    return from(registered.client(), registered.clientSecret());
  }

  private static ClientResponse from(ClientView client, String secret) {
    return new ClientResponse(client.clientId(), secret, client.name(), client.type().value(), client.redirectUris(),
        client.scopes(), client.createdAt(), client.disabledAt());
  }

  @Override
  public String toString() {
    return "ClientResponse[" + clientId + "]";
  }
}
