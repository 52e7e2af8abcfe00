package com.duskspendr.notifications.webhooks.control;

import com.duskspendr.notifications.triggers.control.AlertComposer;
import com.duskspendr.notifications.triggers.control.NotificationIntake;
import com.duskspendr.notifications.webhooks.entity.Webhook;
import com.duskspendr.notifications.webhooks.entity.WebhookRepository;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.persistence.Timestamps;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The webhook channel's reads and its one write (disabling, with a notice to the owner), each in a short
 * transaction of its own.
 */
@Stateless
public class WebhookLookup {

  /** What a delivery needs of its webhook. */
  public record Target(UUID id, String url, String secret, boolean enabled) {}

  @Inject WebhookRepository webhooks;
  @EJB NotificationIntake intake;

  public List<UUID> subscribedTo(UUID owner, String type) {
    return webhooks.ownedBy(owner).stream().filter(w -> w.subscribesTo(type)).map(Webhook::id).toList();
  }

  public Optional<Target> target(UUID id) {
    return webhooks.find(id).map(w -> new Target(w.id(), w.url(), w.secret(), w.enabled()));
  }

  /** Disables it, and tells its owner in the same transaction when it was enabled until now. */
  public void disable(UUID id, String reason) {
    webhooks.find(id).filter(Webhook::enabled).ifPresent(w -> {
      var now = Timestamps.now(Clock.systemUTC());
      w.disable(reason, now);
      intake.accept(AlertComposer.webhookDisabled(new AccountId(w.userId()), w.id(), w.url(), reason, now.toInstant()));
    });
  }
}
