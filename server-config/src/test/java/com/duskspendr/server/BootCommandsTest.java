package com.duskspendr.server;

import com.duskspendr.platform.messaging.Destinations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BootCommandsTest {

  private final BootCommands.BrokerAddress broker = new BootCommands.BrokerAddress("10.0.0.5", 61617, "", "");

  @Test
  void theResourceAdapterIsDeployedFirstThenConfiguredThenUsed() {
    List<String> commands = BootCommands.postBoot(Path.of("/opt/ra.rar"), broker, 16);

    assertTrue(commands.get(0).startsWith("deploy --type rar --name artemis-ra /opt/ra.rar"));
    assertTrue(commands.get(1).startsWith("create-resource-adapter-config"));
    assertTrue(commands.get(2).startsWith("create-connector-connection-pool --raname artemis-ra"));
    assertTrue(commands.get(2).contains("--maxpoolsize 16"));
    assertTrue(commands.get(3).endsWith(Destinations.CONNECTION_FACTORY));
    assertEquals(5 + Destinations.ALL.size(), commands.size());
  }

  @Test
  void theRequestThreadPoolIsSizedBeforeBoot() {
    List<String> commands = BootCommands.preBoot(6, JSON_FROM_1K);

    assertTrue(commands.get(0).endsWith("allow-payload-for-undefined-http-methods=true"));
    assertTrue(commands.contains("set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=6"));
    assertTrue(commands.contains("set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=6"));
    // Payara starts at min 2, max 200 and refuses a min above the max, so the max goes first
    assertTrue(
        commands.indexOf("set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=6")
            < commands.indexOf("set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=6"));
  }

  @Test
  void hazelcastListensOnLoopbackUnlessClustering() {
    assertTrue(BootCommands.preBoot(6, JSON_FROM_1K).contains("set hazelcast-runtime-configuration.interface=127.0.0.1"));
    assertTrue(BootCommands.preBoot(6, true, JSON_FROM_1K).stream().noneMatch(command -> command.contains("hazelcast")));
  }

  @Test
  void metricsAreOffUnlessAskedFor() {
    assertTrue(BootCommands.postBoot(Path.of("/opt/ra.rar"), broker, 16).contains(
        "set-metrics-configuration --enabled=false --dynamic=true"));
    assertTrue(BootCommands.postBoot(Path.of("/opt/ra.rar"), broker, 16, true).contains(
        "set-metrics-configuration --enabled=true --dynamic=true"));
  }

  @Test
  void theApplicationAnswersOverlongHeadsAndTraceItself() {
    String http = "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.";
    List<String> commands = BootCommands.preBoot(6, JSON_FROM_1K);
    // above the application's own limits (8 KiB target, 16 KiB headers), so that Grizzly's bare 400 is not the answer
    assertTrue(commands.contains(http + "header-buffer-length-bytes=65536"), commands.toString());
    assertTrue(commands.contains(http + "trace-enabled=true"), commands.toString());
  }

  @Test
  void fewerThanTwoRequestThreadsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> BootCommands.preBoot(1, JSON_FROM_1K));
  }

  private static final BootCommands.Compression JSON_FROM_1K =
      new BootCommands.Compression(true, BootCommands.Compression.JSON_TYPES, 1024);

  @Test
  void compressionIsSetOnTheListenerAsConfigured() {
    String http = "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.";
    List<String> on = BootCommands.preBoot(6, JSON_FROM_1K);
    assertTrue(on.contains(http + "compression=on"), on.toString());
    assertTrue(on.contains(http + "compressable-mime-type=application/json,application/problem+json"), on.toString());
    assertTrue(on.contains(http + "compression-min-size-bytes=1024"), on.toString());
    List<String> off = BootCommands.preBoot(6, new BootCommands.Compression(false, List.of("application/json"), 0));
    assertTrue(off.contains(http + "compression=off"), off.toString());
    assertThrows(IllegalArgumentException.class, () -> new BootCommands.Compression(true, List.of(), -1));
  }

  @Test
  void brokerAddressIsEscapedForAsadmin() {
    assertEquals(
        "ConnectorClassName=org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory"
            + ":ConnectionParameters=host\\=10.0.0.5;port\\=61617",
        BootCommands.resourceAdapterProperties(broker));
  }

  @Test
  void credentialsAreAddedOnlyWhenConfigured() {
    String properties =
        BootCommands.resourceAdapterProperties(new BootCommands.BrokerAddress("h", 1, "app", "p:a=ss"));
    assertTrue(properties.endsWith(":UserName=app:Password=p\\:a\\=ss"));
  }

  @Test
  void destinationsBecomeAdminObjectsWithTheirAddress() {
    assertEquals(
        "create-admin-object --raname artemis-ra --restype jakarta.jms.Topic --property"
            + " Address=duskspendr.domain-events jms/duskspendr/DomainEventsTopic",
        BootCommands.adminObject(domainEventsTopic()));
  }

  private static Destinations.Destination domainEventsTopic() {
    return Destinations.ALL.stream()
        .filter(d -> d.jndiName().equals(Destinations.DOMAIN_EVENTS_TOPIC))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anInstanceKeepsItsTransactionLogAndRecoversItAtStart() {
    List<String> commands = BootCommands.transactionLog(Path.of("/var/lib/duskspendr/payara/duskspendr-2/tx"));

    assertEquals(List.of(
        "set configs.config.server-config.transaction-service.tx-log-dir=/var/lib/duskspendr/payara/duskspendr-2/tx",
        "set configs.config.server-config.transaction-service.automatic-recovery=true"), commands);
  }
}
