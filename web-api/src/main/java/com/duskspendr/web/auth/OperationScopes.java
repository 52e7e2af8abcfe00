package com.duskspendr.web.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OAuth scope each operation needs, as {@link ScopeFeature} enforces it, keyed the way an OpenAPI
 * document names operations ({@code "get /api/v1/transactions/{id}"}), so that the document states exactly
 * what the server enforces. Operations that need no token at all ({@code @PermitAll}) are absent; an empty
 * scope means first-party tokens only.
 */
public final class OperationScopes {

  private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*:[^}]*}");

  private final Map<String, String> byOperation;

  private OperationScopes(Map<String, String> byOperation) {
    this.byOperation = byOperation;
  }

  public static OperationScopes of(Class<?> application, List<Class<?>> resources) {
    String root = Optional.ofNullable(application.getAnnotation(ApplicationPath.class)).map(ApplicationPath::value).orElse("");
    Map<String, String> scopes = new HashMap<>();
    for (Class<?> resource : resources) {
      String base = join(root, resource.getAnnotation(Path.class).value());
      for (Method method : resource.getMethods()) {
        Optional<String> http = httpMethod(method);
        if (http.isEmpty() || method.isAnnotationPresent(PermitAll.class)) {
          continue;
        }
        String path = Optional.ofNullable(method.getAnnotation(Path.class)).map(p -> join(base, p.value())).orElse(base);
        scopes.put(key(http.get(), path), ScopeFeature.requiredScope(resource, method));
      }
    }
    return new OperationScopes(Map.copyOf(scopes));
  }

  /** The scope an operation needs from a client's token: empty for first-party only; absent when public. */
  public Optional<String> of(String httpMethod, String documentPath) {
    return Optional.ofNullable(byOperation.get(key(httpMethod, documentPath)));
  }

  private static String key(String httpMethod, String path) {
    return httpMethod.toLowerCase(Locale.ROOT) + " " + normalized(path);
  }

  private static Optional<String> httpMethod(Method method) {
    return Arrays.stream(method.getAnnotations())
        .map(Annotation::annotationType)
        .map(type -> type.getAnnotation(HttpMethod.class))
        .filter(java.util.Objects::nonNull)
        .map(HttpMethod::value)
        .findFirst();
  }

  private static String join(String left, String right) {
    return left + "/" + right;
  }

  /** One leading slash, none trailing or doubled, template regexes dropped ({@code {id: \\d+}} is {@code {id}}). */
  static String normalized(String path) {
    String plain = TEMPLATE_REGEX.matcher(path).replaceAll("{$1}").replaceAll("/+", "/");
    if (!plain.startsWith("/")) {
      plain = "/" + plain;
    }
    return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
  }
}
