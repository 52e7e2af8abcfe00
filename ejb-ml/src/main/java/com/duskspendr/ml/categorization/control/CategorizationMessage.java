package com.duskspendr.ml.categorization.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.ml.classifier.control.TransactionText;
import com.duskspendr.platform.messaging.MalformedMessageException;
import com.duskspendr.transactions.events.CategorizationBatchRequested;
import com.duskspendr.transactions.events.CategorizationRequested;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Version 1 of the categorization request (the ledger's CategorizationRequested contract: {@code eventType}
 * CategorizationRequested, {@code eventVersion} 1, a JSON text body {transactionId, userId, merchantName,
 * description, amount, currency}), read and checked field by field. Anything else is {@link Malformed}: it will never
 * become valid, however often it is redelivered.
 */
public record CategorizationMessage(UUID transactionId, AccountId owner, TransactionText text) {

  public static final String TYPE = CategorizationRequested.TYPE;
  public static final int VERSION = CategorizationRequested.VERSION;
  public static final String BATCH_TYPE = CategorizationBatchRequested.TYPE;
  public static final int BATCH_VERSION = CategorizationBatchRequested.VERSION;
  private static final int MAX_BODY = 16_384;
  /** A batch may use the whole of what the kernel's reader accepts. */
  private static final int MAX_BATCH_BODY = com.duskspendr.platform.messaging.EventMessages.MAX_BODY_CHARS;

  /** Why a message cannot be processed. */
  public static final class Malformed extends MalformedMessageException {
    public Malformed(String reason) {
      super(reason);
    }
  }

  /**
   * @param type the {@code eventType} header (null when absent)
   * @param version the {@code eventVersion} header (null when absent)
   * @param body the text body (null when not a text message)
   */
  public static CategorizationMessage parse(String type, Integer version, String body) {
    if (!TYPE.equals(type)) {
      throw new Malformed("eventType is " + type + ", not " + TYPE);
    }
    return fromJson(object(version, VERSION, body, MAX_BODY));
  }

  /** The body as a JSON object, after the checks every kind of request shares. */
  private static JsonObject object(Integer version, int expectedVersion, String body, int maxBody) {
    if (!Objects.equals(version, expectedVersion)) {
      throw new Malformed("eventVersion is " + version + ", not " + expectedVersion);
    }
    if (body == null || body.isBlank()) {
      throw new Malformed("no text body");
    }
    if (body.length() > maxBody) {
      throw new Malformed("body of " + body.length() + " characters");
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException notAnObject) {
      throw new Malformed("body is not a JSON object");
    }
  }

  private static CategorizationMessage fromJson(JsonObject json) {
    UUID transactionId = uuid(json, "transactionId");
    AccountId owner = new AccountId(uuid(json, "userId"));
    BigDecimal amount;
    try {
      amount = new BigDecimal(required(json, "amount"));
    } catch (NumberFormatException e) {
      throw new Malformed("amount is not a decimal");
    }
    return new CategorizationMessage(
        transactionId, owner, new TransactionText(optional(json, "merchantName"), optional(json, "description"), amount));
  }

  /**
   * A categorization request of either kind: one transaction (CategorizationRequested v1) or a batch of
   * one user's (CategorizationBatchRequested v1, {userId, requests: [request, ...]}). Every request of a
   * batch must be well-formed and belong to the batch's user, or the whole message is malformed.
   */
  public static List<CategorizationMessage> parseAny(String type, Integer version, String body) {
    if (!BATCH_TYPE.equals(type)) {
      return List.of(parse(type, version, body));
    }
    JsonObject json = object(version, BATCH_VERSION, body, MAX_BATCH_BODY);
    AccountId owner = new AccountId(uuid(json, "userId"));
    JsonValue requests = json.get("requests");
    if (!(requests instanceof JsonArray array) || array.isEmpty()
        || array.size() > CategorizationBatchRequested.MAX_REQUESTS) {
      throw new Malformed("requests is not an array of 1 to " + CategorizationBatchRequested.MAX_REQUESTS);
    }
    List<CategorizationMessage> messages = new ArrayList<>(array.size());
    for (JsonValue request : array) {
      if (!(request instanceof JsonObject object)) {
        throw new Malformed("a request is not a JSON object");
      }
      CategorizationMessage message = fromJson(object);
      if (!message.owner().equals(owner)) {
        throw new Malformed("a request belongs to another user than the batch");
      }
      messages.add(message);
    }
    return messages;
  }

  private static UUID uuid(JsonObject json, String field) {
    try {
      return UUID.fromString(required(json, field));
    } catch (IllegalArgumentException e) {
      throw new Malformed(field + " is not a UUID");
    }
  }

  private static String required(JsonObject json, String field) {
    String value = optional(json, field);
    if (value == null || value.isBlank()) {
      throw new Malformed(field + " is missing");
    }
    return value;
  }

  private static String optional(JsonObject json, String field) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString text) {
      return text.getString();
    }
    throw new Malformed(field + " is not a string");
  }
}
