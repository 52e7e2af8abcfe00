package com.duskspendr.notifications.push.boundary;

/** @param created false when the caller had registered this very token (or subscription) already */
public record RegisteredDevice(DeviceView device, boolean created) {}
