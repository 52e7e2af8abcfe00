package com.duskspendr.notifications.push.boundary;

import com.duskspendr.notifications.push.control.VapidKeys;
import com.duskspendr.notifications.push.entity.Device;
import com.duskspendr.notifications.push.entity.DeviceRepository;
import com.duskspendr.notifications.webhooks.control.WebhookSettings;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.persistence.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class DefaultDeviceService implements DeviceService {

  @Inject DeviceRepository devices;
  @Inject WebhookSettings targets;
  @Inject VapidKeys vapid;

  @Inject
  @ConfigProperty(name = "duskspendr.notifications.devices.max-per-user", defaultValue = "20")
  int maxPerUser;

  @Override
  public RegisteredDevice register(AccountId owner, DeviceRequest request) {
    DeviceRequest.Valid valid = request.check(targets.guard());
    Optional<Device> existing = devices.findByToken(owner.value(), valid.platform().wireName(), valid.token());
    if (existing.isPresent()) {
      existing.get().keys(valid.p256dh(), valid.auth());
      return new RegisteredDevice(view(existing.get()), false);
    }
    if (devices.ownedBy(owner.value()).size() >= maxPerUser) {
      throw InvalidInputException.of("platform", "at most " + maxPerUser + " devices per user");
    }
    Device device = new Device(UUID.randomUUID(), owner.value(), valid.platform().wireName(), valid.token(),
        valid.p256dh(), valid.auth(), Timestamps.now(Clock.systemUTC()));
    devices.add(device);
    return new RegisteredDevice(view(device), true);
  }

  @Override
  public List<DeviceView> list(AccountId owner) {
    return devices.ownedBy(owner.value()).stream().map(DefaultDeviceService::view).toList();
  }

  @Override
  public void remove(AccountId owner, UUID id) {
    devices.remove(devices.findOwn(owner.value(), id).orElseThrow(() -> new RecordNotFoundException("Device")));
  }

  @Override
  public String webPushPublicKey() {
    return vapid.publicKey();
  }

  static DeviceView view(Device d) {
    boolean web = Platform.WEBPUSH.wireName().equals(d.platform());
    return new DeviceView(d.id(), d.platform(), web ? null : d.token(), web ? d.token() : null,
        d.createdAt().toInstant());
  }
}
