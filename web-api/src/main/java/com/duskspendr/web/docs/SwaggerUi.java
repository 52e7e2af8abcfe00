package com.duskspendr.web.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where the swagger-ui webjar keeps its files. The version is read from the jar's own {@code pom.properties},
 * so upgrading the dependency needs no code change.
 */
final class SwaggerUi {

  private static final String POM_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

  /** One plain file name: no directories, so no way out of the webjar folder. */
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private static final Map<String, String> CONTENT_TYPES = Map.of(
      ".css", "text/css; charset=UTF-8",
      ".js", "text/javascript; charset=UTF-8",
      ".png", "image/png",
      ".map", "application/json");

  static final String VERSION = readVersion();

  private SwaggerUi() {}

  /** The classpath resource for a file of the UI, if the name is acceptable and of a type we serve. */
  static Optional<String> resourceOf(String file) {
    if (file == null || !FILE_NAME.matcher(file).matches() || file.contains("..") || contentTypeOf(file).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("META-INF/resources/webjars/swagger-ui/" + VERSION + "/" + file);
  }

  static Optional<String> contentTypeOf(String file) {
    int dot = file.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.ofNullable(CONTENT_TYPES.get(file.substring(dot)));
  }

  private static String readVersion() {
    try (InputStream in = SwaggerUi.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("swagger-ui webjar not on the classpath: " + POM_PROPERTIES + " missing");
      }
      Properties pom = new Properties();
      pom.load(in);
      return pom.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
