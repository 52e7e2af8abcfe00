package com.duskspendr.transactions.sharing.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** Balances, settlements and the settle-up plan of a group, for its active members. */
public interface SettlementService {

  /** Per member and currency, ordered by currency, then join order; currencies are never mixed. */
  List<BalanceView> balances(@NotNull AccountId caller, @NotNull UUID groupId);

  /**
   * Records a payment from one member to another (the caller is one of them), and the transfer in both
   * members' ledgers: money out for the payer, money in for the receiver, filed as transfers and counted as
   * neither spending nor income.
   *
   * @throws com.duskspendr.platform.failure.InvalidInputException with every invalid field
   */
  SettlementView record(@NotNull AccountId caller, @NotNull UUID groupId, @NotNull NewSettlement settlement);

  /**
   * As {@link #record(AccountId, UUID, NewSettlement)}, under an id the client chose (a payment noted offline
   * and pushed).
   *
   * @throws com.duskspendr.platform.failure.ConflictException a settlement with this id exists
   */
  SettlementView record(
      @NotNull AccountId caller, @NotNull UUID groupId, @NotNull UUID settlementId, @NotNull NewSettlement settlement);

  /** The settlements among these ids of groups the caller is an active member of (for the changes feed). */
  List<SettlementView> getAll(@NotNull AccountId caller, @NotNull java.util.Collection<UUID> ids);

  /** Newest first. */
  List<SettlementView> list(@NotNull AccountId caller, @NotNull UUID groupId);

  /** The fewest transfers that bring every balance to zero (see {@code SettleUp}). */
  SettleUpPlan settleUp(@NotNull AccountId caller, @NotNull UUID groupId);
}
