package com.duskspendr.notifications.triggers.boundary;

import com.duskspendr.auth.events.AccountDeleted;
import com.duskspendr.notifications.delivery.entity.DeliveryRepository;
import com.duskspendr.notifications.digest.entity.DigestLog;
import com.duskspendr.notifications.inbox.entity.NotificationRepository;
import com.duskspendr.notifications.preferences.entity.StoredSettingsRepository;
import com.duskspendr.notifications.push.entity.DeviceRepository;
import com.duskspendr.notifications.webhooks.entity.WebhookRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Erases a deleted account's notifications, deliveries, settings, webhooks, push devices and
 * sent-digest marks. MANDATORY: joins the transaction
 * that deletes the account, so both commit or neither does (as users' ProfileLifecycle).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AccountErasure {

  private static final Logger LOG = Logger.getLogger(AccountErasure.class.getName());

  @Inject NotificationRepository notifications;
  @Inject DeliveryRepository deliveries;
  @Inject StoredSettingsRepository settings;
  @Inject WebhookRepository webhooks;
  @Inject DeviceRepository devices;
  @Inject DigestLog digests;

  public void onAccountDeleted(@Observes AccountDeleted event) {
    var userId = event.accountId().value();
    int deleted = notifications.deleteAllOf(userId);
    deliveries.deleteAllOf(userId);
    settings.deleteAllOf(userId);
    webhooks.deleteAllOf(userId);
    devices.deleteAllOf(userId);
    digests.deleteAllOf(userId);
    LOG.fine(() -> "Erased the notifications of account " + userId + ": " + deleted + " notification(s)");
  }
}
