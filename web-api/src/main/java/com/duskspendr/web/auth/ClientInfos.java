package com.duskspendr.web.auth;

import com.duskspendr.web.request.ClientAddresses;
import com.duskspendr.auth.boundary.ClientInfo;
import jakarta.servlet.http.HttpServletRequest;

/** Describes the calling client for throttling and the session list. */
public final class ClientInfos {

  static final int MAX_DEVICE_NAME = 200;

  private ClientInfos() {}

  /** The client address, and the device name given in the body, else the User-Agent, capped and single-line. */
  public static ClientInfo of(HttpServletRequest request, String deviceName) {
    String name = deviceName != null && !deviceName.isBlank() ? deviceName : request.getHeader("User-Agent");
    // Behind our own proxies, the address they forwarded for (login throttling keys on it).
    return new ClientInfo(ClientAddresses.configured().clientOf(request), clean(name));
  }

  static String clean(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String singleLine = name.replaceAll("\\p{Cntrl}", " ").strip();
    return singleLine.length() <= MAX_DEVICE_NAME ? singleLine : singleLine.substring(0, MAX_DEVICE_NAME);
  }
}
