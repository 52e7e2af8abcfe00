package com.duskspendr.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The EAR carries every bean once: the WAR is its only module, the context jars are inside the WAR and
 * nowhere else, and no jar sits in the EAR's lib/ where a full server would scan it a second time.
 */
class EarLayoutIT {

  private static final List<String> CONTEXT_JARS = List.of(
      "platform-kernel", "ejb-auth", "ejb-users", "ejb-transactions", "ejb-ml", "mdb-notifications", "analytics-batch");

  @Test
  void theWarIsTheOnlyModuleAndCarriesEachContextJarOnce() throws IOException {
    Path ear = Path.of(System.getProperty("duskspendr.ear"));
    List<String> earEntries = new ArrayList<>();
    List<String> warLibraries = new ArrayList<>();
    String applicationXml;
    try (ZipFile archive = new ZipFile(ear.toFile())) {
      archive.stream().map(ZipEntry::getName).forEach(earEntries::add);
      applicationXml = new String(archive.getInputStream(archive.getEntry("META-INF/application.xml")).readAllBytes());
      try (InputStream war = archive.getInputStream(archive.getEntry("web-api.war"));
          ZipInputStream entries = new ZipInputStream(war)) {
        for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
          if (entry.getName().startsWith("WEB-INF/lib/")) {
            warLibraries.add(entry.getName().substring("WEB-INF/lib/".length()));
          }
        }
      }
    }

    List<String> archives = earEntries.stream().filter(name -> name.endsWith(".jar") || name.endsWith(".war")
        || name.endsWith(".rar")).collect(Collectors.toList());
    assertEquals(List.of("web-api.war"), archives, "the EAR holds the WAR and no other archive: " + earEntries);
    assertEquals(1, count(applicationXml, "<module>"), applicationXml);
    assertTrue(applicationXml.contains("<context-root>/</context-root>"), applicationXml);
    for (String context : CONTEXT_JARS) {
      Pattern jar = Pattern.compile(Pattern.quote(context) + "-[0-9].*\\.jar");
      assertEquals(1, warLibraries.stream().filter(name -> jar.matcher(name).matches()).count(),
          context + " once in WEB-INF/lib: " + warLibraries);
    }
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
