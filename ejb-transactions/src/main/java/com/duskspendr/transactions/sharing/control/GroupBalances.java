package com.duskspendr.transactions.sharing.control;

import com.duskspendr.transactions.sharing.boundary.BalanceView;
import com.duskspendr.transactions.sharing.entity.ExpenseRepository;
import com.duskspendr.transactions.sharing.entity.ExpenseRepository.MemberSum;
import com.duskspendr.transactions.sharing.entity.GroupMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Balances per member and currency, summed by the database from the live expenses and the settlements. */
@ApplicationScoped
public class GroupBalances {

  @Inject ExpenseRepository expenses;

  /**
   * Every member row (active or not, in join order) with every currency the group has used, zeros included,
   * ordered by currency, then join order.
   */
  public List<BalanceView> of(UUID groupId, List<GroupMember> members) {
    Map<String, BigDecimal> paid = keyed(expenses.paid(groupId));
    Map<String, BigDecimal> owed = keyed(expenses.owed(groupId));
    Map<String, BigDecimal> out = keyed(expenses.settledOut(groupId));
    Map<String, BigDecimal> in = keyed(expenses.settledIn(groupId));
    TreeSet<String> currencies = new TreeSet<>();
    for (Map<String, BigDecimal> sums : List.of(paid, owed, out, in)) {
      sums.keySet().forEach(k -> currencies.add(k.substring(k.indexOf('|') + 1)));
    }
    List<BalanceView> balances = new ArrayList<>();
    for (String currency : currencies) {
      for (GroupMember member : members) {
        String key = member.userId() + "|" + currency;
        BigDecimal p = money(paid.get(key), currency);
        BigDecimal s = money(owed.get(key), currency);
        BigDecimal o = money(out.get(key), currency);
        BigDecimal i = money(in.get(key), currency);
        BigDecimal balance = p.subtract(s).add(o).subtract(i);
        if (member.active() || balance.signum() != 0 || p.signum() != 0 || s.signum() != 0) {
          balances.add(new BalanceView(member.userId(), currency, p, s, o, i, balance));
        }
      }
    }
    return balances;
  }

  /** Whether the member's balance is zero in every currency. */
  public boolean settled(UUID groupId, List<GroupMember> members, UUID userId) {
    return of(groupId, members).stream().filter(b -> b.userId().equals(userId)).allMatch(b -> b.balance().signum() == 0);
  }

  private static Map<String, BigDecimal> keyed(List<MemberSum> sums) {
    return sums.stream()
        .collect(Collectors.toMap(s -> s.userId() + "|" + s.currency(), MemberSum::amount, BigDecimal::add, TreeMap::new));
  }

  private static BigDecimal money(BigDecimal amount, String currency) {
    return Amounts.minor(amount == null ? BigDecimal.ZERO : amount, currency);
  }

}
