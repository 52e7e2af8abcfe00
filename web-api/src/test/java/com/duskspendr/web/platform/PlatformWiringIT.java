package com.duskspendr.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import jakarta.ejb.EJB;
import java.io.File;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Container wiring inside Payara Micro: the real application archive plus test beans, against the real
 * PostgreSQL and the real Artemis broker through the resource adapter.
 */
@ExtendWith(WithIntegrationEnvironment.class)
@ExtendWith(ArquillianExtension.class)
class PlatformWiringIT {

  @Deployment
  static WebArchive application() {
    return ShrinkWrap.create(ZipImporter.class, "duskspendr.war")
        .importFrom(new File(System.getProperty("duskspendr.war")))
        .as(WebArchive.class)
        .addClasses(
            WithIntegrationEnvironment.class,
            ProbeMessages.class,
            ProbeMessages.ProbeRollback.class,
            ProbeConsumer.class,
            ProbeInbox.class,
            VersionProbes.class,
            VersionProbes.Old.class,
            VersionProbes.New.class);
  }

  @ArquillianResource URL deployment;

  @EJB ProbeMessages probe;
  @EJB ProbeInbox inbox;

  @BeforeEach
  void table() throws Exception {
    if (probe != null) {
      probe.createTable();
    }
  }

  @Test
  @RunAsClient
  void twoVersionsOfARouteAnswerSideBySideAndTheOldOneAnnouncesItsSunset() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> old = client.send(
        HttpRequest.newBuilder(deployment.toURI().resolve("api/v1/version-probe")).build(), BodyHandlers.ofString());
    HttpResponse<String> current = client.send(
        HttpRequest.newBuilder(deployment.toURI().resolve("api/v2/version-probe")).build(), BodyHandlers.ofString());

    assertEquals(200, old.statusCode(), old.body());
    assertTrue(old.body().contains("\"name\":\"Ana Lima\"") && old.body().contains("\"version\":\"v1\""), old.body());
    assertEquals("@1796083200", old.headers().firstValue("Deprecation").orElse(null));
    assertEquals("Tue, 01 Jun 2027 00:00:00 GMT", old.headers().firstValue("Sunset").orElse(null));
    assertEquals("</api/v2/version-probe>; rel=\"successor-version\"", old.headers().firstValue("Link").orElse(null));

    assertEquals(200, current.statusCode(), current.body());
    assertTrue(current.body().contains("\"givenName\":\"Ana\"") && current.body().contains("\"version\":\"v2\""),
        current.body());
    assertFalse(current.headers().firstValue("Deprecation").isPresent(), "the successor is not deprecated");
  }

  @Test
  void committedInsertDeliversItsMessage() throws Exception {
    String id = UUID.randomUUID().toString();

    probe.recordAndSend(id, false);

    assertTrue(probe.isRecorded(id), "row committed");
    assertTrue(eventually(() -> inbox.hasReceived(id), Duration.ofSeconds(15)), "message delivered to the MDB");
  }

  @Test
  void rolledBackInsertSendsNothing() throws Exception {
    String id = UUID.randomUUID().toString();

    assertThrows(ProbeMessages.ProbeRollback.class, () -> probe.recordAndSend(id, true));

    assertFalse(probe.isRecorded(id), "row rolled back");
    // A control message sent afterwards arrives; by then the rolled-back one would have arrived too.
    String control = UUID.randomUUID().toString();
    probe.recordAndSend(control, false);
    assertTrue(eventually(() -> inbox.hasReceived(control), Duration.ofSeconds(15)), "control message delivered");
    assertFalse(inbox.hasReceived(id), "rolled-back message never delivered");
  }

  private static boolean eventually(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(100);
    }
    return condition.getAsBoolean();
  }
}
