package com.duskspendr.users.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;

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

  /**
   * For jobs that visit every account (the weekly digest of notifications), not for requests: the ids of
   * the accounts that have a profile, in id order, after {@code after} (null: from the first), at most
   * {@code limit}. Keyset paging, so a job walks all accounts in bounded pages whatever their number.
   */
  List<AccountId> accountsAfter(AccountId after, @Positive int limit);
}
