package com.duskspendr.notifications.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server, from MicroProfile Config, and the Jakarta Mail session built from it once. The session
 * is Payara's own Angus Mail (nothing is packaged): {@code Session.getInstance} with these properties does
 * what a {@code @MailSessionDefinition} would, but reads every setting, port included, from configuration
 * at start-up instead of from constants fixed at compile time, like every other setting of the system.
 * Without a host, email is off and email deliveries are recorded as skipped.
 */
@ApplicationScoped
public class MailSettings {

  @Inject
  @ConfigProperty(name = "duskspendr.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "duskspendr.mail.smtp.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "duskspendr.mail.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "duskspendr.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "duskspendr.mail.smtp.starttls", defaultValue = "true")
  boolean starttls;

  /** Connect, read and write timeouts of one SMTP exchange. */
  @Inject
  @ConfigProperty(name = "duskspendr.mail.smtp.timeout-millis", defaultValue = "10000")
  int timeoutMillis;

  @Inject
  @ConfigProperty(name = "duskspendr.mail.from", defaultValue = "DuskSpendr <no-reply@duskspendr.app>")
  String from;

  private volatile Session session;

  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  public String from() {
    return from;
  }

  public Session session() {
    Session current = session;
    if (current == null) {
      synchronized (this) {
        if (session == null) {
          session = build();
        }
        current = session;
      }
    }
    return current;
  }

  private Session build() {
    Properties props = new Properties();
    props.put("mail.transport.protocol", "smtp");
    props.put("mail.smtp.host", host.orElseThrow());
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
    props.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
    props.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
    // STARTTLS required when asked for: a server that does not offer it must not get credentials in clear.
    props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    props.put("mail.smtp.starttls.required", String.valueOf(starttls));
    props.put("mail.from", from);
    String user = username.filter(u -> !u.isBlank()).orElse(null);
    if (user == null) {
      return Session.getInstance(props);
    }
    props.put("mail.smtp.auth", "true");
    String secret = password.orElse("");
    return Session.getInstance(props, new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(user, secret);
      }
    });
  }
}
