package com.duskspendr.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.auth.boundary.EmailAlreadyRegisteredException;
import com.duskspendr.auth.boundary.InvalidCredentialsException;
import com.duskspendr.auth.boundary.LoginThrottledException;
import com.duskspendr.web.ratelimit.RateLimitExceededException;
import com.duskspendr.auth.boundary.PasswordPolicyException;
import com.duskspendr.auth.boundary.SessionNotFoundException;
import com.duskspendr.auth.boundary.AccountGoneException;
import com.duskspendr.platform.failure.DomainException;
import com.duskspendr.users.boundary.ProfileNotFoundException;
import com.duskspendr.users.boundary.ProfileValidationException;
import com.duskspendr.web.api.JsonTypeMismatchException;
import com.duskspendr.web.envelope.ErrorCode;
import com.duskspendr.web.envelope.FieldIssue;
import com.duskspendr.web.request.PayloadTooLargeException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorTranslatorTest {

  private final ErrorTranslator translator = new ErrorTranslator();

  @BeforeAll
  static void jaxRs() {
    StubRuntimeDelegate.install();
  }

  private ApiError translate(Throwable thrown) {
    return translator.translate(thrown);
  }

  private static void assertCode(ErrorCode expected, int status, ApiError error) {
    assertEquals(expected, error.code());
    assertEquals(status, error.status());
  }

  @Nested
  class BusinessFailures {

    @Test
    void emailTakenIsAConflictWithTheServiceMessage() {
      ApiError error = translate(new EmailAlreadyRegisteredException());
      assertCode(ErrorCode.CONFLICT, 409, error);
      assertEquals("An account with this email already exists", error.message());
    }

    @Test
    void wrongCredentialsAreUnauthorized() {
      ApiError error = translate(new InvalidCredentialsException("Invalid email or password"));
      assertCode(ErrorCode.UNAUTHORIZED, 401, error);
      assertEquals("Invalid email or password", error.message());
    }

    @Test
    void aSpentRateLimitIsRateLimitedWithRetryAfterInWholeSeconds() {
      ApiError error = translate(new RateLimitExceededException(Duration.ofMillis(2100)));
      assertCode(ErrorCode.RATE_LIMITED, 429, error);
      assertEquals("3", error.headers().get("Retry-After"));
    }

    @Test
    void throttledLoginIsRateLimitedWithRetryAfter() {
      ApiError error = translate(new LoginThrottledException(Duration.ofMillis(1500)));
      assertCode(ErrorCode.RATE_LIMITED, 429, error);
      assertEquals("2", error.headers().get("Retry-After"));
    }

    @Test
    void tooManyImportsInFlightIsRateLimitedWithRetryAfter() {
      ApiError error = translate(new com.duskspendr.transactions.imports.boundary.TooManyImportsException(
          2, Duration.ofSeconds(10)));
      assertCode(ErrorCode.RATE_LIMITED, 429, error);
      assertEquals("10", error.headers().get("Retry-After"));
      assertTrue(error.message().contains("2 statement imports"), error.message());
    }

    @Test
    void passwordPolicyIssuesBecomePasswordDetails() {
      ApiError error = translate(new PasswordPolicyException(List.of("is too short", "is a common password")));
      assertCode(ErrorCode.VALIDATION_ERROR, 400, error);
      assertEquals(
          List.of(new FieldIssue("password", "is too short"), new FieldIssue("password", "is a common password")),
          error.details());
    }

    @Test
    void anAccountThatIsGoneIsUnauthorized() {
      ApiError error = translate(new AccountGoneException());
      assertCode(ErrorCode.UNAUTHORIZED, 401, error);
    }

    @Test
    void unknownSessionIsNotFound() {
      assertCode(ErrorCode.NOT_FOUND, 404, translate(new SessionNotFoundException()));
    }

    @Test
    void missingProfileIsNotFound() {
      assertCode(ErrorCode.NOT_FOUND, 404, translate(new ProfileNotFoundException()));
    }

    @Test
    void profileValidationKeepsTheServiceFieldNames() {
      ApiError error = translate(new ProfileValidationException(List.of(
          new DomainException.FieldIssue("preferences.currency", "must be an ISO 4217 code"),
          new DomainException.FieldIssue("avatarUrl", "must be an https URL"))));
      assertCode(ErrorCode.VALIDATION_ERROR, 400, error);
      assertEquals(
          List.of(new FieldIssue("preferences.currency", "must be an ISO 4217 code"), new FieldIssue("avatarUrl", "must be an https URL")),
          error.details());
    }

    @Test
    void concurrentModificationIsAConflict() {
      assertCode(ErrorCode.CONFLICT, 409, translate(new OptimisticLockException("row changed")));
    }
  }

  @ParameterizedTest(name = "{0} ms -> Retry-After {1}")
  @CsvSource({"1, 1", "999, 1", "1000, 1", "1001, 2", "1500, 2", "30000, 30", "0, 1", "-5, 1"})
  void retryAfterIsWholeSecondsRoundedUpAndPositive(long millis, long seconds) {
    assertEquals(seconds, ErrorTranslator.retryAfterSeconds(Duration.ofMillis(millis)));
  }

  @Test
  void retryAfterWithoutADurationStillTellsClientsToWait() {
    assertEquals(1, ErrorTranslator.retryAfterSeconds(null));
  }

  @Nested
  class EjbWrapping {

    @Test
    void systemExceptionIsUnwrappedToItsCause() {
      ApiError error = translate(new EJBException(Violations.of("must be a well-formed email address", "METHOD:register PARAMETER:registration PROPERTY:email")));
      assertCode(ErrorCode.VALIDATION_ERROR, 400, error);
      assertEquals(List.of(new FieldIssue("email", "must be a well-formed email address")), error.details());
    }

    @Test
    void rolledBackTransactionIsUnwrappedThroughSeveralLayers() {
      Exception inner = new EJBException(new EmailAlreadyRegisteredException());
      assertCode(ErrorCode.CONFLICT, 409, translate(new EJBTransactionRolledbackException("rolled back", inner)));
    }

    @Test
    void ejbExceptionWithoutCauseIsInternal() {
      ApiError error = translate(new EJBException("pool exhausted at node-7"));
      assertCode(ErrorCode.INTERNAL_ERROR, 500, error);
      assertFalse(error.message().contains("node-7"));
    }

    @Test
    void accessDeniedByTheContainerIsForbidden() {
      assertCode(ErrorCode.FORBIDDEN, 403, translate(new EJBAccessException("caller not in role")));
    }
  }

  @Nested
  class UnexpectedFailures {

    @Test
    void anythingElseIsInternalAndSaysNothingAboutItself() {
      ApiError error = translate(new IllegalStateException("password=hunter2 at jdbc:postgresql://db"));
      assertCode(ErrorCode.INTERNAL_ERROR, 500, error);
      assertEquals(ErrorCode.INTERNAL_ERROR.defaultMessage(), error.message());
      assertTrue(error.details().isEmpty());
      assertTrue(error.serverFault());
    }

    @Test
    void errorsAreInternalToo() {
      assertCode(ErrorCode.INTERNAL_ERROR, 500, translate(new OutOfMemoryError("heap")));
    }

    @Test
    void processingFailureWithoutJsonCauseIsInternal() {
      assertCode(ErrorCode.INTERNAL_ERROR, 500, translate(new ProcessingException("writer exploded", new IllegalStateException())));
    }

    @Test
    void clientErrorsAreNotServerFaults() {
      assertFalse(translate(new NotFoundException()).serverFault());
    }
  }

  @Nested
  class BeanValidation {

    @Test
    void methodAndParameterNodesAreDroppedFromFieldNames() {
      ApiError error = translate(Violations.of(
          "must not be blank", "METHOD:register PARAMETER:arg0 PROPERTY:email",
          "size must be between 0 and 100", "METHOD:register PARAMETER:arg0 PROPERTY:displayName"));
      assertCode(ErrorCode.VALIDATION_ERROR, 400, error);
      assertEquals(
          List.of(new FieldIssue("displayName", "size must be between 0 and 100"), new FieldIssue("email", "must not be blank")),
          error.details());
    }

    @Test
    void nestedPropertiesAreDotted() {
      ApiError error = translate(Violations.of("must not be null", "METHOD:update PARAMETER:patch PROPERTY:preferences PROPERTY:currency"));
      assertEquals(List.of(new FieldIssue("preferences.currency", "must not be null")), error.details());
    }

    @Test
    void indexedPropertiesKeepTheirIndex() {
      ApiError error = translate(Violations.of("must not be blank", "METHOD:create PARAMETER:arg0 PROPERTY:tags[2]"));
      assertEquals("tags[2]", error.details().get(0).field());
    }

    @Test
    void aNullBodyIsReportedOnBody() {
      ApiError error = translate(Violations.of("must not be null", "METHOD:login PARAMETER:arg0"));
      assertCode(ErrorCode.VALIDATION_ERROR, 400, error);
      assertEquals(List.of(new FieldIssue("body", "must not be null")), error.details());
      assertEquals(ErrorTranslator.BODY_REQUIRED, error.message());
    }

    @Test
    void pathsWithoutNodeKindsFallBackToTheText() {
      ApiError error = translate(Violations.of("must not be blank", "register arg0 email"));
      assertEquals("email", error.details().get(0).field());
    }

    @Test
    void theSameIssueReportedTwiceAppearsOnce() {
      ApiError error = translate(Violations.of(
          "must not be blank", "METHOD:login PARAMETER:arg0 PROPERTY:email",
          "must not be blank", "METHOD:login PARAMETER:request PROPERTY:email"));
      assertEquals(1, error.details().size());
    }

    @Test
    void returnValueViolationIsOurBug() {
      assertCode(ErrorCode.INTERNAL_ERROR, 500, translate(Violations.of("must not be null", "METHOD:profileOf RETURN_VALUE:<return value>")));
    }
  }

  @Nested
  class JaxRsFailures {

    @Test
    void unknownRouteIsNotFound() {
      assertCode(ErrorCode.NOT_FOUND, 404, translate(new NotFoundException()));
    }

    @Test
    void wrongMethodIsNotAllowedAndSaysWhatIs() {
      ApiError error = translate(new NotAllowedException("POST", new String[] {"OPTIONS"}));
      assertCode(ErrorCode.METHOD_NOT_ALLOWED, 405, error);
      assertEquals("OPTIONS,POST", error.headers().get("Allow"));
    }

    @Test
    void wrongContentTypeIsUnsupported() {
      assertCode(ErrorCode.UNSUPPORTED_MEDIA_TYPE, 415, translate(new NotSupportedException()));
    }

    @Test
    void unproducibleAcceptIsNotAcceptable() {
      assertCode(ErrorCode.NOT_ACCEPTABLE, 406, translate(new NotAcceptableException()));
    }

    @Test
    void missingRoleIsForbidden() {
      assertCode(ErrorCode.FORBIDDEN, 403, translate(new ForbiddenException()));
    }

    @Test
    void missingTokenIsUnauthorizedWithABearerChallenge() {
      ApiError error = translate(new NotAuthorizedException("Bearer"));
      assertCode(ErrorCode.UNAUTHORIZED, 401, error);
      assertEquals("Bearer", error.headers().get("WWW-Authenticate"));
    }

    @Test
    void unavailableKeepsItsRetryAfter() {
      ApiError error = translate(new ServiceUnavailableException(120L));
      assertCode(ErrorCode.SERVICE_UNAVAILABLE, 503, error);
      assertEquals("120", error.headers().get("Retry-After"));
    }

    @Test
    void plainBadRequestIsAValidationError() {
      assertCode(ErrorCode.VALIDATION_ERROR, 400, translate(new BadRequestException("Jersey internals")));
    }

    @Test
    void otherStatusesMapByStatusWithoutTheirMessage() {
      ApiError conflict = translate(new WebApplicationException("framework text", 409));
      assertCode(ErrorCode.CONFLICT, 409, conflict);
      assertFalse(conflict.message().contains("framework"));
      assertCode(ErrorCode.INTERNAL_ERROR, 500, translate(new WebApplicationException(502)));
      assertCode(ErrorCode.VALIDATION_ERROR, 400, translate(new WebApplicationException(418)));
    }
  }

  @Nested
  class RequestBodies {

    @Test
    void emptyBodyIsReportedOnBody() {
      ApiError error = translate(new BadRequestException(new NoContentException("empty")));
      assertCode(ErrorCode.VALIDATION_ERROR, 400, error);
      assertEquals(List.of(new FieldIssue("body", "is required")), error.details());
    }

    @Test
    void oversizedBodyIsFoundUnderTheReadersWrapping() {
      Throwable wrapped = new ProcessingException("Error deserializing object from entity stream.",
          new JsonbException("Internal error: I/O error", new JsonException("I/O error while parsing JSON", new PayloadTooLargeException(1024))));
      ApiError error = translate(wrapped);
      assertCode(ErrorCode.PAYLOAD_TOO_LARGE, 413, error);
    }

    // The messages below are the ones Yasson 3.0.4 (Payara 6.2025.10) produces, captured from the real binder.

    @Test
    void malformedJsonNamesThePositionNotTheParser() {
      Throwable wrapped = new ProcessingException("Error deserializing object from entity stream.",
          new JsonbException("Internal error: Invalid token=EOF at (line no=1, column no=18, offset=17). Expected tokens are: [CURLYOPEN]",
              new JsonParsingException("Invalid token=EOF", location(1, 18))));
      ApiError error = translate(wrapped);
      assertCode(ErrorCode.VALIDATION_ERROR, 400, error);
      assertEquals(JsonProblems.MALFORMED, error.message());
      assertEquals(List.of(new FieldIssue("body", "malformed JSON at line 1, column 18")), error.details());
    }

    @Test
    void unknownNestedFieldIsNamedByItsPath() {
      JsonbException root = new JsonbException("Json property bogus can not be mapped to a class class com.duskspendr.web.users.ProfilePatchRequest$PreferencesPatch.");
      Throwable wrapped = new ProcessingException("Error deserializing object from entity stream.",
          new JsonbException("Unable to deserialize property 'preferences' because of: " + root.getMessage(), root));
      ApiError error = translate(wrapped);
      assertCode(ErrorCode.VALIDATION_ERROR, 400, error);
      assertEquals(List.of(new FieldIssue("preferences.bogus", "unknown field")), error.details());
      assertFalse(error.message().contains("class"));
    }

    @Test
    void unknownTopLevelField() {
      ApiError error = translate(new JsonbException("Json property isAdmin can not be mapped to a class class X."));
      assertEquals(List.of(new FieldIssue("isAdmin", "unknown field")), error.details());
    }

    @Test
    void wrongValueTypeUsesOurStrictMessage() {
      JsonTypeMismatchException mismatch = new JsonTypeMismatchException("must be true or false");
      String nested = "Unable to deserialize property 'preferences' because of: Unable to deserialize property 'notifications' because of: "
          + "Unable to deserialize property 'push' because of: must be true or false";
      ApiError error = translate(new ProcessingException("Error deserializing object from entity stream.", new JsonbException(nested, mismatch)));
      assertEquals(List.of(new FieldIssue("preferences.notifications.push", "must be true or false")), error.details());
    }

    @Test
    void objectWhereAValueBelongsIsTheWrongType() {
      ApiError error = translate(new JsonbException("Unable to deserialize property 'preferences' because of: Incorrect position for processing type: "
          + "class com.duskspendr.web.users.ProfilePatchRequest$PreferencesPatch. Received event: VALUE_STRING Allowed: [START_OBJECT]"));
      assertEquals(List.of(new FieldIssue("preferences", "has the wrong JSON type")), error.details());
    }

    @Test
    void arrayInsteadOfTheBodyObject() {
      ApiError error = translate(new JsonbException("Incorrect position for processing type: class X. Received event: START_ARRAY Allowed: [START_OBJECT]"));
      assertEquals(List.of(new FieldIssue("body", "must be a JSON object")), error.details());
    }

    @Test
    void otherBindingFailuresSayOnlyWhichField() {
      ApiError error = translate(new JsonbException("Unable to deserialize property 'weekStartsOn' because of: No enum constant java.time.DayOfWeek.FUNDAY"));
      assertEquals(List.of(new FieldIssue("weekStartsOn", "has an invalid value")), error.details());
    }

    private static JsonLocation location(long line, long column) {
      return new JsonLocation() {
        @Override public long getLineNumber() { return line; }
        @Override public long getColumnNumber() { return column; }
        @Override public long getStreamOffset() { return column - 1; }
      };
    }
  }
}
