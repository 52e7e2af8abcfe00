package com.duskspendr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayaraServerScriptTest {

  private static final Path RAR = Path.of("/opt/artemis-ra.rar");
  private static final String JDBC_URL = "jdbc:postgresql://db:5432/duskspendr";
  private static final BootCommands.BrokerAddress BROKER = new BootCommands.BrokerAddress("broker", 61616, "", "");

  private final List<String> script = PayaraServerScript.commands(RAR, JDBC_URL, BROKER);

  @Test
  void theFullServerGetsExactlyTheResourcesPayaraMicroGets() {
    List<String> micro =
        BootCommands.resources(RAR, BROKER, Setting.DB_POOL_MAX.intValue(),
            Boolean.parseBoolean(Setting.METRICS_ENABLED.value()), BootCommands.BatchRepository.configured(JDBC_URL))
        .stream().map(PayaraServerScript::forCommandLine).toList();

    int start = Collections.indexOfSubList(script, micro);
    assertTrue(start >= 0, script.toString());
    // and last: nothing after the resources that the application looks up
    assertEquals(script.size(), start + micro.size());
    assertTrue(micro.get(0).startsWith("deploy --type rar --name artemis-ra " + RAR));
  }

  @Test
  void escapesArriveAtTheServerAsPayaraMicroReadsThem() {
    // asadmin's command line takes one backslash away: host\\=broker arrives as Micro's host\=broker
    assertTrue(script.stream().anyMatch(command -> command.startsWith("create-resource-adapter-config")
        && command.contains("ConnectionParameters=host\\\\=broker;port\\\\=61616")), script.toString());
    assertTrue(script.stream().anyMatch(command -> command.contains("url=jdbc\\\\:postgresql\\\\://db")), script.toString());
  }

  @Test
  void theServerSettingsAreMicrosOnTheFullDomainsListener() {
    List<String> micro =
        BootCommands.preBoot(Setting.HTTP_THREADS.intValue(), BootCommands.Compression.configured());
    for (String setting : micro) {
      String onServer = setting.replace(".protocol.http-listener.", ".protocol.http-listener-1.");
      assertTrue(script.contains(onServer), onServer + " missing from " + script);
    }
    assertTrue(script.stream().noneMatch(command -> command.contains(".protocol.http-listener.")));
  }

  @Test
  void theServerJvmGetsMicrosSystemPropertiesAsJvmOptions() {
    assertTrue(script.contains("create-jvm-options -Dproduct.name="), script.toString());
    for (String property : PayaraMicroProcess.serverSystemProperties(false)) {
      assertTrue(script.contains("create-jvm-options " + property), property);
    }
  }
}
