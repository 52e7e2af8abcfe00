package com.duskspendr.web.docs;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Swagger UI at {@code /api/docs}: a page (not enveloped, it is for browsers) that loads the UI's files from
 * {@code /api/docs/assets/...} and shows the server's OpenAPI document.
 */
@Path("docs")
@RequestScoped
public class DocsResource {

  /** Where the server publishes the MicroProfile OpenAPI document: its root, whatever our context root. */
  static final String OPENAPI_PATH = "/openapi";

  /** The asset URLs carry no version, so an upgraded UI must reach browsers within the hour. */
  private static final int ASSET_MAX_AGE_SECONDS = 3_600;

  /** The page's one inline script; the CSP allows exactly it, by hash, and no other inline script. */
  static final String INIT_SCRIPT = """

            window.ui = SwaggerUIBundle({
              url: "%s",
              dom_id: "#swagger-ui",
              deepLinking: true,
              persistAuthorization: false,
              presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
              plugins: [SwaggerUIBundle.plugins.DownloadUrl],
              layout: "StandaloneLayout"
            });
          """.formatted(OPENAPI_PATH);

  /**
   * Scripts and styles from our own assets only, the OpenAPI document fetched from here, no framing, no
   * forms. Swagger UI sets inline styles, hence {@code 'unsafe-inline'} for styles (never for scripts).
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self' 'sha256-" + sha256Base64(INIT_SCRIPT) + "'; "
          + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
          + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  @GET
  @Produces(MediaType.TEXT_HTML)
  @PermitAll
  @Operation(summary = "The interactive API documentation (HTML)", hidden = true)
  public Response page(@Context UriInfo uri) {
    String assets = uri.getBaseUri().getPath() + "docs/assets/";
    String html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="UTF-8">
          <title>DuskSpendr API</title>
          <link rel="stylesheet" href="%1$sswagger-ui.css">
          <link rel="icon" type="image/png" href="%1$sfavicon-32x32.png" sizes="32x32">
        </head>
        <body>
          <div id="swagger-ui"></div>
          <script src="%1$sswagger-ui-bundle.js"></script>
          <script src="%1$sswagger-ui-standalone-preset.js"></script>
          <script>%2$s</script>
        </body>
        </html>
        """.formatted(assets, INIT_SCRIPT);
    return Response.ok(html, MediaType.TEXT_HTML_TYPE).header("Content-Security-Policy", CONTENT_SECURITY_POLICY).build();
  }

  private static String sha256Base64(String text) {
    try {
      return java.util.Base64.getEncoder().encodeToString(
          java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  @GET
  @Path("assets/{file}")
  @PermitAll
  @Operation(summary = "A file of the Swagger UI", hidden = true)
  public Response asset(@PathParam("file") String file) {
    String resource = SwaggerUi.resourceOf(file).orElseThrow(NotFoundException::new);
    InputStream content = DocsResource.class.getClassLoader().getResourceAsStream(resource);
    if (content == null) {
      throw new NotFoundException();
    }
    CacheControl cache = new CacheControl();
    cache.setMaxAge(ASSET_MAX_AGE_SECONDS);
    return Response.ok(content, SwaggerUi.contentTypeOf(file).orElseThrow()).cacheControl(cache).build();
  }
}
