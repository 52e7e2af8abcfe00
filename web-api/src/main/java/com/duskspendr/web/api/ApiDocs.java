package com.duskspendr.web.api;

/**
 * Names of the reusable OpenAPI error responses declared on {@link DuskSpendrApi}; operations refer to them
 * with {@code @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)} so that every error is
 * documented with the error envelope without repeating its schema.
 */
public final class ApiDocs {

  public static final String VALIDATION_ERROR = "ValidationError";
  public static final String UNAUTHORIZED = "Unauthorized";
  public static final String FORBIDDEN = "Forbidden";
  public static final String NOT_FOUND = "NotFound";
  public static final String CONFLICT = "Conflict";
  public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
  public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
  public static final String RATE_LIMITED = "RateLimited";
  public static final String INTERNAL_ERROR = "InternalError";
  public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

  /**
   * The error envelope's schema, by name: these responses are built when Payara scans this application class,
   * before it has scanned {@link com.duskspendr.web.envelope.ErrorEnvelope}, so
   * {@code @Schema(implementation = ErrorEnvelope.class)} would find nothing to copy and yield an empty object.
   */
  public static final String ERROR_ENVELOPE = "ErrorEnvelope";

  public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

  private ApiDocs() {}
}
