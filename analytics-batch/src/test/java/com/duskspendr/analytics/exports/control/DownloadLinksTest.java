package com.duskspendr.analytics.exports.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DownloadLinksTest {

  private final byte[] key = new byte[32];
  private final UUID export = UUID.randomUUID();
  private final UUID owner = UUID.randomUUID();
  private final Instant now = Instant.parse("2026-12-03T12:00:00Z");
  private final long expires = now.plusSeconds(900).getEpochSecond();

  @Test
  void aLinkWorksForItsExportAndOwnerUntilItExpires() {
    Arrays.fill(key, (byte) 7);
    DownloadLinks links = new DownloadLinks(key);
    String signature = links.signature(export, owner, expires);
    assertTrue(links.valid(export, owner, expires, signature, now));
    assertFalse(links.valid(export, owner, expires, signature, now.plusSeconds(900)), "expired");
    assertFalse(links.valid(export, owner, expires + 3600, signature, now), "expiry moved");
    assertFalse(links.valid(UUID.randomUUID(), owner, expires, signature, now), "another export");
    assertFalse(links.valid(export, UUID.randomUUID(), expires, signature, now), "another owner");
    assertFalse(links.valid(export, owner, expires, "forged", now));
    assertFalse(links.valid(export, owner, expires, null, now));
    byte[] otherKey = key.clone();
    otherKey[0] = 8;
    assertFalse(new DownloadLinks(otherKey).valid(export, owner, expires, signature, now), "another key");
  }

  @Test
  void shortKeysAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new DownloadLinks(new byte[16]));
  }
}
