package com.duskspendr.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.duskspendr.web.analytics.ExportsResource;
import com.duskspendr.web.budgets.BudgetsResource;
import com.duskspendr.web.oauth.GrantsResource;
import com.duskspendr.web.transactions.TransactionsResource;
import com.duskspendr.web.users.UsersResource;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which scope each resource method asks of a client's token: decided from the annotations alone. */
class ScopeFeatureTest {

  @Test
  void readsNeedTheReadScopeAndEveryOtherMethodTheWriteScope() {
    assertEquals("transactions:read", scopeOf(TransactionsResource.class, "list"));
    assertEquals("transactions:read", scopeOf(TransactionsResource.class, "get"));
    assertEquals("transactions:write", scopeOf(TransactionsResource.class, "create"));
    assertEquals("transactions:write", scopeOf(TransactionsResource.class, "update"));
    assertEquals("transactions:write", scopeOf(TransactionsResource.class, "delete"));
  }

  @Test
  void anAreaWithoutWriteScopeIsReadOnlyForClients() {
    assertEquals("profile:read", scopeOf(UsersResource.class, "me"));
    assertEquals("", scopeOf(UsersResource.class, "update"));
    assertEquals("", scopeOf(UsersResource.class, "delete"));
  }

  @Test
  void resourcesWithoutScopesAreFirstPartyOnly() {
    assertEquals("", scopeOf(AuthResource.class, "sessions"));
    assertEquals("", scopeOf(GrantsResource.class, "grants"));
    assertEquals("", scopeOf(ExportsResource.class, firstPublicMethod(ExportsResource.class)));
    assertEquals("budgets:read", scopeOf(BudgetsResource.class, firstGet(BudgetsResource.class)));
  }

  private static String scopeOf(Class<?> resource, String methodName) {
    Method method = Arrays.stream(resource.getDeclaredMethods())
        .filter(candidate -> candidate.getName().equals(methodName))
        .findFirst()
        .orElseThrow(() -> new AssertionError(resource.getSimpleName() + " has no " + methodName));
    return ScopeFeature.requiredScope(resource, method);
  }

  private static String firstPublicMethod(Class<?> resource) {
    return Arrays.stream(resource.getDeclaredMethods())
        .filter(method -> java.lang.reflect.Modifier.isPublic(method.getModifiers()))
        .findFirst().orElseThrow().getName();
  }

  private static String firstGet(Class<?> resource) {
    return Arrays.stream(resource.getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(jakarta.ws.rs.GET.class))
        .findFirst().orElseThrow().getName();
  }
}
