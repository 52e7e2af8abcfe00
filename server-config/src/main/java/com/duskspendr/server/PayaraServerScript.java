package com.duskspendr.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The system's server configuration for a full Payara Server, as one command file for {@code asadmin
 * multimode --file}: the JVM system properties, server settings and resources that Payara Micro gets from the
 * launcher ({@link PayaraMicroProcess#serverSystemProperties}, {@link BootCommands#serverSettings}, {@link
 * BootCommands#resources}), rendered from those same definitions, so that the two servers cannot drift apart.
 * Only the names a full domain uses differ (its HTTP listener's protocol is {@code http-listener-1}), and the
 * JVM options, which take effect when the domain next starts.
 *
 * <p>{@code java -cp <server-config.jar>:<platform-kernel.jar> com.duskspendr.server.PayaraServerScript
 * <artemis-ra.rar> <file>} writes the file with the launcher's settings ({@link Setting}); a full server is
 * given no embedded database or broker, so {@code duskspendr.db.url} and {@code duskspendr.broker.host} are
 * required. The README (EAR on Payara Server) shows the whole deployment.
 */
public final class PayaraServerScript {

  /** The HTTP listener's protocol in a domain created by {@code asadmin create-domain}. */
  static final String HTTP_PROTOCOL = "http-listener-1";

  private PayaraServerScript() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PayaraServerScript <artemis-ra.rar> <output.asadmin>");
      System.exit(2);
    }
    try {
      Path file = BootCommands.write(Path.of(args[1]).toAbsolutePath(), configured(Path.of(args[0])));
      System.out.println("Wrote " + file + ": run it with asadmin multimode --file " + file);
    } catch (IllegalArgumentException badSetting) {
      System.err.println(badSetting.getMessage());
      System.exit(2);
    }
  }

  /** The commands for the database and broker the settings name ({@code duskspendr.db.url}, {@code .broker.*}). */
  public static List<String> configured(Path resourceAdapterArchive) {
    String jdbcUrl = required(Setting.DB_URL);
    BootCommands.BrokerAddress broker =
        new BootCommands.BrokerAddress(
            required(Setting.BROKER_HOST), Setting.BROKER_PORT.intValue(),
            Setting.BROKER_USER.value(), Setting.BROKER_PASSWORD.value());
    return commands(resourceAdapterArchive, jdbcUrl, broker);
  }

  /**
   * Everything a fresh domain needs before the EAR is deployed, in order; the other settings (threads,
   * compression, pool size, metrics, cluster) as the launcher reads them.
   */
  public static List<String> commands(Path resourceAdapterArchive, String jdbcUrl, BootCommands.BrokerAddress broker) {
    boolean cluster = Boolean.parseBoolean(Setting.CLUSTER.value());
    List<String> commands = new ArrayList<>();
    for (String property : PayaraMicroProcess.serverSystemProperties(cluster)) {
      // asadmin separates several JVM options with ':'
      commands.add("create-jvm-options " + property.replace(":", "\\:"));
    }
    commands.addAll(
        BootCommands.serverSettings(
            HTTP_PROTOCOL, Setting.HTTP_THREADS.intValue(), cluster, BootCommands.Compression.configured()));
    commands.addAll(
        BootCommands.resources(
            resourceAdapterArchive,
            broker,
            Setting.DB_POOL_MAX.intValue(),
            Boolean.parseBoolean(Setting.METRICS_ENABLED.value()),
            BootCommands.BatchRepository.configured(jdbcUrl)));
    return commands.stream().map(PayaraServerScript::forCommandLine).toList();
  }

  /**
   * A command as asadmin's command line (and multimode's file) needs it: the line is split into words like a
   * shell does, which takes one backslash away, so the property escapes ({@code host\=...}, {@code jdbc\:...})
   * that Payara Micro's post-boot file passes on as written are doubled here to arrive the same.
   */
  static String forCommandLine(String command) {
    return command.replace("\\", "\\\\");
  }

  private static String required(Setting setting) {
    return setting.configured().orElseThrow(() -> new IllegalArgumentException(
        setting.key() + " (or " + setting.environmentVariable() + ") must be set: a full Payara Server is given"
            + " no embedded database or broker"));
  }
}
