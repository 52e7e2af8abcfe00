package com.duskspendr.transactions.sharing.boundary;

import com.duskspendr.auth.boundary.AccountPresence;
import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.budgets.control.UserCalendar;
import com.duskspendr.transactions.categories.boundary.CategoryCatalog;
import com.duskspendr.transactions.ledger.boundary.RecordedTransaction;
import com.duskspendr.transactions.ledger.boundary.TransactionService;
import com.duskspendr.transactions.sharing.control.Amounts;
import com.duskspendr.transactions.sharing.control.ExpenseInput;
import com.duskspendr.transactions.sharing.control.ExpenseInput.ValidExpense;
import com.duskspendr.transactions.sharing.control.GroupAccess;
import com.duskspendr.transactions.sharing.control.GroupAccess.Membership;
import com.duskspendr.transactions.sharing.control.SharingEvents;
import com.duskspendr.transactions.sharing.control.SharingInput;
import com.duskspendr.transactions.sharing.control.SharingLedger;
import com.duskspendr.transactions.sharing.control.SharingSync;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.transactions.sharing.entity.ExpenseComment;
import com.duskspendr.transactions.sharing.entity.ExpensePayer;
import com.duskspendr.transactions.sharing.entity.ExpenseRepository;
import com.duskspendr.transactions.sharing.entity.ExpenseShare;
import com.duskspendr.transactions.sharing.entity.GroupMember;
import com.duskspendr.transactions.sharing.entity.GroupRepository;
import com.duskspendr.transactions.sharing.entity.SharedExpense;
import com.duskspendr.platform.persistence.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Expenses, comments and accepted shares; every use case starts with the caller's membership. */
@Stateless
public class DefaultExpenseService implements ExpenseService {

  private static final String NOT_FOUND = "Expense";

  @Inject GroupAccess access;
  @Inject GroupRepository groups;
  @Inject ExpenseRepository expenses;
  @Inject SharingLedger ledger;
  @Inject SharingEvents events;
  @Inject TransactionService transactions;
  @Inject CategoryCatalog catalog;
  @Inject UserCalendar calendar;
  @Inject AccountPresence presence;
  @Inject SharingSync sync;

  @Inject
  @ConfigProperty(name = "duskspendr.sharing.undo-window", defaultValue = "P30D")
  Duration undoWindow;

  Clock clock = Clock.systemUTC();

  @Override
  public ExpenseView create(AccountId caller, UUID groupId, NewExpense request) {
    return create(caller, groupId, UUID.randomUUID(), request);
  }

  @Override
  public ExpenseView create(AccountId caller, UUID groupId, UUID expenseId, NewExpense request) {
    Membership membership = access.of(caller, groupId);
    membership.requireOpen();
    presence.requirePresent(caller);
    Optional<RecordedTransaction> linked = linkedTransaction(caller, request.transactionId());
    ExpenseInput.Defaults defaults = linked
        .map(t -> new ExpenseInput.Defaults(t.amount().negate(), t.currency(), t.date(),
            t.merchantName() != null ? t.merchantName() : t.description(), t.categoryId()))
        .orElseGet(() -> new ExpenseInput.Defaults(null, membership.group().currency(), calendar.of(caller).today(), null, null));
    ValidExpense valid = ExpenseInput.validate(request, context(caller, groupId, defaults));
    linked.ifPresent(t -> requirePaidByCaller(t, valid, caller));
    if (expenses.findAny(expenseId).isPresent()) {
      throw new ConflictException("An expense with this id exists", null);
    }
    SharedExpense expense = new SharedExpense(expenseId, groupId, caller.value());
    define(expense, valid);
    linked.ifPresent(t -> expense.link(t.id(), caller.value()));
    expenses.add(expense);
    expenses.flush();
    ledger.countOwnShare(expense);
    events.expenseAdded(membership.group(), expense);
    report(expense);
    return view(expense, caller);
  }

  @Override
  public List<ExpenseView> list(AccountId caller, UUID groupId, boolean deleted) {
    access.of(caller, groupId);
    List<SharedExpense> found = deleted ? expenses.deletedSince(groupId, undoHorizon()) : expenses.live(groupId);
    return found.stream().map(e -> view(e, caller)).toList();
  }

  @Override
  public ExpenseView get(AccountId caller, UUID groupId, UUID expenseId) {
    access.of(caller, groupId);
    return view(visible(groupId, expenseId), caller);
  }

