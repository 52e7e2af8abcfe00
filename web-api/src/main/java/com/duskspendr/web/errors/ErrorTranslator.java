package com.duskspendr.web.errors;

import com.duskspendr.auth.boundary.AccountGoneException;
import com.duskspendr.auth.boundary.AccountLockedException;
import com.duskspendr.auth.boundary.AuthException;
import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.DomainException;
import com.duskspendr.auth.boundary.EmailAlreadyRegisteredException;
import com.duskspendr.auth.boundary.InvalidCredentialsException;
import com.duskspendr.auth.boundary.LoginThrottledException;
import com.duskspendr.auth.boundary.PasswordPolicyException;
import com.duskspendr.auth.boundary.SessionNotFoundException;
import com.duskspendr.auth.oidc.boundary.IdentityProviderUnavailableException;
import com.duskspendr.transactions.imports.boundary.TooManyImportsException;
import com.duskspendr.web.api.RejectedInputException;
import com.duskspendr.web.ratelimit.RateLimitExceededException;
import com.duskspendr.web.envelope.ErrorCode;
import com.duskspendr.web.envelope.FieldIssue;
import com.duskspendr.web.request.PayloadTooLargeException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides what any exception means for the client. Pure: no container, no I/O, so that every mapping is
 * unit-tested. Business exceptions carry messages written for clients; anything unexpected becomes
 * {@link ErrorCode#INTERNAL_ERROR} with the generic message, its text never leaves the server.
 */
public final class ErrorTranslator {

  static final String RETRY_AFTER = "Retry-After";
  /** A provider that could not be reached is usually back within a minute; asking sooner only adds load. */
  private static final String PROVIDER_RETRY_SECONDS = "30";
  static final String BODY_REQUIRED = "A request body is required";

  public ApiError translate(Throwable thrown) {
    Throwable failure = unwrapContainer(thrown);

    // Raised deep inside body reading and wrapped by whoever read: the chain decides.
    PayloadTooLargeException tooLarge = Causes.find(failure, PayloadTooLargeException.class);
    if (tooLarge != null) {
      return ApiError.of(ErrorCode.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
    }
    if (Causes.find(failure, NoContentException.class) != null) {
      return bodyRequired();
    }
    RejectedInputException rejected = Causes.find(failure, RejectedInputException.class);
    if (rejected != null) {
      return ApiError.of(ErrorCode.VALIDATION_ERROR, ErrorCode.VALIDATION_ERROR.defaultMessage(), List.of(rejected.issue()));
    }

    if (failure instanceof RateLimitExceededException limited) {
      return rateLimited(limited.getMessage(), limited.retryAfter());
    }
    if (failure instanceof TooManyImportsException busy) {
      return rateLimited(busy.getMessage(), busy.retryAfter());
    }
    if (failure instanceof com.duskspendr.web.admin.BrokerUnavailableException away) {
      return ApiError.of(ErrorCode.SERVICE_UNAVAILABLE, away.getMessage());
    }
    if (failure instanceof AuthException auth) {
      return translateAuth(auth);
    }
    if (failure instanceof DomainException domain) {
      // Every context's failures: one family, mapped by kind (the kernel's platform.failure).
      return translateDomain(domain);
    }
    if (failure instanceof ConstraintViolationException violations) {
      return translateViolations(violations);
    }
    if (failure instanceof EJBAccessException) {
      return ApiError.of(ErrorCode.FORBIDDEN);
    }
    if (failure instanceof OptimisticLockException) {
      return ApiError.of(ErrorCode.CONFLICT, "The resource was changed by another request; retry");
    }
    if (failure instanceof WebApplicationException web) {
      return translateWeb(web);
    }
    return JsonProblems.describe(failure).orElseGet(() -> ApiError.of(ErrorCode.INTERNAL_ERROR));
  }

  /** EJB containers wrap system exceptions (a validation failure in a bean, say): the cause is what happened. */
  static Throwable unwrapContainer(Throwable thrown) {
    Throwable current = thrown;
    while (current instanceof EJBException ejb && !(current instanceof EJBAccessException)) {
      Throwable cause = ejb.getCause() != null ? ejb.getCause() : ejb.getCausedByException();
      if (cause == null || cause == current) {
        break;
      }
      current = cause;
    }
    return current;
  }

  private static ApiError translateDomain(DomainException failure) {
    return switch (failure.kind()) {
      case NOT_FOUND -> ApiError.of(ErrorCode.NOT_FOUND, failure.getMessage());
      case CONFLICT -> failure instanceof ConflictException conflict
          ? ApiError.conflict(failure.getMessage(), conflict.current())
          : ApiError.of(ErrorCode.CONFLICT, failure.getMessage());
      case INVALID -> ApiError.of(
          ErrorCode.VALIDATION_ERROR,
          failure.getMessage(),
          failure.issues().stream().map(issue -> new FieldIssue(issue.field(), issue.issue())).toList());
    };
  }

  private ApiError translateAuth(AuthException auth) {
    if (auth instanceof EmailAlreadyRegisteredException) {
      return ApiError.of(ErrorCode.CONFLICT, auth.getMessage());
    }
    if (auth instanceof InvalidCredentialsException || auth instanceof AccountGoneException) {
      return ApiError.of(ErrorCode.UNAUTHORIZED, auth.getMessage());
    }
    if (auth instanceof LoginThrottledException throttled) {
      return rateLimited(auth.getMessage(), throttled.retryAfter());
    }
    if (auth instanceof PasswordPolicyException policy) {
      return ApiError.of(
          ErrorCode.VALIDATION_ERROR,
          auth.getMessage(),
          policy.issues().stream().map(issue -> new FieldIssue("password", issue)).toList());
    }
    if (auth instanceof IdentityProviderUnavailableException) {
      return ApiError.of(ErrorCode.SERVICE_UNAVAILABLE, auth.getMessage()).withHeader(RETRY_AFTER, PROVIDER_RETRY_SECONDS);
    }
    if (auth instanceof AccountLockedException) {
      return ApiError.of(ErrorCode.FORBIDDEN, auth.getMessage());
    }
    if (auth instanceof SessionNotFoundException) {
      return ApiError.of(ErrorCode.NOT_FOUND, auth.getMessage());
    }
    // A failure added to the contract after this mapping: a client-side problem by definition of AuthException.
    return ApiError.of(ErrorCode.VALIDATION_ERROR, auth.getMessage());
  }

  /** Every "come back later" failure (rate limit, login throttle, imports in flight): 429 with Retry-After. */
  private static ApiError rateLimited(String message, Duration retryAfter) {
    return ApiError.of(ErrorCode.RATE_LIMITED, message)
        .withHeader(RETRY_AFTER, Long.toString(retryAfterSeconds(retryAfter)));
  }

  /** Whole seconds, rounded up (a client retrying early is refused again), at least one. */
  static long retryAfterSeconds(Duration retryAfter) {
    if (retryAfter == null || retryAfter.isNegative() || retryAfter.isZero()) {
      return 1;
    }
    long seconds = retryAfter.getSeconds();
    return retryAfter.getNano() > 0 ? seconds + 1 : seconds;
  }

  private ApiError translateViolations(ConstraintViolationException violations) {
    Set<ConstraintViolation<?>> all = violations.getConstraintViolations();
    if (all == null || all.isEmpty() || all.stream().anyMatch(v -> ViolationFields.isReturnValue(v.getPropertyPath()))) {
      // Our own output broke a contract, or the exception says nothing: not the client's doing.
      return ApiError.of(ErrorCode.INTERNAL_ERROR);
    }
    List<FieldIssue> details = all.stream()
        .map(v -> new FieldIssue(ViolationFields.fieldOf(v.getPropertyPath()), v.getMessage()))
        .sorted(Comparator.comparing(FieldIssue::field).thenComparing(FieldIssue::issue))
        .collect(Collectors.toCollection(LinkedHashSet::new))
        .stream()
        .toList();
    boolean onlyBodyMissing = details.stream().allMatch(d -> d.field().equals(ViolationFields.BODY));
    return ApiError.of(ErrorCode.VALIDATION_ERROR, onlyBodyMissing ? BODY_REQUIRED : ErrorCode.VALIDATION_ERROR.defaultMessage(), details);
  }

  private ApiError translateWeb(WebApplicationException web) {
    if (web instanceof BadRequestException) {
      return JsonProblems.describe(web).orElseGet(() -> ApiError.of(ErrorCode.VALIDATION_ERROR));
    }
    if (web instanceof NotAuthorizedException) {
      return ApiError.of(ErrorCode.UNAUTHORIZED).withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    if (web instanceof ForbiddenException) {
      return ApiError.of(ErrorCode.FORBIDDEN);
    }
    if (web instanceof NotFoundException) {
      return ApiError.of(ErrorCode.NOT_FOUND);
    }
    if (web instanceof NotAllowedException) {
      ApiError error = ApiError.of(ErrorCode.METHOD_NOT_ALLOWED);
      String allow = web.getResponse().getHeaderString(HttpHeaders.ALLOW);
      return allow == null ? error : error.withHeader(HttpHeaders.ALLOW, allow);
    }
    if (web instanceof NotAcceptableException) {
      return ApiError.of(ErrorCode.NOT_ACCEPTABLE);
    }
    if (web instanceof NotSupportedException) {
      return ApiError.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }
    if (web instanceof ServiceUnavailableException) {
      ApiError error = ApiError.of(ErrorCode.SERVICE_UNAVAILABLE);
      String retry = web.getResponse().getHeaderString(RETRY_AFTER);
      return retry == null ? error : error.withHeader(RETRY_AFTER, retry);
    }
    // Anything else carries only a status we trust; never its message, which may be the framework's.
    return ApiError.of(ErrorCode.forStatus(web.getResponse().getStatus()));
  }

  private static ApiError bodyRequired() {
    return ApiError.of(ErrorCode.VALIDATION_ERROR, BODY_REQUIRED, List.of(new FieldIssue(ViolationFields.BODY, "is required")));
  }
}
