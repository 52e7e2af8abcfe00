package com.duskspendr.notifications.push.control;

import com.duskspendr.notifications.push.entity.Device;
import com.duskspendr.notifications.push.entity.DeviceRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The push channel's reads and its one write (removing a device gone), each in a short transaction of its own. */
@Stateless
public class DeviceLookup {

  @Inject DeviceRepository devices;

  public List<PushTarget> ownedBy(UUID owner) {
    return devices.ownedBy(owner).stream().map(DeviceLookup::target).toList();
  }

  public Optional<PushTarget> find(UUID id) {
    return devices.find(id).map(DeviceLookup::target);
  }

  public void remove(UUID id) {
    devices.find(id).ifPresent(devices::remove);
  }

  private static PushTarget target(Device d) {
    return new PushTarget(d.id(), d.platform(), d.token(), d.p256dh(), d.auth());
  }
}