  @Override
  public ExpenseView update(AccountId caller, UUID groupId, UUID expenseId, NewExpense changes, Long expectedVersion) {
    Membership membership = access.of(caller, groupId);
    membership.requireOpen();
    SharedExpense expense = locked(groupId, expenseId, caller, expectedVersion);
    if (changes.transactionId() != null) {
      throw InvalidInputException.of("transactionId", "can only be given when the expense is added");
    }
    NewExpense merged = new NewExpense(
        changes.description(), changes.amount(), changes.currency(), changes.date(), changes.categoryId(),
        changes.paidBy() != null ? changes.paidBy() : payersOf(expense, changes),
        changes.split() != null ? changes.split() : splitOf(expense),
        null);
    ExpenseInput.Defaults current = new ExpenseInput.Defaults(
        expense.amount(), expense.currency(), expense.date(), expense.description(), expense.categoryId());
    ValidExpense valid = ExpenseInput.validate(merged, context(caller, groupId, current));
    List<ExpenseShare> accepted = expense.shares();
    define(expense, valid);
    // An accepted share stays accepted: the member's ledger transaction is theirs to change.
    accepted.stream().filter(s -> s.acceptedTransactionId() != null)
        .forEach(s -> expense.accept(s.userId(), s.acceptedTransactionId()));
    expense.touch();
    expenses.flush();
    ledger.countOwnShare(expense);
    report(expense);
    return view(expense, caller);
  }

  @Override
  public void delete(AccountId caller, UUID groupId, UUID expenseId, Long expectedVersion) {
    access.of(caller, groupId).requireOpen();
    SharedExpense expense = locked(groupId, expenseId, caller, expectedVersion);
    expense.markDeleted(Timestamps.now(clock));
    expenses.flush();
    ledger.countWhole(expense);
    report(expense);
  }

  @Override
  public ExpenseView restore(AccountId caller, UUID groupId, UUID expenseId) {
    access.of(caller, groupId).requireOpen();
    SharedExpense expense = expenses.findLocked(groupId, expenseId).orElseThrow(() -> new RecordNotFoundException(NOT_FOUND));
    if (expense.deletedAt() == null) {
      throw new ConflictException("The expense is not deleted", view(expense, caller));
    }
    if (expense.deletedAt().isBefore(undoHorizon())) {
      throw new RecordNotFoundException(NOT_FOUND);
    }
    List<UUID> members = activeMembers(groupId);
    if (!expense.shares().stream().allMatch(s -> members.contains(s.userId()))
        || !expense.payers().stream().allMatch(p -> members.contains(p.userId()))) {
      throw new ConflictException("A member of this expense has left the group; it cannot be restored", null);
    }
    expense.restore();
    expenses.flush();
    ledger.countOwnShare(expense);
    report(expense);
    return view(expense, caller);
  }

  @Override
  public CommentView comment(AccountId caller, UUID groupId, UUID expenseId, String body) {
    access.of(caller, groupId);
    List<FieldIssue> issues = new ArrayList<>();
    String text = SharingInput.text(body, 2000, "body", issues);
    SharingInput.throwIfAny(issues);
    SharedExpense expense = visible(groupId, expenseId);
    ExpenseComment comment = new ExpenseComment(UUID.randomUUID(), expense.id(), caller.value(), text);
    expenses.add(comment);
    return view(comment);
  }

  @Override
  public List<CommentView> comments(AccountId caller, UUID groupId, UUID expenseId) {
    access.of(caller, groupId);
    return expenses.comments(visible(groupId, expenseId).id()).stream().map(DefaultExpenseService::view).toList();
  }

  @Override
  public RecordedTransaction acceptShare(AccountId caller, UUID groupId, UUID expenseId, String categoryId) {
    Membership membership = access.of(caller, groupId);
    SharedExpense expense = expenses.findLocked(groupId, expenseId)
        .filter(e -> e.deletedAt() == null)
        .orElseThrow(() -> new RecordNotFoundException(NOT_FOUND));
    ExpenseShare share = expense.shares().stream().filter(s -> s.userId().equals(caller.value())).findFirst()
        .orElseThrow(() -> new ConflictException("You have no share of this expense", null));
    if (share.acceptedTransactionId() != null) {
      throw new ConflictException("You already recorded your share", null);
    }
    if (caller.value().equals(expense.linkedBy())) {
      throw new ConflictException("Your own ledger transaction of this expense already counts your share", null);
    }
    if (share.amount().signum() == 0) {
      throw new ConflictException("Your share of this expense is zero", null);
    }
    String category = categoryId != null ? categoryId : categoryFor(caller, expense.categoryId());
    RecordedTransaction recorded =
        ledger.recordShare(caller, expense, membership.group().name(), Amounts.minor(share.amount(), expense.currency()), category);
    expense.accept(caller.value(), recorded.id());
    expense.touch();
    expenses.flush();
    report(expense);
    return recorded;
  }

  @Override
  public List<ExpenseView> getAll(AccountId caller, java.util.Collection<UUID> ids) {
    return ids.stream().distinct()
        .map(id -> expenses.findAny(id))
        .flatMap(Optional::stream)
        .filter(e -> groups.member(e.groupId(), caller.value()).filter(GroupMember::active).isPresent())
        .filter(e -> e.deletedAt() == null || !e.deletedAt().isBefore(undoHorizon()))
        .map(e -> view(e, caller))
        .toList();
  }

  /** Last in a use case: the feed entries hold the members' change counters until commit. */
  private void report(SharedExpense expense) {
    sync.upserted(groups.members(expense.groupId()), ChangeLog.Entity.GROUP_EXPENSE, expense.id(), expense.version());
  }

