package com.duskspendr.web.oauth;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /oauth/clients}: an integration to register. */
@Schema(description = "A client to register")
public record RegisterClientRequest(
    @Schema(description = "Shown to users on the consent page", maxLength = 100) String name,
    @Schema(description = "Exact redirect URIs (https, or http to a loopback address)") List<String> redirectUris,
    @Schema(description = "The scopes the client may ask for", enumeration = {
      "transactions:read", "transactions:write", "budgets:read", "budgets:write", "analytics:read", "profile:read"})
        List<String> scopes,
    @Schema(description = "confidential (has a secret; default) or public (PKCE, no secret)",
        enumeration = {"confidential", "public"}) String type) {}
