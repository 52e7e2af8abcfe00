package com.duskspendr.users.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Profile use cases; each acts on the profile of the given (authenticated) account only. */
public interface ProfileService {

  /** @throws ProfileNotFoundException when the account has no profile */
  Profile profileOf(@NotNull AccountId accountId);

  /**
   * Applies the fields present in the patch (null = leave unchanged) after validating all of them; one
   * invalid field rejects the whole patch with a detail per invalid field and changes nothing.
   *
   * @throws ProfileValidationException with field details
   */
  Profile update(@NotNull AccountId accountId, @NotNull @Valid ProfilePatch patch);
}
