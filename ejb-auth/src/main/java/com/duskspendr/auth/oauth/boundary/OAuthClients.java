package com.duskspendr.auth.oauth.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** Registered OAuth clients: their developers register and list their own; admins list and disable all. */
public interface OAuthClients {

  /** Registers a client owned by the caller; a confidential one gets a secret, returned once. */
  RegisteredClient register(@NotNull AccountId owner, @NotNull @Valid ClientRegistration registration);

  /** The caller's own clients, newest first. */
  List<ClientView> clientsOf(@NotNull AccountId owner);

  /** Every client (admins). */
  List<ClientView> all();

  /** One client as it sees itself (a client-credentials token); not found once disabled. */
  ClientView self(@NotNull UUID clientId);

  /** Disables a client (admins): its grants and their tokens stop working at once. */
  ClientView disable(@NotNull UUID clientId);
}
