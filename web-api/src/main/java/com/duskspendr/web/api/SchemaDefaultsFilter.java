package com.duskspendr.web.api;

import com.duskspendr.web.auth.OperationScopes;
import com.duskspendr.web.auth.Scoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Removes the {@code @Schema} annotation defaults Payara copies into the schemas it builds from annotations
 * ({@code maxProperties: 0}, {@code minLength: 0}, {@code nullable: false}, ...). All but one merely restate
 * the OpenAPI default; {@code maxProperties: 0} would declare that an envelope has no properties at all.
 * Registered as {@code mp.openapi.filter}.
 *
 * <p>Also adds the answer every operation can give, once here rather than on each method: 429 when a rate
 * limit is spent (the API's rate limiter runs before any resource).
 *
 * <p>And what every secured operation shares, from the code that enforces it rather than from annotations
 * repeated on each method: 401, and the OAuth scope a client's token needs ({@link OperationScopes}, the
 * same rule {@code ScopeFeature} applies) as a second security requirement beside the first-party bearer
 * token. An operation for the DuskSpendr apps only lists the bearer token alone.
 */
public class SchemaDefaultsFilter implements OASFilter {

  @Override
  public Operation filterOperation(Operation operation) {
    if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("429")) {
      operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse().ref(ApiDocs.RATE_LIMITED));
    }
    return operation;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    OperationScopes scopes = OperationScopes.of(DuskSpendrApi.class, ResourceClasses.all());
    openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
        .forEach((method, operation) -> documentSecurity(operation, scopes.of(method.name(), path))));
  }

  private static void documentSecurity(Operation operation, Optional<String> scope) {
    if (scope.isEmpty()) {
      return;
    }
    if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("401")) {
      operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().ref(ApiDocs.UNAUTHORIZED));
    }
    if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
      operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(Roles.BEARER_SCHEME));
    }
    String needed = scope.get();
    if (!needed.isEmpty()) {
      List<String> scopes = Scoped.ANY_CLIENT.equals(needed) ? List.of() : List.of(needed);
      operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(Roles.OAUTH2_SCHEME, scopes));
    }
  }

  @Override
  public Schema filterSchema(Schema schema) {
    if (isZero(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (isZero(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (isZero(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    return schema;
  }

  private static boolean isZero(Integer value) {
    return value != null && value == 0;
  }
}
