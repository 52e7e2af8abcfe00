package com.duskspendr.web.auth;

import com.duskspendr.auth.boundary.VerifiedAccessToken;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * Scope enforcement for every resource method, decided once per method when the application starts: the
 * scope {@link Scoped} names for its HTTP method, or none (first-party only). A client's token without
 * that scope is refused with 403 in the error envelope and RFC 6750's {@code insufficient_scope}.
 * {@code @PermitAll} methods are left alone: they need no token at all.
 */
@Provider
public class ScopeFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    if (method == null || method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    context.register(new ScopeCheck(requiredScope(resource.getResourceClass(), method)));
  }

  /** The scope a client's token needs for this method; empty: no client token may call it. */
  static String requiredScope(Class<?> resourceClass, Method method) {
    Scoped scoped = Optional.ofNullable(method.getAnnotation(Scoped.class)).orElse(resourceClass.getAnnotation(Scoped.class));
    if (scoped == null) {
      return "";
    }
    return isRead(method) ? scoped.read() : scoped.write();
  }

  private static boolean isRead(Method method) {
    return Arrays.stream(method.getAnnotations())
        .map(Annotation::annotationType)
        .map(type -> type.getAnnotation(HttpMethod.class))
        .anyMatch(http -> http != null && (HttpMethod.GET.equals(http.value()) || HttpMethod.HEAD.equals(http.value())));
  }

  /** After authentication (the token is known), before the role check and the resource. */
  @Priority(Priorities.AUTHORIZATION - 100)
  static final class ScopeCheck implements ContainerRequestFilter {

    private final String scope;

    ScopeCheck(String scope) {
      this.scope = scope;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (!(request.getProperty(BearerTokenMechanism.VERIFIED_TOKEN) instanceof VerifiedAccessToken token)
          || token.isFirstParty()) {
        return;
      }
      if (Scoped.ANY_CLIENT.equals(scope)) {
        return;
      }
      if (scope.isEmpty() || !token.allows(scope)) {
        String needed = scope.isEmpty() ? "this endpoint is for the DuskSpendr apps only" : "needs scope " + scope;
        throw new ForbiddenException("The token's scope does not allow this: " + needed);
      }
    }
  }
}