  /** The expense's category if the member has it too, else its system primary (a creator's own subcategory is theirs). */
  private String categoryFor(AccountId member, String categoryId) {
    if (categoryId == null || catalog.exists(member, categoryId)) {
      return categoryId;
    }
    String primary = categoryId.contains(".") ? categoryId.substring(0, categoryId.indexOf('.')) : categoryId;
    return catalog.exists(member, primary) ? primary : null;
  }

  private Optional<RecordedTransaction> linkedTransaction(AccountId caller, String transactionId) {
    if (transactionId == null) {
      return Optional.empty();
    }
    UUID id;
    try {
      id = UUID.fromString(transactionId);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("transactionId", "is not one of my transactions");
    }
    RecordedTransaction t;
    try {
      t = transactions.get(caller, id);
    } catch (RecordNotFoundException e) {
      throw InvalidInputException.of("transactionId", "is not one of my transactions");
    }
    if (t.amount().signum() >= 0) {
      throw InvalidInputException.of("transactionId", "must be money out (a negative amount)");
    }
    return Optional.of(t);
  }

  private static void requirePaidByCaller(RecordedTransaction t, ValidExpense valid, AccountId caller) {
    BigDecimal paid = valid.payers().stream().filter(p -> p.userId().equals(caller.value()))
        .map(ExpensePayer::amount).findFirst().orElse(BigDecimal.ZERO);
    if (!valid.currency().equals(t.currency()) || paid.compareTo(t.amount().negate()) != 0) {
      throw InvalidInputException.of("transactionId",
          "the linked transaction's amount must be what I paid of the expense, in its currency");
    }
  }

  private ExpenseInput.Context context(AccountId caller, UUID groupId, ExpenseInput.Defaults defaults) {
    return new ExpenseInput.Context(caller.value(), activeMembers(groupId), defaults, id -> catalog.exists(caller, id));
  }

  private List<UUID> activeMembers(UUID groupId) {
    return groups.members(groupId).stream().filter(GroupMember::active).map(GroupMember::userId).toList();
  }

  private SharedExpense visible(UUID groupId, UUID expenseId) {
    return expenses.find(groupId, expenseId)
        .filter(e -> e.deletedAt() == null || !e.deletedAt().isBefore(undoHorizon()))
        .orElseThrow(() -> new RecordNotFoundException(NOT_FOUND));
  }

  private SharedExpense locked(UUID groupId, UUID expenseId, AccountId caller, Long expectedVersion) {
    SharedExpense expense = expenses.findLocked(groupId, expenseId)
        .filter(e -> e.deletedAt() == null)
        .orElseThrow(() -> new RecordNotFoundException(NOT_FOUND));
    if (expectedVersion != null && expectedVersion != expense.version()) {
      throw new ConflictException(
          "The expense was changed since version " + expectedVersion + "; it is now at version " + expense.version(),
          view(expense, caller));
    }
    return expense;
  }

  private OffsetDateTime undoHorizon() {
    return Timestamps.now(clock).minus(undoWindow);
  }

  /** The current payers; a new amount with one payer is paid by that payer (several must be given again). */
  private static List<NewExpense.Payer> payersOf(SharedExpense expense, NewExpense changes) {
    if (changes.amount() != null && expense.payers().size() == 1) {
      return List.of(new NewExpense.Payer(expense.payers().get(0).userId().toString(), changes.amount()));
    }
    return expense.payers().stream().map(p -> new NewExpense.Payer(p.userId().toString(), p.amount())).toList();
  }

  private static NewExpense.Split splitOf(SharedExpense expense) {
    return new NewExpense.Split(expense.splitType(), expense.shares().stream()
        .map(s -> new NewExpense.Part(s.userId().toString(), s.splitValue()))
        .toList());
  }

  private static void define(SharedExpense expense, ValidExpense valid) {
    expense.define(valid.description(), valid.amount(), valid.currency(), valid.date(), valid.categoryId(),
        valid.splitType(), valid.payers(), valid.shares());
  }

  static ExpenseView view(SharedExpense e, AccountId caller) {
    String currency = e.currency();
    boolean mine = caller.value().equals(e.linkedBy());
    return new ExpenseView(
        e.id(), e.groupId(), e.description(), Amounts.minor(e.amount(), currency), currency, e.date(), e.categoryId(),
        e.payers().stream().map(p -> new ExpenseView.PayerView(p.userId(), Amounts.minor(p.amount(), currency))).toList(),
        e.splitType(),
        e.shares().stream().map(s -> new ExpenseView.ShareView(
            s.userId(), s.splitValue() == null ? null : s.splitValue().stripTrailingZeros(),
            Amounts.minor(s.amount(), currency), s.acceptedTransactionId() != null || s.userId().equals(e.linkedBy()),
            s.userId().equals(caller.value()) ? (mine ? e.linkedTransactionId() : s.acceptedTransactionId()) : null)).toList(),
        e.createdBy(), mine ? e.linkedTransactionId() : null, e.deletedAt(), e.version(), e.createdAt(), e.updatedAt());
  }

  private static CommentView view(ExpenseComment c) {
    return new CommentView(c.id(), c.expenseId(), c.authorId(), c.body(), c.createdAt());
  }
}
