package com.duskspendr.web.oauth;

import com.duskspendr.auth.oauth.boundary.ApiScopes;
import com.duskspendr.auth.oauth.boundary.AuthorizationStep;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;

/**
 * The consent page, rendered on the server: the client's name, where the answer goes, the scopes in words,
 * and a form that signs the user in for this one decision. Everything shown is escaped; the page runs no
 * script, loads nothing, and may not be framed (a consent button under someone else's page is clickjacking).
 */
final class ConsentPage {

  /** No script, style, image or frame; forms only to us. Inline style would need a hash: the page has none. */
  static final String CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

  private ConsentPage() {}

  static Response ask(AuthorizationStep.Consent consent, Response.Status status, String problem) {
    String scopes = consent.scopes().stream()
        .map(scope -> "<li><code>" + escape(scope) + "</code> " + escape(ApiScopes.DESCRIPTIONS.getOrDefault(scope, "")) + "</li>")
        .collect(Collectors.joining("\n"));
    String body = "<h1>" + escape(consent.clientName()) + " asks for access to your DuskSpendr account</h1>\n"
        + "<p>After you answer, you go back to <strong>" + escape(consent.redirectHost()) + "</strong>.</p>\n"
        + "<p>It will be able to:</p>\n<ul>\n" + scopes + "\n</ul>\n"
        + (problem == null ? "" : "<p role=\"alert\"><strong>" + escape(problem) + "</strong></p>\n")
        + "<form method=\"post\" action=\"authorize\">\n"
        + "<input type=\"hidden\" name=\"request\" value=\"" + escape(consent.handle()) + "\">\n"
        + "<p><label>Email <input type=\"email\" name=\"email\" autocomplete=\"username\"></label></p>\n"
        + "<p><label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\"></label></p>\n"
        + "<p><button type=\"submit\" name=\"decision\" value=\"approve\">Sign in and allow</button>\n"
        + "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button></p>\n"
        + "</form>\n"
        + "<p>You can revoke this at any time in the app (connected applications).</p>";
    return page(status, "Allow access?", body);
  }

  static Response refused(String reason) {
    return page(Response.Status.BAD_REQUEST, "Cannot continue", "<h1>Cannot continue</h1>\n<p>" + escape(reason) + "</p>");
  }

  private static Response page(Response.Status status, String title, String body) {
    String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + " - DuskSpendr</title>\n</head>\n<body>\n" + body + "\n</body>\n</html>\n";
    return Response.status(status)
        .type("text/html; charset=utf-8")
        .header("Content-Security-Policy", CSP)
        .header("X-Frame-Options", "DENY")
        .header("Cache-Control", "no-store")
        .entity(html)
        .build();
  }

  /** HTML text and attribute values (double-quoted) alike. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
