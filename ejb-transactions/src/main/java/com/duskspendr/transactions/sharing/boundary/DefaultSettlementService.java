package com.duskspendr.transactions.sharing.boundary;

import com.duskspendr.auth.boundary.AccountPresence;
import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.money.Money;
import com.duskspendr.transactions.budgets.control.UserCalendar;
import com.duskspendr.transactions.sharing.control.Amounts;
import com.duskspendr.transactions.sharing.control.GroupAccess;
import com.duskspendr.transactions.sharing.control.GroupAccess.Membership;
import com.duskspendr.transactions.sharing.control.GroupBalances;
import com.duskspendr.transactions.sharing.control.SettleUp;
import com.duskspendr.transactions.sharing.control.SharingEvents;
import com.duskspendr.transactions.sharing.control.SharingInput;
import com.duskspendr.transactions.sharing.control.SharingLedger;
import com.duskspendr.transactions.sharing.control.SharingSync;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.transactions.sharing.entity.ExpenseGroup;
import com.duskspendr.transactions.sharing.entity.ExpenseRepository;
import com.duskspendr.transactions.sharing.entity.GroupMember;
import com.duskspendr.transactions.sharing.entity.GroupRepository;
import com.duskspendr.transactions.sharing.entity.Settlement;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/** Balances, settlements (recorded in both parties' ledgers) and settle-up plans. */
@Stateless
public class DefaultSettlementService implements SettlementService {

  private static final Pattern UUID_FORM =
      Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

  @Inject GroupAccess access;
  @Inject GroupRepository groups;
  @Inject ExpenseRepository expenses;
  @Inject GroupBalances balances;
  @Inject SharingLedger ledger;
  @Inject SharingEvents events;
  @Inject UserCalendar calendar;
  @Inject AccountPresence presence;
  @Inject SharingSync sync;

  @Override
  public List<BalanceView> balances(AccountId caller, UUID groupId) {
    access.of(caller, groupId);
    return balances.of(groupId, groups.members(groupId));
  }

  @Override
  public SettlementView record(AccountId caller, UUID groupId, NewSettlement request) {
    return record(caller, groupId, UUID.randomUUID(), request);
  }

  @Override
  public SettlementView record(AccountId caller, UUID groupId, UUID settlementId, NewSettlement request) {
    Membership membership = access.locked(caller, groupId);
    ExpenseGroup group = membership.group();
    List<UUID> members = groups.members(groupId).stream().filter(GroupMember::active).map(GroupMember::userId).toList();
    List<FieldIssue> issues = new ArrayList<>();
    UUID from = request.from() == null ? caller.value() : member(request.from(), members, "from", issues);
    UUID to = member(request.to(), members, "to", issues);
    if (from != null && to != null && from.equals(to)) {
      issues.add(new FieldIssue("to", "must be another member than from"));
    }
    if (from != null && to != null && !caller.value().equals(from) && !caller.value().equals(to)) {
      issues.add(new FieldIssue("from", "I must be the one who paid or the one who received"));
    }
    String currency = SharingInput.currency(request.currency(), group.currency(), "currency", issues);
    BigDecimal amount = request.amount();
    if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0
        || (currency != null && amount.stripTrailingZeros().scale() > Money.minorDigits(currency))) {
      issues.add(new FieldIssue("amount", "must be positive, at most 1000000000, in the currency's minor units"));
    }
    LocalDate date = date(request.date(), caller, issues);
    SharingInput.throwIfAny(issues);
    presence.requirePresent(caller);
    BigDecimal exact = amount.setScale(Money.minorDigits(currency));
    if (expenses.settlement(settlementId).isPresent()) {
      throw new ConflictException("A settlement with this id exists", null);
    }
    Settlement settlement = new Settlement(settlementId, groupId, from, to, exact, currency, date, caller.value());
    // Each ledger write holds its owner's change counter until commit: always in id order, so that two
    // settlements between the same two members in opposite directions cannot deadlock.
    UUID fromTx = null;
    UUID toTx = null;
    for (UUID party : from.compareTo(to) < 0 ? List.of(from, to) : List.of(to, from)) {
      if (party.equals(from)) {
        fromTx = ledger.recordTransfer(new AccountId(from), exact.negate(), currency, date, group.name(),
            "Settlement paid in a shared group");
      } else {
        toTx = ledger.recordTransfer(new AccountId(to), exact, currency, date, group.name(),
            "Settlement received in a shared group");
      }
    }
    settlement.recordedAs(fromTx, toTx);
    expenses.add(settlement);
    events.settled(group, settlement);
    sync.upserted(groups.members(groupId), ChangeLog.Entity.SETTLEMENT, settlement.id(), 1);
    return view(settlement, caller);
  }

  @Override
  public List<SettlementView> list(AccountId caller, UUID groupId) {
    access.of(caller, groupId);
    return expenses.settlements(groupId).stream().map(s -> view(s, caller)).toList();
  }

  @Override
  public List<SettlementView> getAll(AccountId caller, java.util.Collection<UUID> ids) {
    return ids.stream().distinct()
        .map(expenses::settlement)
        .flatMap(Optional::stream)
        .filter(s -> groups.member(s.groupId(), caller.value()).filter(GroupMember::active).isPresent())
        .map(s -> view(s, caller))
        .toList();
  }

  @Override
  public SettleUpPlan settleUp(AccountId caller, UUID groupId) {
    access.of(caller, groupId);
    Map<String, List<BalanceView>> byCurrency = new TreeMap<>();
    for (BalanceView b : balances.of(groupId, groups.members(groupId))) {
      byCurrency.computeIfAbsent(b.currency(), c -> new ArrayList<>()).add(b);
    }
    List<SettleUpPlan.Transfer> transfers = new ArrayList<>();
    boolean exact = true;
    for (Map.Entry<String, List<BalanceView>> entry : byCurrency.entrySet()) {
      String currency = entry.getKey();
      int digits = Money.minorDigits(currency);
      List<BalanceView> people = entry.getValue();
      long[] units = people.stream().mapToLong(b -> SettleUp.units(b.balance(), digits)).toArray();
      SettleUp.Plan plan = SettleUp.plan(units);
      exact &= plan.exact();
      for (SettleUp.Transfer t : plan.transfers()) {
        transfers.add(new SettleUpPlan.Transfer(
            people.get(t.from()).userId(), people.get(t.to()).userId(), SettleUp.amount(t.units(), digits), currency));
      }
    }
    return new SettleUpPlan(transfers, exact);
  }

  private LocalDate date(String value, AccountId caller, List<FieldIssue> issues) {
    if (value == null) {
      return calendar.of(caller).today();
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      issues.add(new FieldIssue("date", "must be an ISO date such as 2026-05-01"));
      return null;
    }
  }

  private static UUID member(String userId, List<UUID> members, String field, List<FieldIssue> issues) {
    Optional<UUID> id = Optional.ofNullable(userId).filter(u -> UUID_FORM.matcher(u).matches()).map(UUID::fromString)
        .filter(members::contains);
    if (id.isEmpty()) {
      issues.add(new FieldIssue(field, "must be a member of the group"));
    }
    return id.orElse(null);
  }

  private static SettlementView view(Settlement s, AccountId caller) {
    UUID mine = caller.value().equals(s.fromUser()) ? s.fromTransactionId()
        : caller.value().equals(s.toUser()) ? s.toTransactionId() : null;
    return new SettlementView(s.id(), s.groupId(), s.fromUser(), s.toUser(), Amounts.minor(s.amount(), s.currency()),
        s.currency(), s.date(), s.createdBy(), mine, s.createdAt());
  }
}
