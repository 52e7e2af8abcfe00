package com.duskspendr.web.transactions;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.messaging.EventType;
import com.duskspendr.platform.outbox.Outbox;
import com.duskspendr.transactions.ledger.boundary.NewTransaction;
import com.duskspendr.transactions.ledger.boundary.RecordedTransaction;
import com.duskspendr.transactions.ledger.boundary.TransactionService;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/** Test EJB: the ledger called inside a transaction the test controls, and a marker event to fence on. */
@Stateless
public class LedgerProbe {

  static final String MARKER_TYPE = "ItMarker";
  static final EventType MARKER = EventType.domainEvent(MARKER_TYPE, 1, "it");

  /** Thrown after the create to make the container roll the whole transaction back. */
  @ApplicationException(rollback = true)
  public static class Rollback extends RuntimeException {
    private final transient RecordedTransaction created;

    Rollback(RecordedTransaction created) {
      this.created = created;
    }

    public RecordedTransaction created() {
      return created;
    }
  }

  @Inject TransactionService transactions;
  @Inject Outbox outbox;

  /** Creates the transaction, then fails: the create and everything it sent must vanish. */
  public void createThenRollBack(AccountId owner, NewTransaction transaction) {
    RecordedTransaction created = transactions.create(owner, transaction, null).transaction();
    throw new Rollback(created);
  }

  /** Publishes a marker event no one else sends, carrying {@code token}. */
  public void publishMarker(String token) {
    outbox.publish(MARKER, new AccountId(UUID.randomUUID()), Map.of("token", token));
  }
}
