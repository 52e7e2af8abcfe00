package com.duskspendr.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import com.duskspendr.auth.oauth.boundary.ApiScopes;

/**
 * Activates JAX-RS at {@code /api}; resources are versioned below it ({@code v1/...}). Bearer tokens are
 * checked by {@link com.duskspendr.web.auth.BearerTokenMechanism}, not MP-JWT (no {@code @LoginConfig}):
 * see the README's security choices.
 */
@ApplicationPath("/api")
@ApplicationScoped
@DeclareRoles({Roles.USER, Roles.ADMIN, Roles.OAUTH_CLIENT})
@OpenAPIDefinition(
    info = @Info(
        title = "DuskSpendr API",
        version = "v1",
        description = "Privacy-first personal finance. Every response is an envelope: "
            + "{success: true, data, meta} or {success: false, error: {code, message, details}, meta}; "
            + "meta.requestId equals the X-Request-Id response header.",
        license = @License(name = "Proprietary")),
    components = @Components(
        responses = {
          @APIResponse(name = ApiDocs.VALIDATION_ERROR, responseCode = "400",
              description = "VALIDATION_ERROR: malformed JSON, unknown field, wrong type or invalid value; details name the fields",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.ERROR_ENVELOPE))),
          @APIResponse(name = ApiDocs.UNAUTHORIZED, responseCode = "401",
              description = "UNAUTHORIZED: missing, invalid or expired token, or wrong credentials",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.ERROR_ENVELOPE))),
          @APIResponse(name = ApiDocs.FORBIDDEN, responseCode = "403",
              description = "FORBIDDEN: the token lacks the required role",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.ERROR_ENVELOPE))),
          @APIResponse(name = ApiDocs.NOT_FOUND, responseCode = "404",
              description = "NOT_FOUND",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.ERROR_ENVELOPE))),
          @APIResponse(name = ApiDocs.CONFLICT, responseCode = "409",
              description = "CONFLICT",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.ERROR_ENVELOPE))),
          @APIResponse(name = ApiDocs.PAYLOAD_TOO_LARGE, responseCode = "413",
              description = "PAYLOAD_TOO_LARGE: the body exceeds duskspendr.http.max-body-bytes",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.ERROR_ENVELOPE))),
          @APIResponse(name = ApiDocs.UNSUPPORTED_MEDIA_TYPE, responseCode = "415",
              description = "UNSUPPORTED_MEDIA_TYPE: send application/json",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.ERROR_ENVELOPE))),
          @APIResponse(name = ApiDocs.RATE_LIMITED, responseCode = "429",
              description = "RATE_LIMITED: retry after the number of seconds in the Retry-After header",
              headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.ERROR_ENVELOPE))),
          @APIResponse(name = ApiDocs.SERVICE_UNAVAILABLE, responseCode = "503",
              description = "SERVICE_UNAVAILABLE: a service we depend on cannot be reached; retry later",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.ERROR_ENVELOPE))),
          @APIResponse(name = ApiDocs.INTERNAL_ERROR, responseCode = "500",
              description = "INTERNAL_ERROR: logged with the request id; quote meta.requestId when reporting it",
              content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.ERROR_ENVELOPE)))
        }))
@SecurityScheme(
    securitySchemeName = Roles.BEARER_SCHEME,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "An access token from POST /api/v1/auth/login or /refresh")
@SecurityScheme(
    securitySchemeName = Roles.OAUTH2_SCHEME,
    type = SecuritySchemeType.OAUTH2,
    description = "OAuth 2.0 for integrators: register a client (POST /api/v1/oauth/clients), then authorization code with"
        + " PKCE (S256) through the consent page, or client credentials for the client's own registration. Metadata:"
        + " /.well-known/oauth-authorization-server. GET and HEAD need the area's :read scope, other methods its :write"
        + " scope; endpoints without a scope are for the DuskSpendr apps only (403 for client tokens).",
    flows = @OAuthFlows(
        authorizationCode = @OAuthFlow(
            authorizationUrl = "/api/v1/oauth/authorize",
            tokenUrl = "/api/v1/oauth/token",
            refreshUrl = "/api/v1/oauth/token",
            scopes = {
              @OAuthScope(name = ApiScopes.TRANSACTIONS_READ, description = "Transactions and statement imports: read"),
              @OAuthScope(name = ApiScopes.TRANSACTIONS_WRITE, description = "Transactions and statement imports: write"),
              @OAuthScope(name = ApiScopes.BUDGETS_READ, description = "Budgets, categories, merchant rules: read"),
              @OAuthScope(name = ApiScopes.BUDGETS_WRITE, description = "Budgets, categories, merchant rules: write"),
              @OAuthScope(name = ApiScopes.ANALYTICS_READ, description = "Analytics, reports, insights: read"),
              @OAuthScope(name = ApiScopes.PROFILE_READ, description = "The profile: read")
            }),
        clientCredentials = @OAuthFlow(tokenUrl = "/api/v1/oauth/token")))
public class DuskSpendrApi extends Application {

  /**
   * No WADL (Jersey's machine description named its version and echoed the Host header, unauthenticated;
   * OpenAPI is our description), and relative {@code Location}s stay relative ({@code PublicLocations}).
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.wadl.disableWadl", true,
        "jersey.config.server.headers.location.relative.resolution.disabled", true);
  }
}
