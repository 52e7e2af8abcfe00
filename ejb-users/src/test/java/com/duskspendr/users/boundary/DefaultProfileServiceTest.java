package com.duskspendr.users.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.duskspendr.auth.boundary.AccountGoneException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.users.control.NewProfiles;
import com.duskspendr.users.entity.InMemoryUserProfileRepository;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultProfileServiceTest {

  private final InMemoryUserProfileRepository repository = new InMemoryUserProfileRepository();
  private final DefaultProfileService service = new DefaultProfileService();
  private final AccountId accountId = new AccountId(UUID.randomUUID());

  @BeforeEach
  void wire() {
    service.profiles = repository;
    // The accounts that exist: only ours, as auth would answer.
    service.owners = owner -> {
      if (!owner.equals(accountId)) {
        throw new AccountGoneException();
      }
    };
    repository.add(NewProfiles.create(accountId.value(), "linus@example.com", "Linus"));
  }

  @Test
  void returnsTheProfileOfTheAccount() {
    Profile profile = service.profileOf(accountId);
    assertEquals(accountId, profile.id());
    assertEquals("Linus", profile.displayName());
  }

  @Test
  void anAccountWithoutAProfileIsNotFound() {
    var stranger = new AccountId(UUID.randomUUID());
    assertThrows(ProfileNotFoundException.class, () -> service.profileOf(stranger));
  }

  @Test
  void anUpdateForAnAccountThatIsGoneIsRefused() {
    var deleted = new AccountId(UUID.randomUUID());
    // A profile left over (say, read just before the deletion): the account's absence decides.
    repository.add(NewProfiles.create(deleted.value(), "gone@example.com", "Gone"));
    var patch = new ProfilePatch("Name", null, null, null, null, null, null);
    assertThrows(AccountGoneException.class, () -> service.update(deleted, patch));
    assertEquals("Gone", repository.find(deleted.value()).orElseThrow().displayName());
  }

  @Test
  void updateReturnsTheChangedProfile() {
    Profile updated = service.update(accountId, new ProfilePatch(null, null, "chf", null, "Europe/Zurich", null, null));
    assertEquals("CHF", updated.preferences().currency());
    assertEquals("Europe/Zurich", updated.preferences().timezone());
    assertEquals(updated, service.profileOf(accountId));
  }

  @Test
  void anInvalidPatchChangesNothing() {
    Profile before = service.profileOf(accountId);
    var patch = new ProfilePatch("New name", null, "CHF", null, "CEST", null, null);
    var thrown = assertThrows(ProfileValidationException.class, () -> service.update(accountId, patch));
    assertEquals(List.of("preferences.timezone"), thrown.issues().stream().map(i -> i.field()).toList());
    assertEquals(before, service.profileOf(accountId));
  }
}
