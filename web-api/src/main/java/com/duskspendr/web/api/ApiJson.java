package com.duskspendr.web.api;

import com.duskspendr.web.transactions.TransactionJson;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbDateFormat;
import java.util.Locale;

/**
 * The one JSON-B configuration of the API, shared by JAX-RS and the servlets that write envelopes: unknown
 * properties are errors (Yasson's {@code jsonb.fail-on-unknown-properties}), wrong value types are errors, and
 * dates are ISO-8601 (JSON-B's default for {@code java.time}, stated here so nobody changes it by accident).
 */
public final class ApiJson {

  /** Yasson's name for the setting (YassonConfig.FAIL_ON_UNKNOWN_PROPERTIES), kept literal to avoid a compile dependency. */
  static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private static final Jsonb JSONB = JsonbBuilder.create(config());

  private ApiJson() {}

  /** Thread-safe, created once. */
  public static Jsonb jsonb() {
    return JSONB;
  }

  static JsonbConfig config() {
    return new JsonbConfig()
        .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
        .withDateFormat(JsonbDateFormat.DEFAULT_FORMAT, Locale.ROOT)
        .withDeserializers(
            new StrictDeserializers.Strings(),
            new StrictDeserializers.Booleans(),
            new StrictDeserializers.Decimals(),
            new StrictDeserializers.Longs(),
            new StrictDeserializers.Integers())
        // Registered here, not only on the type: Yasson ignores a type's @JsonbTypeSerializer where the declared
        // type is a type variable (a page's List<T> inside SuccessEnvelope<T>) and binds it reflectively instead.
        .withSerializers(new TransactionJson());
  }
}
