package com.duskspendr.platform.outbox;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.messaging.EventType;
import java.util.List;
import java.util.UUID;

/**
 * Publishes a message as part of the caller's transaction: it is stored in the outbox table by the same
 * local database transaction as the caller's data, and the relay sends it to the broker after the commit.
 * So a rolled-back write publishes nothing, a committed one publishes every message it produced (at least
 * once; consumers are idempotent by the event id), and the broker is never part of the caller's
 * transaction: a write works while the broker is down.
 */
public interface Outbox {

  /**
   * @param owner the account the message belongs to (null for none)
   * @param payload the contract record of {@code type}
   * @return the event id the message carries
   */
  UUID publish(EventType type, AccountId owner, Object payload);

  /**
   * Publishes one message per payload, all of one type and owner, as one JDBC batch: a bulk write (a
   * statement import) stores thousands of messages, and one round trip per message was most of its time.
   *
   * <p>The default publishes them one by one (for simple implementations, such as tests' recorders).
   *
   * @return the event ids, in the payloads' order
   */
  default List<UUID> publishAll(EventType type, AccountId owner, List<?> payloads) {
    return payloads.stream().map(payload -> publish(type, owner, payload)).toList();
  }
}
