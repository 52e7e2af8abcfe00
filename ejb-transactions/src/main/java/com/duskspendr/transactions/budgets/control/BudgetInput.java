package com.duskspendr.transactions.budgets.control;

import com.duskspendr.transactions.budgets.boundary.BudgetPatch;
import com.duskspendr.transactions.budgets.boundary.BudgetPeriod;
import com.duskspendr.transactions.budgets.boundary.NewBudget;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Checks a budget's fields, all at once, and fills in the defaults. */
public final class BudgetInput {

  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
  public static final int MAX_THRESHOLDS = 10;
  public static final int MIN_THRESHOLD = 1;
  public static final int MAX_THRESHOLD = 1000;
  public static final List<Integer> DEFAULT_THRESHOLDS = List.of(80, 100);
  static final LocalDate EARLIEST_START = LocalDate.of(1970, 1, 1);
  private static final Pattern THREE_LETTERS = Pattern.compile("^[A-Za-z]{3}$");

  /** A budget's fields after validation. */
  public record ValidBudget(
      String categoryId,
      BigDecimal amount,
      String currency,
      BudgetPeriod period,
      LocalDate startDate,
      boolean rollover,
      List<Integer> alertThresholds) {

    /** Whether {@code other} differs in what defines the budget's periods and spending (not rollover or thresholds). */
    public boolean redefines(ValidBudget other) {
      return !categoryId.equals(other.categoryId)
          || amount.compareTo(other.amount) != 0
          || !currency.equals(other.currency)
          || period != other.period
          || !startDate.equals(other.startDate);
    }
  }

  /** The user's context for defaults and bounds. */
  public record Context(LocalDate today, String defaultCurrency, Predicate<String> categoryExists) {}

  private BudgetInput() {}

  public static ValidBudget forCreate(NewBudget budget, Context context) {
    List<FieldIssue> issues = new ArrayList<>();
    String category = category(budget.categoryId(), context, issues);
    String currency = currency(budget.currency() == null ? context.defaultCurrency() : budget.currency(), issues);
    BigDecimal amount = amount(budget.amount(), currency, issues);
    BudgetPeriod period = period(budget.period(), issues);
    LocalDate start = startDate(budget.startDate() == null ? context.today() : budget.startDate(), context, issues);
    List<Integer> thresholds =
        thresholds(budget.alertThresholds() == null ? DEFAULT_THRESHOLDS : budget.alertThresholds(), issues);
    throwIfAny(issues);
    return new ValidBudget(category, amount, currency, period, start, Boolean.TRUE.equals(budget.rollover()), thresholds);
  }

  public static ValidBudget forUpdate(BudgetPatch patch, ValidBudget current, Context context) {
    List<FieldIssue> issues = new ArrayList<>();
    String category = patch.categoryId() == null ? current.categoryId() : category(patch.categoryId(), context, issues);
    String currency = patch.currency() == null ? current.currency() : currency(patch.currency(), issues);
    // The amount is re-checked against a changed currency (JPY allows no decimals).
    BigDecimal amount = amount(patch.amount() == null ? current.amount() : patch.amount(), currency, issues);
    BudgetPeriod period = patch.period() == null ? current.period() : period(patch.period(), issues);
    LocalDate start = patch.startDate() == null ? current.startDate() : startDate(patch.startDate(), context, issues);
    boolean rollover = patch.rollover() == null ? current.rollover() : patch.rollover();
    List<Integer> thresholds =
        patch.alertThresholds() == null ? current.alertThresholds() : thresholds(patch.alertThresholds(), issues);
    throwIfAny(issues);
    return new ValidBudget(category, amount, currency, period, start, rollover, thresholds);
  }

  private static String category(String raw, Context context, List<FieldIssue> issues) {
    if (raw == null) {
      issues.add(new FieldIssue("categoryId", "is required"));
      return null;
    }
    if (raw.length() > 100 || !context.categoryExists().test(raw)) {
      issues.add(new FieldIssue("categoryId", "is not one of your categories"));
      return null;
    }
    return raw;
  }

  private static String currency(String raw, List<FieldIssue> issues) {
    if (raw == null || !THREE_LETTERS.matcher(raw).matches()) {
      issues.add(new FieldIssue("currency", "must be a three-letter ISO 4217 code such as USD"));
      return null;
    }
    String code = raw.toUpperCase(Locale.ROOT);
    try {
      if (Currency.getInstance(code).getDefaultFractionDigits() >= 0) {
        return code;
      }
    } catch (IllegalArgumentException unknown) {
      // reported below
    }
    issues.add(new FieldIssue("currency", code + " is not a currency that amounts can be kept in"));
    return null;
  }

  /** @param currency null when the currency itself is invalid: then only the range is checked */
  private static BigDecimal amount(BigDecimal raw, String currency, List<FieldIssue> issues) {
    if (raw == null) {
      issues.add(new FieldIssue("amount", "is required"));
      return null;
    }
    if (raw.signum() <= 0 || raw.compareTo(MAX_AMOUNT) > 0) {
      issues.add(new FieldIssue("amount", "must be greater than 0 and at most 1000000000"));
      return null;
    }
    if (currency != null) {
      int digits = Money.minorDigits(currency);
      if (raw.stripTrailingZeros().scale() > digits) {
        issues.add(new FieldIssue("amount", "must have at most " + digits + " decimal places in " + currency));
        return null;
      }
    }
    return raw.stripTrailingZeros().scale() < 0 ? raw.setScale(0) : raw.stripTrailingZeros();
  }

  private static BudgetPeriod period(String raw, List<FieldIssue> issues) {
    if (raw == null) {
      issues.add(new FieldIssue("period", "is required"));
      return null;
    }
    return BudgetPeriod.fromWireName(raw)
        .orElseGet(() -> {
          issues.add(new FieldIssue("period", "must be weekly, monthly or yearly"));
          return null;
        });
  }

  private static LocalDate startDate(LocalDate raw, Context context, List<FieldIssue> issues) {
    LocalDate latest = context.today().plusYears(1);
    if (raw.isBefore(EARLIEST_START) || raw.isAfter(latest)) {
      issues.add(new FieldIssue("startDate", "must be between 1970-01-01 and " + latest));
      return null;
    }
    return raw;
  }

  private static List<Integer> thresholds(List<Integer> raw, List<FieldIssue> issues) {
    if (raw.size() > MAX_THRESHOLDS) {
      issues.add(new FieldIssue("alertThresholds", "must have at most " + MAX_THRESHOLDS + " entries"));
      return null;
    }
    TreeSet<Integer> distinct = new TreeSet<>();
    for (Integer value : raw) {
      if (value == null || value < MIN_THRESHOLD || value > MAX_THRESHOLD) {
        issues.add(new FieldIssue("alertThresholds", "each must be a percentage from 1 to 1000"));
        return null;
      }
      distinct.add(value);
    }
    return List.copyOf(distinct);
  }

  private static void throwIfAny(List<FieldIssue> issues) {
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
  }

  static boolean sameValues(ValidBudget a, ValidBudget b) {
    return !a.redefines(b) && a.rollover() == b.rollover() && Objects.equals(a.alertThresholds(), b.alertThresholds());
  }
}
