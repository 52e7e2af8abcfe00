package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.request;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.duskspendr.web.it.IntegrationEnvironment;
import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readiness follows the broker: DOWN while it is gone, UP again once it is back. */
@ExtendWith(WithIntegrationEnvironment.class)
class ReadinessIT {

  @Test
  void readinessGoesDownWithTheBrokerAndRecovers() throws Exception {
    IntegrationEnvironment environment = IntegrationEnvironment.get();
    request().get("/health/ready").then().statusCode(200);

    environment.stopBroker();
    try {
      Response down = awaitStatus(503, Duration.ofSeconds(60));
      JsonPath health = down.jsonPath();
      assertEquals("DOWN", health.getString("status"));
      assertEquals("DOWN", health.getString("checks.find { it.name == 'broker' }.status"));
      assertEquals("UP", health.getString("checks.find { it.name == 'database' }.status"));
      // liveness is unaffected: restarting the instance would not help
      request().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
    } finally {
      environment.restartBroker();
    }

    awaitStatus(200, Duration.ofSeconds(90)).then().body("status", equalTo("UP"));
  }

  private static Response awaitStatus(int status, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Response last = request().get("/health/ready");
    while (last.statusCode() != status && System.nanoTime() < deadline) {
      Thread.sleep(500);
      last = request().get("/health/ready");
    }
    assertEquals(status, last.statusCode(), "readiness answered " + last.asString());
    return last;
  }
}
