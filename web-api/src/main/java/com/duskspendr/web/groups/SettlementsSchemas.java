package com.duskspendr.web.groups;

import com.duskspendr.transactions.sharing.boundary.BalanceView;
import com.duskspendr.transactions.sharing.boundary.NewSettlement;
import com.duskspendr.transactions.sharing.boundary.SettleUpPlan;
import com.duskspendr.transactions.sharing.boundary.SettlementView;
import com.duskspendr.web.envelope.Meta;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The bodies of the balance, settlement and settle-up endpoints, and their envelopes as OpenAPI schemas. */
public final class SettlementsSchemas {

  private SettlementsSchemas() {}

  /**
   * {@code POST /api/v1/groups/{id}/settlements}: a payment from one member to another; I am one of the two.
   *
   * @param from who paid; default me
   * @param currency default the group's
   * @param date default today
   */
  public record SettlementRequest(String from, String to, BigDecimal amount, String currency, String date) {

    NewSettlement toNewSettlement() {
      return new NewSettlement(from, to, amount, currency, date);
    }
  }

  /** A payment; {@code myTransactionId} is the transfer in my own ledger when I am a party. */
  public record SettlementResponse(
      String id, String groupId, String from, String to, String amount, String currency, LocalDate date,
      String createdBy, String myTransactionId, OffsetDateTime createdAt) {

    static SettlementResponse from(SettlementView s) {
      return new SettlementResponse(s.id().toString(), s.groupId().toString(), s.from().toString(), s.to().toString(),
          s.amount().toPlainString(), s.currency(), s.date(), s.createdBy().toString(), ExpenseResponse.id(s.myTransactionId()),
          s.createdAt());
    }
  }

  /**
   * A member's standing in one currency: {@code balance = paid − share + settledPaid − settledReceived};
   * positive, the others owe them.
   */
  public record BalanceResponse(
      String userId, String currency, String paid, String share, String settledPaid, String settledReceived,
      String balance) {

    static BalanceResponse from(BalanceView b) {
      return new BalanceResponse(b.userId().toString(), b.currency(), b.paid().toPlainString(), b.share().toPlainString(),
          b.settledPaid().toPlainString(), b.settledReceived().toPlainString(), b.balance().toPlainString());
    }
  }

  /** The fewest transfers that settle everything; {@code exact}: provably the fewest. */
  public record SettleUpResponse(List<Transfer> transfers, boolean exact) {

    public record Transfer(String from, String to, String amount, String currency) {}

    static SettleUpResponse from(SettleUpPlan plan) {
      return new SettleUpResponse(plan.transfers().stream()
          .map(t -> new Transfer(t.from().toString(), t.to().toString(), t.amount().toPlainString(), t.currency()))
          .toList(), plan.exact());
    }
  }

  record SettlementEnvelope(boolean success, SettlementResponse data, Meta meta) {}

  record SettlementsEnvelope(boolean success, List<SettlementResponse> data, Meta meta) {}

  record BalancesEnvelope(boolean success, List<BalanceResponse> data, Meta meta) {}

  record SettleUpEnvelope(boolean success, SettleUpResponse data, Meta meta) {}

  record ExpenseEnvelope(boolean success, ExpenseResponse data, Meta meta) {}

  record ExpensesEnvelope(boolean success, List<ExpenseResponse> data, Meta meta) {}

  record CommentEnvelope(boolean success, ExpenseResponse.Comment data, Meta meta) {}

  record CommentsEnvelope(boolean success, List<ExpenseResponse.Comment> data, Meta meta) {}

  record AcceptedShareEnvelope(boolean success, ExpenseResponse.AcceptedShare data, Meta meta) {}

  /** {@code POST .../comments}. */
  public record CommentRequest(String body) {}

  /** {@code POST .../accept}: the category of the transaction in my ledger; default the expense's. */
  public record AcceptShareRequest(String categoryId) {}
}
