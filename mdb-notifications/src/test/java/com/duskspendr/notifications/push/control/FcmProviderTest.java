package com.duskspendr.notifications.push.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.duskspendr.notifications.delivery.control.ProviderCalls;
import org.junit.jupiter.api.Test;

class FcmProviderTest {

  @Test
  void fcmsOwnErrorCodeIsReadFromTheDetailsElseTheStatus() {
    assertEquals("UNREGISTERED", FcmProvider.errorCode(ProviderCalls.json("{\"error\":{\"code\":404,\"status\":\"NOT_FOUND\","
        + "\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.BadRequest\"},"
        + "{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"UNREGISTERED\"}]}}")));
    assertEquals("UNAVAILABLE", FcmProvider.errorCode(ProviderCalls.json("{\"error\":{\"code\":503,\"status\":\"UNAVAILABLE\"}}")));
    assertEquals("", FcmProvider.errorCode(ProviderCalls.json("<html>bad gateway</html>")));
  }
}
