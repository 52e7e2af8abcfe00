package com.duskspendr.notifications.push.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** The caller's push devices; another user's is always "not found". */
public interface DeviceService {

  /**
   * Registers a device, or answers the one the caller registered with the same token already.
   *
   * @throws com.duskspendr.platform.failure.InvalidInputException naming every invalid field
   */
  RegisteredDevice register(@NotNull AccountId owner, @NotNull DeviceRequest request);

  /** Oldest first. */
  List<DeviceView> list(@NotNull AccountId owner);

  /** @throws com.duskspendr.platform.failure.RecordNotFoundException unless it is one of the caller's */
  void remove(@NotNull AccountId owner, @NotNull UUID id);

  /** The server's VAPID public key, which browsers subscribe with ({@code applicationServerKey}), base64url. */
  String webPushPublicKey();
}
