package com.duskspendr.transactions.sharing.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The transfers that settle every balance, per currency, with the fewest transfers.
 *
 * @param exact whether every currency's plan is provably the fewest (false when one had more people with a
 *     balance than the exact planner takes, and the heuristic planned it)
 */
public record SettleUpPlan(List<Transfer> transfers, boolean exact) {

  public record Transfer(UUID from, UUID to, BigDecimal amount, String currency) {}
}
