package com.duskspendr.notifications.digest.boundary;

import com.duskspendr.notifications.digest.control.DigestSchedule;
import com.duskspendr.notifications.digest.control.DigestSender;
import com.duskspendr.notifications.digest.control.DigestSettings;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.users.boundary.ProfileService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Walks the accounts (through the users context's boundary, in pages) and sends each due digest in its
 * own transaction (NOT_SUPPORTED here): an account that fails is logged and tried again on the next run,
 * since its week was not marked sent.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultDigestService implements DigestService {

  private static final Logger LOG = Logger.getLogger(DefaultDigestService.class.getName());
  private static final int PAGE = 500;

  @EJB ProfileService profiles;
  @EJB DigestSender sender;
  @Inject DigestSettings settings;

  @Override
  public int runAll() {
    DigestSchedule schedule = settings.schedule();
    Instant now = Instant.now();
    int planned = 0;
    AccountId after = null;
    List<AccountId> page;
    do {
      page = profiles.accountsAfter(after, PAGE);
      planned += send(page, schedule, now);
      after = page.isEmpty() ? null : page.get(page.size() - 1);
    } while (page.size() == PAGE);
    if (planned > 0) {
      LOG.info("Weekly digest: " + planned + " planned");
    }
    return planned;
  }

  @Override
  public int runFor(List<AccountId> accounts) {
    return send(accounts, settings.schedule(), Instant.now());
  }

  private int send(List<AccountId> accounts, DigestSchedule schedule, Instant now) {
    int planned = 0;
    for (AccountId account : accounts) {
      try {
        if (sender.sendIfDue(account, schedule, now)) {
          planned++;
        }
      } catch (RuntimeException e) { // EJBException included: one account never stops the run
        LOG.log(Level.WARNING, "Weekly digest of " + account + " failed; the next run tries again", e);
      }
    }
    return planned;
  }
}
