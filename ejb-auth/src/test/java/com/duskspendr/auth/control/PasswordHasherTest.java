package com.duskspendr.auth.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void verifiesTheRightPasswordOnly() {
    String hash = hasher.hash("correct horse battery staple");
    assertTrue(hasher.verify(hash, "correct horse battery staple"));
    assertFalse(hasher.verify(hash, "correct horse battery stapl"));
    assertFalse(hasher.verify(hash, "Correct horse battery staple"));
  }

  @Test
  void encodesArgon2idWithOwaspParameters() {
    String hash = hasher.hash("correct horse battery staple");
    assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
    assertFalse(hasher.needsRehash(hash));
  }

  @Test
  void saltsEachHash() {
    assertNotEquals(hasher.hash("same password here"), hasher.hash("same password here"));
  }

  @Test
  void asksToRehashWeakerHashes() {
    String weak = Argon2Factory.create(Argon2Types.ARGON2id).hash(1, 4096, 1, "old password!!".toCharArray());
    assertTrue(hasher.needsRehash(weak));
    assertTrue(hasher.verify(weak, "old password!!"));
  }

  @Test
  void theDummyCheckRunsWithoutAnAccount() {
    hasher.verifyAgainstDummy("whatever they typed");
  }
}
