package com.duskspendr.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.duskspendr.auth.boundary.InvalidCredentialsException;
import com.duskspendr.web.envelope.ErrorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ErrorPageServletTest {

  @BeforeAll
  static void jaxRs() {
    StubRuntimeDelegate.install();
  }

  @ParameterizedTest(name = "container status {0} -> {1}")
  @CsvSource({
    "400, VALIDATION_ERROR", "401, UNAUTHORIZED", "403, FORBIDDEN", "404, NOT_FOUND", "405, METHOD_NOT_ALLOWED",
    "413, PAYLOAD_TOO_LARGE", "415, UNSUPPORTED_MEDIA_TYPE", "500, INTERNAL_ERROR", "503, SERVICE_UNAVAILABLE"})
  void everyConfiguredStatusKeepsItsStatusAndGetsItsCode(int status, ErrorCode code) {
    ApiError error = ErrorPageServlet.errorOf(status, null);
    assertEquals(code, error.code());
    assertEquals(status, error.status());
  }

  @Test
  void rejectedTokenGetsABearerChallenge() {
    assertEquals("Bearer", ErrorPageServlet.errorOf(401, null).headers().get("WWW-Authenticate"));
  }

  @Test
  void requestedDirectlyThereIsNothingHere() {
    assertEquals(ErrorCode.NOT_FOUND, ErrorPageServlet.errorOf(null, null).code());
  }

  @Test
  void anEscapedExceptionIsTranslatedLikeInTheApi() {
    assertEquals(ErrorCode.UNAUTHORIZED, ErrorPageServlet.errorOf(500, new InvalidCredentialsException("no")).code());
    ApiError bug = ErrorPageServlet.errorOf(500, new NullPointerException("field x of y"));
    assertEquals(ErrorCode.INTERNAL_ERROR, bug.code());
    assertFalse(bug.message().contains("field x"));
  }
}
