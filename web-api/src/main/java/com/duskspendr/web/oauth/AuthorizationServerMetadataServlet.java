package com.duskspendr.web.oauth;

import com.duskspendr.auth.oauth.boundary.AuthorizationServer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * RFC 8414 metadata at its well-known address. The endpoints are absolute: under {@code
 * duskspendr.http.public-base-url} when configured (production), else under the address the request came to
 * (development and tests).
 */
@WebServlet(name = "AuthorizationServerMetadataServlet", urlPatterns = "/.well-known/oauth-authorization-server")
public class AuthorizationServerMetadataServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient AuthorizationServer server;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<String> configured = ConfigProvider.getConfig()
        .getOptionalValue(com.duskspendr.web.request.PublicLocations.CONFIG_KEY, String.class)
        .map(String::strip)
        .filter(url -> !url.isEmpty())
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    String origin = configured.orElseGet(() -> request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    byte[] body = server.metadata(URI.create(origin + "/api/")).getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
