package com.duskspendr.web.request;

import com.duskspendr.web.api.PlainText;
import com.duskspendr.web.api.RejectedInputException;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Rules every JSON request body obeys, whatever endpoint reads it and however (JSON-B records, raw {@code
 * JsonObject}s such as a pushed change's data): no key twice in one object (JSON-B would silently keep the
 * last one, so two parties could read one body differently), and every key and string is {@link
 * PlainText}. One streaming pass over the body before JSON-B binds it; a failure names the field the way
 * the error envelope does ({@code changes[3].data.merchantName}).
 *
 * <p>After {@link BodySizeLimit} (a higher priority number runs later), so the bytes read here are capped.
 */
@Provider
@Priority(Priorities.USER + 100)
public class JsonBodyRules implements ReaderInterceptor {

  static final String DUPLICATE = "appears more than once";

  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    check(body);
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  static boolean isJson(MediaType type) {
    return type != null
        && "application".equalsIgnoreCase(type.getType())
        && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json"));
  }

  /** Throws {@link RejectedInputException} for the first broken rule; malformed JSON is left to JSON-B to report. */
  static void check(byte[] body) {
    if (body.length == 0) {
      return;
    }
    Deque<Level> levels = new ArrayDeque<>();
    try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            valueStarts(levels);
            levels.push(new Level(event == JsonParser.Event.START_ARRAY));
          }
          case END_OBJECT, END_ARRAY -> levels.pop();
          case KEY_NAME -> key(levels, parser.getString());
          case VALUE_STRING -> {
            valueStarts(levels);
            PlainText.issueOf(parser.getString()).ifPresent(issue -> reject(levels, issue));
          }
          default -> valueStarts(levels);
        }
      }
    } catch (jakarta.json.JsonException malformed) {
      // JSON-B reads the same bytes next and reports where they stop being JSON.
    }
  }

  private static void key(Deque<Level> levels, String key) {
    Level object = levels.peek();
    if (PlainText.issueOf(key).isPresent()) {
      object.key = null;
      reject(levels, "has a field name that " + PlainText.issueOf(key).get());
    }
    object.key = key;
    if (!object.keys.add(key)) {
      reject(levels, DUPLICATE);
    }
  }

  private static void valueStarts(Deque<Level> levels) {
    Level parent = levels.peek();
    if (parent != null && parent.array) {
      parent.index++;
    }
  }

  private static void reject(Deque<Level> levels, String issue) {
    throw new RejectedInputException(pathOf(levels), issue);
  }

  /** {@code changes[3].data.amount}; {@code body} for the document itself. */
  static String pathOf(Deque<Level> levels) {
    StringBuilder path = new StringBuilder();
    for (Iterator<Level> outward = levels.descendingIterator(); outward.hasNext(); ) {
      Level level = outward.next();
      if (level.array) {
        path.append('[').append(Math.max(level.index, 0)).append(']');
      } else if (level.key != null) {
        path.append(path.isEmpty() ? "" : ".").append(level.key);
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  /** One open object or array while the body is read. */
  private static final class Level {
    final boolean array;
    final Set<String> keys = new HashSet<>();
    int index = -1;
    String key;

    Level(boolean array) {
      this.array = array;
    }
  }
}
