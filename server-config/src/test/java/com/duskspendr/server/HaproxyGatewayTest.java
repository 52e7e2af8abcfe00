package com.duskspendr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HaproxyGatewayTest {

  private static final Path ADMIN = Path.of("/var/lib/duskspendr/gateway/admin.sock");
  private static final List<HaproxyGateway.Backend> TWO = List.of(
      new HaproxyGateway.Backend("duskspendr-1", "127.0.0.1", 8081),
      new HaproxyGateway.Backend("duskspendr-2", "127.0.0.1", 8082));

  @Test
  void everyInstanceIsCheckedForReadiness() {
    String config = HaproxyGateway.configuration(8080, TWO, ADMIN);

    assertTrue(config.contains("  bind *:8080\n"), config);
    assertTrue(config.contains("option httpchk GET /health/ready"), config);
    assertTrue(config.contains("http-request del-header Upgrade if { req.hdr(Upgrade) -m sub -i h2c }"),
        "no connection becomes a tunnel pinned to one instance");
    assertTrue(config.contains("stats socket /var/lib/duskspendr/gateway/admin.sock mode 600 level admin"), config);
    assertTrue(config.contains("  server duskspendr-1 127.0.0.1:8081 check\n"), config);
    assertTrue(config.contains("  server duskspendr-2 127.0.0.1:8082 check\n"), config);
  }

  @Test
  void theGatewaysOwnAnswersAreErrorEnvelopes() {
    String config = HaproxyGateway.configuration(8080, TWO, ADMIN);

    for (int status : new int[] {400, 408, 413, 502, 503, 504}) {
      assertTrue(config.contains("http-error status " + status + " content-type application/json lf-string \"{\\\"success\\\":false"),
          "status " + status + ": " + config);
    }
    assertTrue(config.contains("tune.bufsize " + (BootCommands.REQUEST_HEAD_CEILING_BYTES + 16 * 1024)),
        "room for the request heads the instances answer themselves");
  }

  @Test
  void argumentsAreQuotedForHaproxy() {
    assertEquals("\"a \\\"b\\\" \\\\ c\"", HaproxyGateway.quoted("a \"b\" \\ c"));
  }

  @Test
  void aGatewayNeedsAnInstance() {
    assertThrows(IllegalArgumentException.class, () -> HaproxyGateway.configuration(8080, List.of(), ADMIN));
  }
}
