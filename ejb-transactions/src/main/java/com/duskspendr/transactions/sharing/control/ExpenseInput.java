package com.duskspendr.transactions.sharing.control;

import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.money.Money;
import com.duskspendr.transactions.sharing.boundary.NewExpense;
import com.duskspendr.transactions.sharing.entity.ExpensePayer;
import com.duskspendr.transactions.sharing.entity.ExpenseShare;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Validates an expense request against its group and computes the shares ({@link Splits}); reports every
 * invalid field at once. Shares are ordered by the members' join order, which decides rounding remainders.
 */
public final class ExpenseInput {

  private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final int MAX_WEIGHT_DECIMALS = 4;
  private static final Pattern UUID_FORM =
      Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  private static final Set<String> TYPES = Set.of("equal", "exact", "percent", "shares");

  /**
   * @param members the active members' ids in join order
   * @param defaults amount, currency, date and description when the request leaves them out (a linked
   *     transaction's, or the group currency and today)
   */
  public record Context(
      UUID caller, List<UUID> members, Defaults defaults, Predicate<String> categoryExists) {}

  public record Defaults(BigDecimal amount, String currency, LocalDate date, String description, String categoryId) {}

  public record ValidExpense(
      String description,
      BigDecimal amount,
      String currency,
      LocalDate date,
      String categoryId,
      String splitType,
      List<ExpensePayer> payers,
      List<ExpenseShare> shares) {}

  private ExpenseInput() {}

