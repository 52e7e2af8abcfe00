package com.duskspendr.users.boundary;

import com.duskspendr.auth.boundary.AccountPresence;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.users.control.PreferencesValidator;
import com.duskspendr.users.control.ProfileAssembler;
import com.duskspendr.users.control.ProfileChanges;
import com.duskspendr.users.entity.UserProfile;
import com.duskspendr.users.entity.UserProfileRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Reads and updates the caller's own profile. Concurrent updates of the same profile are caught by the
 * entity's version: the later commit fails with an OptimisticLockException instead of losing a change.
 */
@Stateless
public class DefaultProfileService implements ProfileService {

  @Inject UserProfileRepository profiles;
  @Inject AccountPresence owners;

  // Stateless and free of container services, so a plain instance is enough.
  private final PreferencesValidator validator = new PreferencesValidator();

  @Override
  public Profile profileOf(AccountId accountId) {
    return ProfileAssembler.toProfile(existing(accountId));
  }

  @Override
  public Profile update(AccountId accountId, ProfilePatch patch) {
    // Validate before loading, so an invalid patch costs no database round trip.
    ProfileChanges changes = validator.changesFrom(patch);
    // Held until commit, so a deletion running now cannot erase the profile between our read and our write.
    owners.requirePresent(accountId);
    UserProfile profile = existing(accountId);
    changes.applyTo(profile);
    return ProfileAssembler.toProfile(profile);
  }

  @Override
  public List<AccountId> accountsAfter(AccountId after, int limit) {
    return profiles.accountIdsAfter(after == null ? null : after.value(), limit).stream().map(AccountId::new).toList();
  }

  private UserProfile existing(AccountId accountId) {
    return profiles.find(accountId.value()).orElseThrow(ProfileNotFoundException::new);
  }
}
