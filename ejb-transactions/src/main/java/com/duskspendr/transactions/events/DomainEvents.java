package com.duskspendr.transactions.events;

import com.duskspendr.auth.boundary.AccountId;

/**
 * Publishes a domain event inside the caller's JTA transaction: it reaches the broker if and only if the
 * transaction commits. The payload (a record) is sent as JSON with the message properties {@code
 * eventType}, {@code eventVersion} and {@code userId}, so consumers can select without parsing.
 */
public interface DomainEvents {

  void publish(String eventType, int eventVersion, AccountId owner, Object payload);
}
