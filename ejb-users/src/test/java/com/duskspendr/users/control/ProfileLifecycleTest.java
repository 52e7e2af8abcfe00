package com.duskspendr.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.auth.events.AccountDeleted;
import com.duskspendr.auth.events.AccountRegistered;
import com.duskspendr.users.entity.InMemoryUserProfileRepository;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfileLifecycleTest {

  private final InMemoryUserProfileRepository repository = new InMemoryUserProfileRepository();
  private final ProfileLifecycle lifecycle = new ProfileLifecycle();
  private final AccountId accountId = new AccountId(UUID.randomUUID());

  @BeforeEach
  void wire() {
    lifecycle.profiles = repository;
  }

  @Test
  void registrationCreatesAProfileWithTheDefaults() {
    lifecycle.onAccountRegistered(new AccountRegistered(accountId, "grace@example.com", null));
    var profile = ProfileAssembler.toProfile(repository.stored.get(accountId.value()));
    assertEquals("grace", profile.displayName());
    assertEquals("grace@example.com", profile.email());
    assertEquals(ProfileDefaults.PREFERENCES, profile.preferences());
  }

  @Test
  void aRepeatedRegistrationKeepsTheExistingProfile() {
    lifecycle.onAccountRegistered(new AccountRegistered(accountId, "grace@example.com", "Grace"));
    var first = repository.stored.get(accountId.value());
    lifecycle.onAccountRegistered(new AccountRegistered(accountId, "grace@example.com", "Other"));
    assertEquals(first, repository.stored.get(accountId.value()));
    assertEquals("Grace", first.displayName());
  }

  @Test
  void deletionErasesTheProfile() {
    lifecycle.onAccountRegistered(new AccountRegistered(accountId, "grace@example.com", "Grace"));
    lifecycle.onAccountDeleted(new AccountDeleted(accountId));
    assertFalse(repository.stored.containsKey(accountId.value()));
  }

  @Test
  void deletingAnAccountWithoutAProfileIsFine() {
    lifecycle.onAccountDeleted(new AccountDeleted(accountId));
    assertTrue(repository.stored.isEmpty());
  }
}
