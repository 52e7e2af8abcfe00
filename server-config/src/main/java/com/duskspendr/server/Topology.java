package com.duskspendr.server;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How many instances run on this machine and how they are reached, from the launcher's settings.
 *
 * <p>One instance (the default) listens on {@code duskspendr.http.port} itself. With several
 * ({@code duskspendr.instances}), the gateway listens there and instance {@code i} (from 0) on the port
 * {@code i + 1} above it; they form one data grid, whose members listen on {@code duskspendr.cluster.start-port}
 * and the ports above it and find each other by {@code duskspendr.cluster.members} (by default exactly
 * those local ports). Instances on other machines are started there, each with {@code duskspendr.cluster=true}
 * and the same member list and grid name.
 *
 * @param members the grid's members as {@code host:port}, empty without a grid
 */
record Topology(String name, int instances, boolean gateway, int httpPort, boolean cluster, String clusterName,
    int clusterPort, List<String> members) {

  /** More instances than this on one machine would only share its cores more thinly. */
  static final int MAX_LOCAL_INSTANCES = 16;

  Topology {
    if (instances < 1 || instances > MAX_LOCAL_INSTANCES) {
      throw new IllegalArgumentException(
          Setting.INSTANCES.key() + " must be between 1 and " + MAX_LOCAL_INSTANCES + ", was " + instances);
    }
    if (instances > 1 && !gateway) {
      throw new IllegalArgumentException("several instances on one machine need the gateway in front of them");
    }
    if (instances > 1 && !cluster) {
      throw new IllegalArgumentException("several instances must form a data grid, or each would keep its own rate limits");
    }
    if (!name.matches("[A-Za-z0-9._-]{1,60}")) {
      throw new IllegalArgumentException(Setting.INSTANCE_NAME.key() + " must be 1 to 60 letters, digits, '.', '_' or '-'");
    }
    if (!clusterName.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException(Setting.CLUSTER_NAME.key() + " must be 1 to 64 letters, digits, '.', '_' or '-'");
    }
    members = List.copyOf(members);
  }

  static Topology configured() {
    int instances = Integer.parseInt(Setting.INSTANCES.value());
    boolean several = instances > 1;
    boolean cluster = several || Boolean.parseBoolean(Setting.CLUSTER.value());
    int clusterPort = Setting.CLUSTER_START_PORT.intValue();
    List<String> members = !cluster ? List.of()
        : Setting.CLUSTER_MEMBERS.configured()
            .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(m -> !m.isEmpty()).toList())
            .orElseGet(() -> localMembers(clusterPort, instances));
    return new Topology(Setting.INSTANCE_NAME.value(), instances, several || gatewayWanted(),
        Setting.HTTP_PORT.intValue(), cluster, Setting.CLUSTER_NAME.value(), clusterPort, members);
  }

  /** {@code duskspendr.gateway.enabled}: {@code true}, {@code false}, or {@code auto} (when HAProxy is installed). */
  static boolean gatewayWanted() {
    String value = Setting.GATEWAY_ENABLED.value().toLowerCase(java.util.Locale.ROOT);
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      case "auto" -> java.nio.file.Files.isExecutable(java.nio.file.Path.of(Setting.GATEWAY_HAPROXY.value()));
      default -> throw new IllegalArgumentException(
          Setting.GATEWAY_ENABLED.key() + " must be true, false or auto, was " + value);
    };
  }

  private static List<String> localMembers(int firstPort, int instances) {
    return IntStream.range(0, instances).mapToObj(i -> "127.0.0.1:" + (firstPort + i)).toList();
  }

  /** Where the gateway listens: the system's HTTP port. */
  int gatewayPort() {
    return httpPort;
  }

  /** Instance {@code index}'s HTTP port: the system's own, or above the gateway's. */
  int instancePort(int index) {
    return gateway ? httpPort + 1 + index : httpPort;
  }

  String instanceName(int index) {
    return instances == 1 ? name : name + "-" + (index + 1);
  }

  /** Instance {@code index}'s place in the data grid. */
  PayaraMicroProcess.Grid grid(int index) {
    int port = clusterPort + index;
    return cluster ? new PayaraMicroProcess.Grid(true, clusterName, port, members) : PayaraMicroProcess.Grid.none(port);
  }
}
