package com.duskspendr.auth.oauth.boundary;

/** A client just registered, with its secret: the only time anyone sees it (null for a public client). */
public record RegisteredClient(ClientView client, String clientSecret) {

  @Override
  public String toString() {
    return "RegisteredClient[" + client.clientId() + "]";
  }
}
