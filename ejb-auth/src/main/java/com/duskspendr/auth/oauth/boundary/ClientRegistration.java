package com.duskspendr.auth.oauth.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What a developer registers: checked by {@link OAuthClients#register} (name, redirect URIs exact and https
 * except loopback, known scopes), which names each bad field.
 */
public record ClientRegistration(
    String name, List<String> redirectUris, List<String> scopes, @NotNull ClientType type) {}
