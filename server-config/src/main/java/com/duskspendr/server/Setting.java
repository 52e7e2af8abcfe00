package com.duskspendr.server;

import java.util.Locale;
import java.util.Optional;

/**
 * One launcher setting, read from a system property ({@code -Dduskspendr.db.url=...}) or else from the
 * environment ({@code DUSKSPENDR_DB_URL}). The launcher runs before any MicroProfile Config exists, so it
 * reads both sources itself; the application then receives the resolved values as system properties.
 */
public enum Setting {
  HTTP_PORT("duskspendr.http.port", "8080"),
  HTTP_THREADS("duskspendr.http.threads", "16"),
  HTTP_COMPRESSION("duskspendr.http.compression.enabled", "true"),
  HTTP_COMPRESSION_MIN_BYTES("duskspendr.http.compression.min-bytes", "1024"),
  DATA_DIR("duskspendr.data.dir", "data"),
  DB_URL("duskspendr.db.url", null),
  DB_USER("duskspendr.db.user", "postgres"),
  DB_PASSWORD("duskspendr.db.password", "postgres"),
  DB_POOL_MAX("duskspendr.db.pool.max", "32"),
  EMBEDDED_DB_PORT("duskspendr.db.embedded.port", "54329"),
  BROKER_HOST("duskspendr.broker.host", null),
  BROKER_PORT("duskspendr.broker.port", "61616"),
  BROKER_USER("duskspendr.broker.user", ""),
  BROKER_PASSWORD("duskspendr.broker.password", ""),
  CLUSTER("duskspendr.cluster", "false"),
  CLUSTER_START_PORT("duskspendr.cluster.start-port", "6900"),
  // Instances of one data grid find each other by name and by a list of members (Hazelcast's TCP/IP join):
  // multicast, Payara's default, would let every grid on a network segment merge into one.
  CLUSTER_NAME("duskspendr.cluster.name", "duskspendr"),
  CLUSTER_MEMBERS("duskspendr.cluster.members", null),
  INSTANCES("duskspendr.instances", "1"),
  // Several instances on one machine are this name with -1, -2, ... appended.
  INSTANCE_NAME("duskspendr.instance.name", "duskspendr"),
  // auto: in front of a lone instance too when HAProxy is installed, so the run command answers as production does
  GATEWAY_ENABLED("duskspendr.gateway.enabled", "auto"),
  GATEWAY_HAPROXY("duskspendr.gateway.haproxy", "/usr/sbin/haproxy"),
  METRICS_ENABLED("duskspendr.metrics.enabled", "false"),
  // Six JIT compiler threads (HotSpot picks two on 2 cores): under load a fresh instance's one C2 thread got
  // a small share of the cores and needed minutes to compile the hot path (README, Read path).
  JVM_OPTIONS("duskspendr.jvm.options", "-Xms256m -Xmx1g -XX:CICompilerCount=6"),
  READY_TIMEOUT_SECONDS("duskspendr.ready.timeout-seconds", "180");

  private final String key;
  private final String defaultValue;

  Setting(String key, String defaultValue) {
    this.key = key;
    this.defaultValue = defaultValue;
  }

  public String key() {
    return key;
  }

  public String environmentVariable() {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** The configured value, or empty when neither source sets it (blank counts as unset). */
  public Optional<String> configured() {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      value = System.getenv(environmentVariable());
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** The configured value, else the documented default (null when the default is "start embedded"). */
  public String value() {
    return configured().orElse(defaultValue);
  }

  public int intValue() {
    return Integer.parseInt(value());
  }
}
