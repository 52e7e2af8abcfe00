package com.duskspendr.users.control;

import com.duskspendr.auth.events.AccountDeleted;
import com.duskspendr.auth.events.AccountRegistered;
import com.duskspendr.users.entity.UserProfile;
import com.duskspendr.users.entity.UserProfileRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Creates and erases profiles as auth creates and deletes accounts.
 *
 * <p>A stateless session bean, because CDI invokes observer methods of a session bean through its
 * business interface, so the container's transaction attribute applies. MANDATORY makes each observer
 * join the transaction in which auth fires the event: a registration and its profile (or a deletion and
 * the erasure) commit or roll back together, and an event fired outside a transaction fails loudly instead
 * of silently committing on its own. A failure here rolls the account change back, as the event contract
 * says.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ProfileLifecycle {

  private static final Logger LOG = Logger.getLogger(ProfileLifecycle.class.getName());

  @Inject UserProfileRepository profiles;

  public void onAccountRegistered(@Observes AccountRegistered event) {
    var accountId = event.accountId().value();
    // Idempotent, in case auth ever redelivers: the existing profile wins.
    if (profiles.find(accountId).isPresent()) {
      LOG.fine(() -> "Profile already exists for account " + accountId);
      return;
    }
    UserProfile profile = NewProfiles.create(accountId, event.email(), event.displayName());
    profiles.add(profile);
    LOG.fine(() -> "Created profile for account " + accountId);
  }

  public void onAccountDeleted(@Observes AccountDeleted event) {
    var accountId = event.accountId().value();
    boolean deleted = profiles.delete(accountId);
    // Only ids are logged: the email and name are personal data, and the point here is erasing them.
    LOG.fine(() -> (deleted ? "Deleted profile of account " : "No profile to delete for account ") + accountId);
  }
}