  public static ValidExpense validate(NewExpense request, Context context) {
    List<FieldIssue> issues = new ArrayList<>();
    Defaults defaults = context.defaults();
    String description = SharingInput.text(
        request.description() != null ? request.description() : defaults.description(), 200, "description", issues);
    String currency = SharingInput.currency(
        request.currency() != null ? request.currency() : defaults.currency(), null, "currency", issues);
    LocalDate date = date(request.date(), defaults.date(), issues);
    String categoryId = request.categoryId() != null ? request.categoryId() : defaults.categoryId();
    if (categoryId != null && !context.categoryExists().test(categoryId)) {
      issues.add(new FieldIssue("categoryId", "is not one of my categories"));
    }
    BigDecimal amount = request.amount() != null ? request.amount() : defaults.amount();
    int digits = currency == null ? 2 : Money.minorDigits(currency);
    if (amount == null) {
      issues.add(new FieldIssue("amount", "is required"));
    } else if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
      issues.add(new FieldIssue("amount", "must be positive and at most 1000000000"));
      amount = null;
    } else if (currency != null && !fits(amount, digits)) {
      issues.add(new FieldIssue("amount", "has more decimals than " + currency + " has minor units"));
      amount = null;
    }
    Map<UUID, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < context.members().size(); i++) {
      positions.put(context.members().get(i), i);
    }
    List<ExpensePayer> payers = payers(request.paidBy(), context.caller(), amount, currency, digits, positions, issues);
    NewExpense.Split split = request.split();
    String type = split == null ? null : split.type();
    if (type == null || !TYPES.contains(type)) {
      issues.add(new FieldIssue("split.type", "must be one of equal, exact, percent, shares"));
    }
    List<ExpenseShare> shares = List.of();
    if (issues.isEmpty()) {
      shares = shares(type, split.parts(), amount, digits, positions, issues);
    }
    SharingInput.throwIfAny(issues);
    return new ValidExpense(
        description, amount.setScale(digits), currency, date, categoryId, type, payers, shares);
  }

  private static LocalDate date(String value, LocalDate fallback, List<FieldIssue> issues) {
    if (value == null) {
      return fallback;
    }
    try {
      LocalDate date = LocalDate.parse(value);
      if (date.getYear() < 1900 || date.getYear() > 2999) {
        issues.add(new FieldIssue("date", "must be between 1900 and 2999"));
      }
      return date;
    } catch (DateTimeParseException e) {
      issues.add(new FieldIssue("date", "must be an ISO date such as 2026-05-01"));
      return null;
    }
  }

  private static List<ExpensePayer> payers(
      List<NewExpense.Payer> paidBy, UUID caller, BigDecimal amount, String currency, int digits,
      Map<UUID, Integer> positions, List<FieldIssue> issues) {
    if (paidBy == null) {
      return amount == null ? List.of() : List.of(new ExpensePayer(caller, amount.setScale(digits)));
    }
    if (paidBy.isEmpty() || paidBy.size() > positions.size()) {
      issues.add(new FieldIssue("paidBy", "must name one to " + positions.size() + " payers"));
      return List.of();
    }
    List<ExpensePayer> payers = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < paidBy.size(); i++) {
      String field = "paidBy[" + i + "]";
      NewExpense.Payer payer = paidBy.get(i);
      Optional<UUID> user = member(payer == null ? null : payer.userId(), positions);
      if (user.isEmpty() || !seen.add(user.get())) {
        issues.add(new FieldIssue(field + ".userId", "must be a member of the group, once"));
        continue;
      }
      BigDecimal paid = payer.amount();
      if (paid == null || paid.signum() <= 0 || (currency != null && !fits(paid, digits))) {
        issues.add(new FieldIssue(field + ".amount", "must be positive, in the currency's minor units"));
        continue;
      }
      total = total.add(paid);
      payers.add(new ExpensePayer(user.get(), paid.setScale(digits)));
    }
    if (amount != null && payers.size() == paidBy.size() && total.compareTo(amount) != 0) {
      issues.add(new FieldIssue("paidBy", "must add up to the amount (" + total.toPlainString() + " is not " + amount.toPlainString() + ")"));
    }
    payers.sort(Comparator.comparing(p -> positions.get(p.userId())));
    return payers;
  }

  private static List<ExpenseShare> shares(
      String type, List<NewExpense.Part> parts, BigDecimal amount, int digits, Map<UUID, Integer> positions,
      List<FieldIssue> issues) {
    List<UUID> users = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    if (parts == null || parts.isEmpty()) {
      if (!type.equals("equal")) {
        issues.add(new FieldIssue("split.parts", "are required for a " + type + " split"));
        return List.of();
      }
      users.addAll(positions.keySet());
      positions.keySet().forEach(u -> values.add(null));
    } else {
      Set<UUID> seen = new HashSet<>();
      for (int i = 0; i < parts.size(); i++) {
        String field = "split.parts[" + i + "]";
        NewExpense.Part part = parts.get(i);
        Optional<UUID> user = member(part == null ? null : part.userId(), positions);
        if (user.isEmpty() || !seen.add(user.get())) {
          issues.add(new FieldIssue(field + ".userId", "must be a member of the group, once"));
          continue;
        }
        BigDecimal value = type.equals("equal") ? null : part.value();
        if (!type.equals("equal")) {
          Optional<String> problem = valueProblem(type, value, digits);
          if (problem.isPresent()) {
            issues.add(new FieldIssue(field + ".value", problem.get()));
            continue;
          }
        }
        users.add(user.get());
        values.add(value);
      }
    }
    if (!issues.isEmpty()) {
      return List.of();
    }
    // Join order: the order the remainder rule favours.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < users.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> positions.get(users.get(i))));
    List<UUID> sortedUsers = order.stream().map(users::get).toList();
    List<BigDecimal> sortedValues = order.stream().map(values::get).toList();
    List<BigDecimal> amounts;
    switch (type) {
      case "exact" -> {
        BigDecimal total = sortedValues.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(amount) != 0) {
          issues.add(new FieldIssue("split.parts", "exact amounts must add up to the amount (" + total.toPlainString() + ")"));
          return List.of();
        }
        amounts = sortedValues.stream().map(v -> v.setScale(digits)).toList();
      }
      case "percent" -> {
        BigDecimal total = sortedValues.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
          issues.add(new FieldIssue("split.parts", "percentages must add up to 100 (" + total.toPlainString() + ")"));
          return List.of();
        }
        amounts = Splits.byWeights(amount, digits, sortedValues);
      }
      case "shares" -> amounts = Splits.byWeights(amount, digits, sortedValues);
      default -> amounts = Splits.equal(amount, digits, sortedUsers.size());
    }
    List<ExpenseShare> shares = new ArrayList<>();
    for (int i = 0; i < sortedUsers.size(); i++) {
      shares.add(new ExpenseShare(sortedUsers.get(i), sortedValues.get(i), amounts.get(i), null));
    }
    return shares;
  }

  private static Optional<String> valueProblem(String type, BigDecimal value, int digits) {
    if (value == null) {
      return Optional.of("is required for a " + type + " split");
    }
    if (type.equals("exact")) {
      return value.signum() < 0 || !fits(value, digits)
          ? Optional.of("must be an amount of at least 0 in the currency's minor units")
          : Optional.empty();
    }
    boolean tooFine = value.stripTrailingZeros().scale() > MAX_WEIGHT_DECIMALS;
    boolean tooLarge = value.compareTo(type.equals("percent") ? HUNDRED : MAX_AMOUNT) > 0;
    return value.signum() <= 0 || tooFine || tooLarge
        ? Optional.of("must be positive with at most 4 decimals" + (type.equals("percent") ? ", at most 100" : ""))
        : Optional.empty();
  }

  private static Optional<UUID> member(String userId, Map<UUID, Integer> positions) {
    if (userId == null || !UUID_FORM.matcher(userId).matches()) {
      return Optional.empty();
    }
    UUID id = UUID.fromString(userId);
    return positions.containsKey(id) ? Optional.of(id) : Optional.empty();
  }

  private static boolean fits(BigDecimal amount, int digits) {
    return amount.stripTrailingZeros().scale() <= digits;
  }
}
