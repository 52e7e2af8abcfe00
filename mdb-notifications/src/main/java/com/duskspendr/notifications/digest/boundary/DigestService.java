package com.duskspendr.notifications.digest.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Sends the weekly digests that are due now: to each account whose local send moment of the current ISO
 * week has passed, whose digest is on, and which has not had this week's digest yet. Running again, on
 * this instance or another, sends nothing twice.
 */
public interface DigestService {

  /** Most accounts one {@link #runFor} names. */
  int MAX_ACCOUNTS = 100;

  /** @return how many digests this run planned */
  int runAll();

  /** As {@link #runAll} for these accounts only (unknown ones are skipped). */
  int runFor(@NotNull @Size(max = MAX_ACCOUNTS) List<@NotNull AccountId> accounts);
}
