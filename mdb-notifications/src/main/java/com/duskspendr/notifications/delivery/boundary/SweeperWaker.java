package com.duskspendr.notifications.delivery.boundary;

import com.duskspendr.notifications.delivery.control.DeliveriesPlanned;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Wakes this instance's sweeper once a transaction that planned deliveries has committed: not before,
 * since it would not see the rows yet, and not at all on rollback.
 */
@ApplicationScoped
public class SweeperWaker {

  @EJB DeliverySweeper sweeper;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesPlanned planned) {
    sweeper.wake();
  }
}
