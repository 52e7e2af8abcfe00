package com.duskspendr.notifications.push.control;

import com.duskspendr.notifications.delivery.control.ChannelUnavailableException;
import com.duskspendr.notifications.delivery.control.DeliveryChannel;
import com.duskspendr.notifications.delivery.control.DeliveryException;
import com.duskspendr.notifications.delivery.control.DeliveryJob;
import com.duskspendr.notifications.preferences.boundary.Channel;
import com.duskspendr.platform.identity.AccountId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Push: one delivery per registered device (target {@code <platform>:<device id>}), sent by that
 * platform's provider, each provider in a lane of its own. A device removed since planning is skipped; a
 * provider saying the token is gone removes the device, and its delivery fails at once.
 */
@ApplicationScoped
public class PushChannel implements DeliveryChannel {

  @EJB DeviceLookup devices;
  @Inject @Any Instance<PushProvider> providers;

  @Override
  public Channel channel() {
    return Channel.PUSH;
  }

  @Override
  public List<String> targets(AccountId owner, String notificationType) {
    return devices.ownedBy(owner.value()).stream().map(d -> d.platform() + ":" + d.id()).toList();
  }

  @Override
  public String lane(DeliveryJob job) {
    return job.channel() + ":" + platformOf(job.target());
  }

  @Override
  public Integer send(DeliveryJob job) throws DeliveryException {
    if (job.content() == null) {
      throw new ChannelUnavailableException("nothing to push");
    }
    String platform = platformOf(job.target());
    PushProvider provider = provider(platform)
        .orElseThrow(() -> new ChannelUnavailableException("this server has no " + platform + " push"));
    if (!provider.configured()) {
      throw new ChannelUnavailableException(platform + " push is not configured on this server (" + provider.setting() + ")");
    }
    UUID deviceId = UUID.fromString(job.target().substring(job.target().indexOf(':') + 1));
    PushTarget device = devices.find(deviceId)
        .orElseThrow(() -> new ChannelUnavailableException("the device was removed"));
    try {
      return provider.send(device, PushContent.of(job.content()));
    } catch (DeviceGoneException e) {
      devices.remove(deviceId);
      throw e;
    }
  }

  private Optional<PushProvider> provider(String platform) {
    return providers.stream().filter(p -> p.platform().wireName().equals(platform)).findFirst();
  }

  private static String platformOf(String target) {
    int colon = target == null ? -1 : target.indexOf(':');
    return colon < 0 ? "" : target.substring(0, colon);
  }
}
