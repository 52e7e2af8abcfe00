package com.duskspendr.web.notifications;

/** @param publicKey the VAPID public key, base64url (a browser's {@code applicationServerKey}) */
public record WebPushKeyResponse(String publicKey) {}
