package com.duskspendr.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The run command's entry point: {@code Launcher <payara-micro.jar> <web-api.war> <artemis-ra.rar>}.
 * Starts the system (see {@link Setting} for what can be configured), prints where it listens, and
 * stops everything it started on Ctrl-C.
 */
public final class Launcher {

  private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: Launcher <payara-micro.jar> <web-api.war> <artemis-ra.rar>");
      System.exit(2);
    }
    DuskSpendrSystem.Artifacts artifacts =
        new DuskSpendrSystem.Artifacts(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    for (Path artifact : new Path[] {artifacts.payaraMicroJar(), artifacts.war(), artifacts.resourceAdapterArchive()}) {
      if (!Files.isRegularFile(artifact)) {
        System.err.println("Missing " + artifact + ": build first (see README).");
        System.exit(2);
      }
    }
    long startedAt = System.nanoTime();
    DuskSpendrSystem system = DuskSpendrSystem.create();
    // Registered before anything starts, so that stopping the launcher mid-start leaves nothing behind.
    Runtime.getRuntime().addShutdownHook(new Thread(system::close, "duskspendr-shutdown"));
    system.startAll(artifacts, null);
    long seconds = (System.nanoTime() - startedAt) / 1_000_000_000L;
    String base = system.baseUri().toString();
    LOG.info(() -> "DuskSpendr is ready after " + seconds + " s");
    System.out.println();
    System.out.println("DuskSpendr is up (" + seconds + " s):");
    System.out.println("  API          " + base + "/api/v1");
    System.out.println("  API explorer " + base + "/api/docs");
    System.out.println("  OpenAPI      " + base + "/openapi");
    System.out.println("  Readiness    " + base + "/health/ready");
    System.out.println("  Database     " + system.jdbcUrl());
    System.out.println("  Broker       " + system.broker().host() + ":" + system.broker().port());
    System.out.println("Press Ctrl-C to stop.");
    System.exit(system.awaitServerExit());
  }
}
