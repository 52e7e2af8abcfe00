package com.duskspendr.auth.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;

/**
 * What every context asks before it writes data for an owner: does the account still exist? The session check
 * at the edge already refuses a deleted account's tokens; this closes the window between that check and the
 * write, where a deletion may commit.
 */
public interface AccountPresence {

  /**
   * Holds the owner's account until the caller's transaction ends (a shared row lock that a deletion waits
   * for), so that either the write commits first and the deletion then erases it, or the deletion commits
   * first and the write is refused here. Joins the caller's transaction; there must be one.
   *
   * @throws AccountGoneException when the account no longer exists
   */
  void requirePresent(@NotNull AccountId owner);
}
