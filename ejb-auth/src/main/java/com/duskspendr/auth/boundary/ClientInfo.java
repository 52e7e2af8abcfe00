package com.duskspendr.auth.boundary;

/**
 * Where a request comes from: the client address (for throttling) and a human-readable device name
 * (an explicit {@code deviceName}, else the {@code User-Agent}), shown in the session list.
 */
public record ClientInfo(String address, String deviceName) {}
