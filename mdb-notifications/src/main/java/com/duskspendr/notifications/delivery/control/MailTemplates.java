package com.duskspendr.notifications.delivery.control;

import com.duskspendr.notifications.preferences.boundary.NotificationType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mail bodies from the templates in {@code notifications/mail/}: {@code <name>.txt} and
 * {@code <name>.html}, or {@code <name>_<language>.txt} where a translation exists (English otherwise).
 * {@code {{key}}} is replaced by the value; in HTML, values are escaped, so an event's text (a merchant
 * name) can never inject markup into a mail.
 */
public final class MailTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9_.]+)}}");
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private MailTemplates() {}

  /** A rendered mail: subject, plain text and HTML. */
  public record Rendered(String subject, String text, String html) {}

  /** The template of a notification's mail: the weekly digest has its own, which shows its lines. */
  public static String forNotification(String notificationType) {
    return NotificationType.DIGEST.wireName().equals(notificationType) ? "digest" : "notification";
  }

  public static Rendered render(String name, Locale locale, String subject, Map<String, String> values) {
    return new Rendered(subject, fill(template(name, locale, "txt"), values, false),
        fill(template(name, locale, "html"), values, true));
  }

  static String fill(String template, Map<String, String> values, boolean html) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.getOrDefault(m.group(1), "");
      m.appendReplacement(out, Matcher.quoteReplacement(html ? escape(value) : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String template(String name, Locale locale, String kind) {
    String language = locale == null ? "" : locale.getLanguage();
    return CACHE.computeIfAbsent(name + "_" + language + "." + kind, key -> {
      String localized = load(name + "_" + language + "." + kind);
      return localized != null ? localized : required(name + "." + kind);
    });
  }

  private static String required(String file) {
    String text = load(file);
    if (text == null) {
      throw new IllegalStateException("missing mail template notifications/mail/" + file);
    }
    return text;
  }

  private static String load(String file) {
    try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream("notifications/mail/" + file)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
