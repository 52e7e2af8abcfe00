package com.duskspendr.auth.oauth.boundary;

import com.duskspendr.auth.oauth.entity.OAuthClient;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A registered client as its owner and admins see it: never its secret. */
public record ClientView(
    UUID clientId, UUID ownerId, String name, ClientType type, List<String> redirectUris, List<String> scopes,
    OffsetDateTime createdAt, OffsetDateTime disabledAt) {

  static ClientView of(OAuthClient client) {
    return new ClientView(client.id(), client.ownerAccountId(), client.name(), ClientType.of(client.type()),
        client.redirectUris(), List.copyOf(client.scopes()), client.createdAt(), client.disabledAt());
  }
}
