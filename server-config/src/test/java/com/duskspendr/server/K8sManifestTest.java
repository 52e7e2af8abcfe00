package com.duskspendr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifest (src/k8s) as far as it can be checked without a cluster: it parses, the probes point
 * at the health endpoints, and every setting it gives the container is one the launcher or the application
 * reads and the README documents, so a renamed key cannot leave the manifest silently configuring nothing.
 */
class K8sManifestTest {

  private static final Path MANIFEST = Path.of("src/k8s/duskspendr.yaml");
  private static final Pattern KEY = Pattern.compile("`(duskspendr\\.[a-z0-9.-]+)`");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> container() throws IOException {
    List<Map<String, Object>> documents = new ArrayList<>();
    new Yaml().loadAll(Files.readString(MANIFEST)).forEach(document -> documents.add((Map<String, Object>) document));
    Map<String, Object> statefulSet = documents.stream().filter(d -> "StatefulSet".equals(d.get("kind"))).findFirst()
        .orElseThrow();
    Map<String, Object> template = (Map<String, Object>) ((Map<String, Object>) statefulSet.get("spec")).get("template");
    List<Map<String, Object>> containers =
        (List<Map<String, Object>>) ((Map<String, Object>) template.get("spec")).get("containers");
    assertEquals(1, containers.size());
    return containers.get(0);
  }

  @Test
  @SuppressWarnings("unchecked")
  void probesUseTheHealthEndpoints() throws IOException {
    Map<String, Object> container = container();
    assertEquals("/health/ready", ((Map<String, Object>) ((Map<String, Object>) container.get("readinessProbe"))
        .get("httpGet")).get("path"));
    assertEquals("/health/live", ((Map<String, Object>) ((Map<String, Object>) container.get("livenessProbe"))
        .get("httpGet")).get("path"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void everySettingIsOneTheSystemReadsAndTheReadmeDocuments() throws IOException {
    Set<String> launcher = Arrays.stream(Setting.values()).map(Setting::environmentVariable).collect(Collectors.toSet());
    String readme = Files.readString(Path.of("../README.md"));
    for (Map<String, Object> variable : (List<Map<String, Object>>) container().get("env")) {
      String name = (String) variable.get("name");
      // the application's keys as the README's tables write them, e.g. `duskspendr.jwt.signing-key`
      boolean documented = readme.lines().filter(line -> line.startsWith("| `duskspendr."))
          .flatMap(line -> KEY.matcher(line.split("\\|")[1]).results().map(match -> match.group(1)))
          .anyMatch(key -> key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_").equals(name));
      assertTrue(documented, name + " is not a setting documented in the README");
      if (name.startsWith("DUSKSPENDR_DB_") || name.startsWith("DUSKSPENDR_BROKER_")) {
        assertTrue(launcher.contains(name), name + " is read by the launcher");
      }
    }
  }
}
