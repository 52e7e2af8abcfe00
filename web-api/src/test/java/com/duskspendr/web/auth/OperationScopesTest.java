package com.duskspendr.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.duskspendr.web.api.DuskSpendrApi;
import com.duskspendr.web.api.ResourceClasses;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperationScopesTest {

  @ApplicationPath("/api")
  static class Application {}

  @Path("v1/things/")
  @Scoped(read = "things:read", write = "things:write")
  public static class ThingsResource {
    @GET
    public void list() {}

    @POST
    public void create() {}

    @DELETE
    @Path("{id: [0-9a-f-]+}")
    @Scoped
    public void delete() {}

    @GET
    @Path("public")
    @PermitAll
    public void open() {}
  }

  @Path("v1/settings")
  public static class SettingsResource {
    @GET
    public void read() {}
  }

  private final OperationScopes scopes =
      OperationScopes.of(Application.class, List.of(ThingsResource.class, SettingsResource.class));

  @Test
  void eachOperationHasTheScopeTheServerEnforcesForIt() {
    assertEquals(Optional.of("things:read"), scopes.of("GET", "/api/v1/things"));
    assertEquals(Optional.of("things:write"), scopes.of("post", "/api/v1/things"));
    assertEquals(Optional.of(""), scopes.of("DELETE", "/api/v1/things/{id}"), "a method's @Scoped overrides");
    assertEquals(Optional.of(""), scopes.of("GET", "/api/v1/settings"), "no @Scoped: first-party only");
    assertEquals(Optional.empty(), scopes.of("GET", "/api/v1/things/public"), "public: no security at all");
    assertEquals(Optional.empty(), scopes.of("PUT", "/api/v1/things"));
  }

  @Test
  void pathsAreComparedAsTheDocumentWritesThem() {
    assertEquals("/api/v1/x/{id}", OperationScopes.normalized("api//v1/x/{id : \\d+}/"));
    assertEquals("/", OperationScopes.normalized("/"));
  }

  @Test
  void theApplicationsOwnResourcesAreFoundWithoutAList() {
    List<Class<?>> resources = ResourceClasses.all();
    assertEquals(true, resources.contains(AuthResource.class), resources.toString());
    assertEquals(true, resources.contains(ExternalSignInResource.class));
    OperationScopes real = OperationScopes.of(DuskSpendrApi.class, resources);
    assertEquals(Optional.of("transactions:read"), real.of("GET", "/api/v1/transactions"));
    assertEquals(Optional.empty(), real.of("POST", "/api/v1/auth/login"));
  }
}
