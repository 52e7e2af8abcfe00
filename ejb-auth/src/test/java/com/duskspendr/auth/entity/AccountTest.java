package com.duskspendr.auth.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

class AccountTest {

  private final OffsetDateTime now = OffsetDateTime.of(2025, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void grantsARoleOnce() {
    Account account = new Account(UUID.randomUUID(), "a@b.c", "a@b.c", "$argon2id$x", Set.of("user"), now);
    assertTrue(account.grant(Account.ROLE_ADMIN, now.plusDays(1)));
    assertFalse(account.grant(Account.ROLE_ADMIN, now.plusDays(2)));
    assertEquals(Set.of("admin", "user"), account.roles());
    assertEquals(now.plusDays(1), account.updatedAt());
  }

  @Test
  void rejectsRolesThatCannotBeStored() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Account(UUID.randomUUID(), "a@b.c", "a@b.c", "h", Set.of("user,admin"), now));
    assertThrows(
        IllegalArgumentException.class, () -> new Account(UUID.randomUUID(), "a@b.c", "a@b.c", "h", Set.of(), now));
  }

  @Test
  void recognisesPostgresUniqueViolationsAnywhereInTheCauseChain() {
    var duplicate = new PersistenceException(new RuntimeException(new SQLException("dup", "23505")));
    var other = new PersistenceException(new SQLException("fk", "23503"));
    assertTrue(AccountRepository.isUniqueViolation(duplicate));
    assertFalse(AccountRepository.isUniqueViolation(other));
  }

  @Test
  void sessionDeviceNamesAreTrimmedToTheColumn() {
    Session session = new Session(UUID.randomUUID(), UUID.randomUUID(), " x".repeat(300), now, now.plusDays(30));
    assertEquals(Session.DEVICE_NAME_MAX_LENGTH, session.deviceName().length());
    session.refreshed(" ", now.plusDays(1), now.plusDays(31));
    assertEquals(Session.DEVICE_NAME_MAX_LENGTH, session.deviceName().length(), "blank keeps the old name");
    assertTrue(session.isActiveAt(now.plusDays(30)));
    assertFalse(session.isActiveAt(now.plusDays(31)));
  }
}
