package com.duskspendr.web.auth;

import com.duskspendr.auth.boundary.PublicKeys;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The JWK Set at its conventional address, {@code /.well-known/jwks.json}, for verifiers that look there
 * (the same document as {@code GET /api/v1/auth/jwks}). Outside JAX-RS because it is outside {@code /api}.
 */
@WebServlet(name = "JwksServlet", urlPatterns = "/.well-known/jwks.json")
public class JwksServlet extends HttpServlet {

  /** Verifiers may cache the keys for five minutes, so a retired key must stay published at least that long. */
  static final String CACHE_CONTROL = "public, max-age=300";

  private static final long serialVersionUID = 1L;

  @Inject transient PublicKeys publicKeys;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    byte[] body = publicKeys.jwksJson().getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", CACHE_CONTROL);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
