package com.duskspendr.notifications.preferences.control;

import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.users.boundary.Profile;
import com.duskspendr.users.boundary.ProfileService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The user's profile (address, time zone, locale, master switches) through the users context's boundary.
 * NOT_SUPPORTED: a profile that is gone (the account was deleted after the event) is an application
 * exception that marks the caller's transaction for rollback; suspended, it cannot roll back a
 * consumer's transaction and send its event round the redelivery loop to the dead-letter queue.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UserProfiles {

  @EJB ProfileService profiles;

  public Optional<Profile> find(AccountId owner) {
    try {
      return Optional.of(profiles.profileOf(owner));
    } catch (RecordNotFoundException e) {
      return Optional.empty();
    }
  }

  /** The profile's IANA zone; UTC for one the JDK does not know (the profile validates it, so only after a JDK change). */
  public static ZoneId zoneOf(Profile profile) {
    try {
      return ZoneId.of(profile.preferences().timezone());
    } catch (DateTimeException | NullPointerException e) {
      return ZoneOffset.UTC;
    }
  }
}
