package com.duskspendr.notifications.preferences.control;

import com.duskspendr.notifications.delivery.control.DeliveriesPlanned;
import com.duskspendr.notifications.delivery.entity.DeliveryRepository;
import com.duskspendr.notifications.delivery.entity.PlannedDelivery;
import com.duskspendr.notifications.preferences.boundary.Channel;
import com.duskspendr.platform.identity.AccountId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A new phone number in the settings is told so by SMS, at once, in the caller's transaction: whoever holds
 * the number learns that it receives a DuskSpendr user's alerts and can stop them (STOP, which Twilio
 * honours; a number that stopped is refused from then on). It does not prove the number is the user's; a
 * code round trip would, and is not built.
 */
@ApplicationScoped
public class PhoneConfirmations {

  public static final String TEXT =
      "DuskSpendr: this number will receive a DuskSpendr user's alerts. Not you? Reply STOP.";

  @Inject DeliveryRepository deliveries;
  @Inject Event<DeliveriesPlanned> planned;

  public void confirm(AccountId owner) {
    deliveries.plan(new PlannedDelivery(UUID.randomUUID(), null, owner.value(), Channel.SMS.wireName(), "", TEXT,
        OffsetDateTime.now()));
    planned.fire(new DeliveriesPlanned(1));
  }
}
