package com.duskspendr.ml.categorization.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.ml.classifier.control.TransactionText;
import com.duskspendr.platform.messaging.MalformedMessageException;
import com.duskspendr.transactions.events.CategorizationRequested;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
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
  private static final int MAX_BODY = 16_384;

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
    if (!Objects.equals(version, VERSION)) {
      throw new Malformed("eventVersion is " + version + ", not " + VERSION);
    }
    if (body == null || body.isBlank()) {
      throw new Malformed("no text body");
    }
    if (body.length() > MAX_BODY) {
      throw new Malformed("body of " + body.length() + " characters");
    }
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      json = reader.readObject();
    } catch (JsonException | IllegalStateException notAnObject) {
      throw new Malformed("body is not a JSON object");
    }
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
