package com.duskspendr.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Activates JAX-RS at {@code /api}; resources are versioned below it ({@code v1/...}). A CDI bean because
 * Payara only enables MP-JWT for a {@code @LoginConfig} application class that CDI manages.
 */
@ApplicationPath("/api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.USER, Roles.ADMIN})
@OpenAPIDefinition(
    info = @Info(
        title = "DuskSpendr API",
        version = "v1",
        description = "Privacy-first personal finance. Every response is an envelope: "
            + "{success: true, data, meta} or {success: false, error: {code, message, details}, meta}; "
            + "meta.requestId equals the X-Request-Id response header.",
        license = @License(name = "Proprietary")))
@SecurityScheme(
    securitySchemeName = Roles.BEARER_SCHEME,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "An access token from POST /api/v1/auth/login or /refresh")
public class DuskSpendrApi extends Application {}
