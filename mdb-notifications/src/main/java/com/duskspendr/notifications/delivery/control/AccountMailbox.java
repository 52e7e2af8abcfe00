package com.duskspendr.notifications.delivery.control;

import com.duskspendr.notifications.delivery.entity.DeliveryRepository;
import com.duskspendr.notifications.delivery.entity.PlannedDelivery;
import com.duskspendr.notifications.preferences.boundary.Channel;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plans auth's mails as email deliveries to an address (no account behind them yet, or none to reveal).
 * Without an SMTP server configured, it writes the link to the log instead, so a development system
 * without mail can still verify addresses.
 */
@Stateless
public class AccountMailbox {

  private static final Logger LOG = Logger.getLogger(AccountMailbox.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject DeliveryRepository deliveries;
  @Inject MailSettings mail;
  @Inject Event<DeliveriesPlanned> planned;

  @Inject
  @ConfigProperty(name = "duskspendr.http.public-base-url", defaultValue = "https://duskspendr.app")
  String publicBaseUrl;

  public void verifyAddress(String email, String token) {
    String link = publicBaseUrl + "/verify-email#token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    if (!mail.configured()) {
      LOG.info(() -> "Mail to " + email + ": confirm your address at " + link
          + " (no SMTP server configured: duskspendr.mail.smtp.host)");
      return;
    }
    plan(email, new AccountMailPayload("verify-address", "Confirm your DuskSpendr address", Map.of("link", link)));
  }

  public void registrationAttempted(String email) {
    if (!mail.configured()) {
      LOG.info(() -> "Mail to " + email + ": someone tried to register this address again"
          + " (no SMTP server configured: duskspendr.mail.smtp.host)");
      return;
    }
    plan(email, new AccountMailPayload("registration-attempted", "Someone tried to register with your address",
        Map.of()));
  }

  private void plan(String email, AccountMailPayload payload) {
    deliveries.plan(new PlannedDelivery(UUID.randomUUID(), null, null, Channel.EMAIL.wireName(), email,
        JSON.toJson(payload), OffsetDateTime.now()));
    planned.fire(new DeliveriesPlanned(1));
  }
}
