package com.duskspendr.transactions.sharing.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.outbox.Outbox;
import com.duskspendr.transactions.events.GroupInvitationCreated;
import com.duskspendr.transactions.events.SettlementRecorded;
import com.duskspendr.transactions.events.SharedExpenseAdded;
import com.duskspendr.transactions.sharing.entity.ExpenseGroup;
import com.duskspendr.transactions.sharing.entity.ExpenseShare;
import com.duskspendr.transactions.sharing.entity.GroupInvitation;
import com.duskspendr.transactions.sharing.entity.Settlement;
import com.duskspendr.transactions.sharing.entity.SharedExpense;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The domain events of shared expenses, stored in the outbox in the writer's transaction. */
@ApplicationScoped
public class SharingEvents {

  @Inject Outbox outbox;

  public void invited(ExpenseGroup group, GroupInvitation invitation) {
    outbox.publish(GroupInvitationCreated.EVENT, null, new GroupInvitationCreated(
        GroupInvitationCreated.CURRENT_VERSION, invitation.id(), group.id(), group.name(), invitation.email(),
        invitation.invitedBy()));
  }

  /** One event to each member with a share, except the member who added the expense. */
  public void expenseAdded(ExpenseGroup group, SharedExpense expense) {
    for (ExpenseShare share : expense.shares()) {
      if (!share.userId().equals(expense.createdBy())) {
        outbox.publish(SharedExpenseAdded.EVENT, new AccountId(share.userId()), new SharedExpenseAdded(
            SharedExpenseAdded.CURRENT_VERSION, group.id(), group.name(), expense.id(), expense.description(),
            Amounts.text(expense.amount(), expense.currency()), Amounts.text(share.amount(), expense.currency()),
            expense.currency(), expense.createdBy()));
      }
    }
  }

  /** To the party who did not record it. */
  public void settled(ExpenseGroup group, Settlement settlement) {
    AccountId other = new AccountId(
        settlement.createdBy().equals(settlement.fromUser()) ? settlement.toUser() : settlement.fromUser());
    outbox.publish(SettlementRecorded.EVENT, other, new SettlementRecorded(
        SettlementRecorded.CURRENT_VERSION, group.id(), group.name(), settlement.id(), settlement.fromUser(),
        settlement.toUser(), Amounts.text(settlement.amount(), settlement.currency()), settlement.currency(),
        settlement.createdBy()));
  }
}
