package com.duskspendr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The kernel is what every context may depend on, so it must depend on none of them. */
class KernelIndependenceTest {

  private static final Pattern CONTEXT_REFERENCE =
      Pattern.compile("com\\.duskspendr\\.(auth|users|transactions|ml|notifications|analytics|web|server)\\b");

  @Test
  void noKernelSourceNamesABoundedContext() throws IOException {
    Path sources = Path.of("src/main/java/com/duskspendr/platform");
    List<String> offenders;
    try (Stream<Path> files = Files.walk(sources)) {
      List<Path> java = files.filter(f -> f.toString().endsWith(".java")).toList();
      assertTrue(java.size() > 10, "the kernel's sources were found");
      offenders = java.stream().filter(KernelIndependenceTest::namesAContext).map(Path::toString).toList();
    }
    assertEquals(List.of(), offenders);
  }

  @Test
  void theCheckWouldCatchAnImportOfAContext() {
    assertTrue(CONTEXT_REFERENCE.matcher("import com.duskspendr.transactions.events.TransactionRecorded;").find());
    assertTrue(CONTEXT_REFERENCE.matcher("@Inject com.duskspendr.auth.boundary.AccountService accounts;").find());
  }

  private static boolean namesAContext(Path file) {
    try {
      return CONTEXT_REFERENCE.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
