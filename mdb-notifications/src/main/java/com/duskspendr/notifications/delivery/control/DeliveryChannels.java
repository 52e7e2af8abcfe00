package com.duskspendr.notifications.delivery.control;

import com.duskspendr.notifications.preferences.boundary.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/** The channels this build has, found as CDI beans: a new channel is a new class, no list to edit. */
@ApplicationScoped
public class DeliveryChannels {

  @Inject @Any Instance<DeliveryChannel> all;

  public Optional<DeliveryChannel> of(Channel channel) {
    return all.stream().filter(c -> c.channel() == channel).findFirst();
  }

  public Optional<DeliveryChannel> of(String wireName) {
    return Channel.fromWire(wireName).flatMap(this::of);
  }
}
