package com.duskspendr.web.errors;

import com.duskspendr.web.api.JsonTypeMismatchException;
import com.duskspendr.web.envelope.ErrorCode;
import com.duskspendr.web.envelope.FieldIssue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JSON-B/JSON-P failure to read a request body into a field detail without echoing the binder's text
 * (which names our classes). Yasson nests property failures as {@code Unable to deserialize property 'a'
 * because of: ...}; the nesting gives the field path and the innermost failure the issue.
 */
public final class JsonProblems {

  private static final Pattern NESTED = Pattern.compile("^Unable to deserialize property '([^']+)' because of: (.*)$", Pattern.DOTALL);
  private static final Pattern UNKNOWN = Pattern.compile("^Json property (\\S+) can not be mapped to a class.*", Pattern.DOTALL);
  private static final Pattern WRONG_SHAPE = Pattern.compile("^Incorrect position for processing type.*", Pattern.DOTALL);

  static final String MALFORMED = "The request body is not valid JSON";
  static final String INVALID = "The request body is invalid";

  private JsonProblems() {}

  /** The problem if the cause chain holds a JSON reading failure. */
  static Optional<ApiError> describe(Throwable thrown) {
    JsonParsingException parsing = Causes.find(thrown, JsonParsingException.class);
    if (parsing != null) {
      return Optional.of(malformed(parsing.getLocation()));
    }
    JsonbException binding = Causes.find(thrown, JsonbException.class);
    if (binding == null) {
      return Optional.empty();
    }
    return Optional.of(ApiError.of(ErrorCode.VALIDATION_ERROR, INVALID, List.of(issueOf(binding))));
  }

  private static ApiError malformed(JsonLocation location) {
    String issue = location == null
        ? "malformed JSON"
        : "malformed JSON at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    return ApiError.of(ErrorCode.VALIDATION_ERROR, MALFORMED, List.of(new FieldIssue(ViolationFields.BODY, issue)));
  }

  /**
   * The field and problem of a JSON-B failure, as the error envelope reports it; for code that binds
   * embedded JSON itself (a pushed change's data). A problem with the value as a whole is field {@code body}.
   */
  public static FieldIssue issueOf(JsonbException binding) {
    List<String> path = new ArrayList<>();
    String rest = binding.getMessage() == null ? "" : binding.getMessage();
    for (Matcher nested = NESTED.matcher(rest); nested.matches(); nested = NESTED.matcher(rest)) {
      path.add(nested.group(1));
      rest = nested.group(2);
    }
    JsonTypeMismatchException mismatch = Causes.find(binding, JsonTypeMismatchException.class);
    if (mismatch != null) {
      return new FieldIssue(field(path), mismatch.getMessage());
    }
    Matcher unknown = UNKNOWN.matcher(rest);
    if (unknown.matches()) {
      path.add(unknown.group(1));
      return new FieldIssue(field(path), "unknown field");
    }
    if (WRONG_SHAPE.matcher(rest).matches()) {
      return new FieldIssue(field(path), path.isEmpty() ? "must be a JSON object" : "has the wrong JSON type");
    }
    return new FieldIssue(field(path), "has an invalid value");
  }

  private static String field(List<String> path) {
    return path.isEmpty() ? ViolationFields.BODY : String.join(".", path);
  }
}
