package com.duskspendr.web.sync;

import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.web.api.ApiJson;
import com.duskspendr.web.envelope.FieldIssue;
import com.duskspendr.web.errors.JsonProblems;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;

/**
 * Binds a pushed change's {@code data} to the request record its REST endpoint takes, with the API's strict
 * JSON binding, so that a push accepts exactly what the endpoint accepts. For the {@link SyncedRecordWriter}s.
 */
public final class PushedData {

  private PushedData() {}

  /**
   * @throws InvalidInputException data does not fit the request (unknown field, wrong type), with the field
   *     named relative to {@code data} (the push reports it as {@code rejected})
   */
  public static <T> T read(JsonObject data, Class<T> request) {
    try {
      return ApiJson.jsonb().fromJson(data.toString(), request);
    } catch (JsonbException unreadable) {
      FieldIssue issue = JsonProblems.issueOf(unreadable);
      // A problem with data as a whole: the push names it after data itself.
      String field = "body".equals(issue.field()) ? "" : issue.field();
      throw InvalidInputException.of(field, issue.issue());
    }
  }

  /**
   * A {@code version} in the data must agree with the change's {@code baseVersion} (the REST endpoints take
   * it as the expected version too).
   */
  public static void requireSameVersion(Long dataVersion, long baseVersion) {
    if (dataVersion != null && dataVersion != baseVersion) {
      throw InvalidInputException.of("version", "differs from the change's baseVersion");
    }
  }
}
