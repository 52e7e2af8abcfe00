package com.duskspendr.ear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One domain of a full Payara Server, driven through its {@code asadmin} as an operator would. Every step that
 * fails throws with the command, its output and the end of the server log, so a broken deployment reads as
 * what broke rather than as a timeout further on.
 */
final class Asadmin {

  /** How multimode reports a command that failed; multimode itself still exits 0. */
  private static final Pattern FAILED = Pattern.compile("(?m)^Command (\\S+) failed\\.$");

  /** A safety net against a hung asadmin, far above any step's duration; not a check of speed. */
  private static final long STEP_LIMIT_MINUTES = 20;

  private final Path executable;
  private final Path domainDir;
  private final String domain;
  private final int adminPort;
  private final Map<String, String> environment;

  /**
   * @param environment what the domain's JVM inherits through {@code start-domain}: the application's settings
   *     (MicroProfile Config reads {@code DUSKSPENDR_DB_URL} as {@code duskspendr.db.url}), secrets included
   */
  Asadmin(Path payaraHome, Path domainDir, String domain, int adminPort, Map<String, String> environment) {
    this.executable = payaraHome.resolve("bin").resolve("asadmin");
    this.domainDir = domainDir;
    this.domain = domain;
    this.adminPort = adminPort;
    this.environment = Map.copyOf(environment);
  }

  void createDomain(int portBase) {
    run("create-domain", "--nopassword=true", "--portbase", String.valueOf(portBase),
        "--domaindir", domainDir.toString(), domain);
  }

  Path domainRoot() {
    return domainDir.resolve(domain);
  }

  void startDomain() {
    run("start-domain", "--domaindir", domainDir.toString(), domain);
  }

  void stopDomain() {
    run("stop-domain", "--domaindir", domainDir.toString(), domain);
  }

  /** Stops the domain if one runs there, killing it when a normal stop fails; never throws. */
  void stopQuietly() {
    // a running domain keeps its process id in config/pid and removes the file when it stops
    if (!Files.isRegularFile(domainRoot().resolve("config").resolve("pid"))) {
      return;
    }
    try {
      stopDomain();
    } catch (AssertionError | RuntimeException notStopped) {
      System.err.println(notStopped.getMessage());
      try {
        run("stop-domain", "--kill=true", "--domaindir", domainDir.toString(), domain);
      } catch (AssertionError | RuntimeException notKilled) {
        System.err.println(notKilled.getMessage());
      }
    }
  }

  /** A command against the running domain's admin port. */
  String remote(String... command) {
    List<String> arguments = new ArrayList<>(List.of("--port", String.valueOf(adminPort)));
    arguments.addAll(List.of(command));
    return run(arguments.toArray(String[]::new));
  }

  /** Runs a command file, failing when any of its commands failed (multimode goes on after a failure). */
  void multimode(Path commandFile) {
    String output = remote("multimode", "--file", commandFile.toString());
    Matcher failed = FAILED.matcher(output);
    if (failed.find()) {
      throw failure("asadmin multimode --file " + commandFile + ": command " + failed.group(1) + " failed", output);
    }
  }

  String run(String... arguments) {
    List<String> command = new ArrayList<>(List.of(executable.toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    // asadmin finds its JVM through AS_JAVA: the one running this build
    builder.environment().put("AS_JAVA", System.getProperty("java.home"));
    String description = "asadmin " + String.join(" ", arguments);
    try {
      Path output = Files.createTempFile("asadmin", ".out");
      try {
        Process process = builder.redirectOutput(output.toFile()).start();
        if (!process.waitFor(STEP_LIMIT_MINUTES, TimeUnit.MINUTES)) {
          process.destroyForcibly().waitFor();
          throw failure(description + " did not end within " + STEP_LIMIT_MINUTES + " minutes", read(output));
        }
        String text = read(output);
        System.out.println("[smoke] " + description + " -> exit " + process.exitValue());
        if (process.exitValue() != 0) {
          throw failure(description + " exited with " + process.exitValue(), text);
        }
        return text;
      } finally {
        Files.deleteIfExists(output);
      }
    } catch (IOException e) {
      throw new IllegalStateException(description + " could not run: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(description + " interrupted", e);
    }
  }

  Path serverLog() {
    return domainRoot().resolve("logs").resolve("server.log");
  }

  /** The last lines of the server log, or a note that there is none yet. */
  String serverLogTail(int lines) {
    Path log = serverLog();
    if (!Files.isRegularFile(log)) {
      return "(no server log at " + log + ")";
    }
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(server log unreadable: " + e + ")";
    }
  }

  /** A failed step: what was done, what asadmin said, and how the server log ends. */
  AssertionError failure(String step, String output) {
    return new AssertionError(step + "\n--- asadmin output ---\n" + output.strip()
        + "\n--- last lines of " + serverLog() + " ---\n" + serverLogTail(60));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
