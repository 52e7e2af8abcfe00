package com.duskspendr.analytics.spending.boundary;

import com.duskspendr.analytics.spending.boundary.CategoryBreakdown.CurrencyBreakdown;
import com.duskspendr.analytics.spending.boundary.CategoryBreakdown.MerchantTotal;
import com.duskspendr.analytics.spending.boundary.MonthlyFigures.CurrencyMonths;
import com.duskspendr.analytics.spending.boundary.SpendingSummary.CategoryTotal;
import com.duskspendr.analytics.spending.boundary.SpendingSummary.CurrencySummary;
import com.duskspendr.analytics.spending.control.Contribution;
import com.duskspendr.analytics.spending.control.LedgerChangeReader;
import com.duskspendr.analytics.spending.control.PendingChanges;
import com.duskspendr.analytics.spending.control.SpendingPeriod;
import com.duskspendr.analytics.spending.control.Totals;
import com.duskspendr.analytics.spending.entity.AggregateStore;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.money.Money;
import com.duskspendr.transactions.categories.boundary.CategoryService;
import com.duskspendr.transactions.categories.boundary.CategoryView;
import com.duskspendr.transactions.sync.boundary.ChangeFeed;
import com.duskspendr.users.boundary.Preferences;
import com.duskspendr.users.boundary.ProfileService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers from the aggregates plus the changes since their watermark, in one transaction that holds the
 * user's state row FOR SHARE (see AggregateStore), so a nightly run committing meanwhile cannot make a change
 * count twice or not at all.
 */
@Stateless
public class DefaultAnalyticsService implements AnalyticsService {

  private static final int TOP_MERCHANTS = 10;
  private static final String UNCATEGORIZED_NAME = "Uncategorized";

  @Inject AggregateStore store;
  @Inject LedgerChangeReader changes;
  @Inject ProfileService profiles;
  @Inject ChangeFeed feed;
  @Inject UserAggregation aggregation;

  /** More pending changes than this and a read applies them first (then they are read from the aggregates). */
  @Inject
  @ConfigProperty(name = "duskspendr.analytics.read-catch-up-after", defaultValue = "500")
  long catchUpAfter;
  @Inject CategoryService categories;

  private record CategoryKey(String categoryId, String currency) {}

  private record MonthKey(YearMonth month, String currency) {}

  /** The stored aggregates' watermark and the changes after it. */
  private record View(boolean stored, PendingChanges pending) {}

  @Override
  public SpendingSummary summary(AccountId owner, String period, String date, String from, String to) {
    Preferences preferences = profiles.profileOf(owner).preferences();
    LocalDate today = today(preferences);
    SpendingPeriod range = SpendingPeriod.parse(period, date, from, to, today, preferences.weekStartsOn());
    Map<CategoryKey, Totals> totals = categoryTotals(view(owner), owner, range, null);
    Map<String, String> names = names(owner);
    long days = range.daysForAverage(today);
    List<CurrencySummary> byCurrency = new ArrayList<>();
    for (String currency : currencies(preferences, totals.keySet().stream().map(CategoryKey::currency).toList())) {
      Map<String, Totals> byPrimary = new TreeMap<>();
      totals.forEach((key, value) -> {
        if (key.currency().equals(currency)) {
          byPrimary.merge(Contribution.primaryOf(key.categoryId()), value, Totals::plus);
        }
      });
      Totals all = byPrimary.values().stream().reduce(Totals.ZERO, Totals::plus);
      byCurrency.add(new CurrencySummary(
          currency, money(all.spent(), currency), money(all.income(), currency), money(all.net(), currency),
          all.count(), money(all.spent().divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_EVEN), currency),
          shares(byPrimary, all, names, currency)));
    }
    return new SpendingSummary(range.from(), range.to(), days, byCurrency);
  }

  @Override
  public MonthlyFigures trends(AccountId owner, String months) {
    return monthly(owner, months, 6);
  }

  @Override
  public MonthlyFigures cashflow(AccountId owner, String months) {
    return monthly(owner, months, 12);
  }

  @Override
  public CategoryBreakdown breakdown(
      AccountId owner, String categoryId, String period, String date, String from, String to) {
    Map<String, String> names = names(owner);
    String primary = categoryId.strip();
    boolean isPrimary = primary.indexOf('.') < 0 && names.containsKey(primary);
    if (!isPrimary) {
      throw new RecordNotFoundException("Primary category " + primary);
    }
    Preferences preferences = profiles.profileOf(owner).preferences();
    LocalDate today = today(preferences);
    SpendingPeriod range = SpendingPeriod.parse(period, date, from, to, today, preferences.weekStartsOn());
    View view = view(owner);
    Map<CategoryKey, Totals> detailed = categoryTotals(view, owner, range, primary);
    Map<CategoryKey, Totals> merchants = new HashMap<>();
    if (view.stored()) {
      for (AggregateStore.MerchantRow row :
          store.merchants(owner.value(), primary, range.from(), range.to(), view.pending().changedIds())) {
        merchants.put(new CategoryKey(row.merchant(), row.currency()), row.totals());
      }
    }
    for (Contribution now : view.pending().after()) {
      if (range.contains(now.day()) && now.primaryCategory().equals(primary)) {
        merchants.merge(new CategoryKey(now.merchant(), now.currency()), now.totals(), Totals::plus);
      }
    }
    List<CurrencyBreakdown> byCurrency = new ArrayList<>();
    for (String currency : currencies(preferences, detailed.keySet().stream().map(CategoryKey::currency).toList())) {
      Map<String, Totals> byDetailed = new TreeMap<>();
      detailed.forEach((key, value) -> {
        if (key.currency().equals(currency)) {
          byDetailed.put(key.categoryId().isEmpty() ? primary : key.categoryId(), value);
        }
      });
      Totals all = byDetailed.values().stream().reduce(Totals.ZERO, Totals::plus);
      List<MerchantTotal> top = merchants.entrySet().stream()
          .filter(e -> e.getKey().currency().equals(currency))
          .sorted(Comparator.<Map.Entry<CategoryKey, Totals>, BigDecimal>comparing(e -> e.getValue().spent())
              .reversed().thenComparing(e -> e.getKey().categoryId()))
          .limit(TOP_MERCHANTS)
          .map(e -> new MerchantTotal(e.getKey().categoryId(), money(e.getValue().spent(), currency),
              money(e.getValue().income(), currency), e.getValue().count()))
          .toList();
      byCurrency.add(new CurrencyBreakdown(currency, money(all.spent(), currency), money(all.income(), currency),
          all.count(), shares(byDetailed, all, names, currency), top));
    }
    return new CategoryBreakdown(primary, names.get(primary), range.from(), range.to(), byCurrency);
  }

  @Override
  public MonthlyFigures monthsUpTo(AccountId owner, YearMonth last, int months) {
    if (months < 1 || months > MAX_MONTHS) {
      throw InvalidInputException.of("months", "must be a whole number from 1 to " + MAX_MONTHS);
    }
    return monthly(owner, profiles.profileOf(owner).preferences(), last, months);
  }

  private MonthlyFigures monthly(AccountId owner, String monthsText, int defaultMonths) {
    int months = months(monthsText, defaultMonths);
    Preferences preferences = profiles.profileOf(owner).preferences();
    return monthly(owner, preferences, YearMonth.from(today(preferences)), months);
  }

  private MonthlyFigures monthly(AccountId owner, Preferences preferences, YearMonth last, int months) {
    YearMonth first = last.minusMonths(months - 1L);
    View view = view(owner);
    Map<MonthKey, Totals> stored = new HashMap<>();
    if (view.stored()) {
      for (AggregateStore.MonthRow row : store.months(owner.value(), first, last)) {
        stored.put(new MonthKey(row.month(), row.currency()), row.totals());
      }
    }
    Map<MonthKey, Totals> totals = view.pending().applyTo(stored, c -> {
      YearMonth month = YearMonth.from(c.day());
      return !month.isBefore(first) && !month.isAfter(last);
    }, c -> new MonthKey(YearMonth.from(c.day()), c.currency()));
    List<CurrencyMonths> byCurrency = new ArrayList<>();
    for (String currency : currencies(preferences, totals.keySet().stream().map(MonthKey::currency).toList())) {
      List<MonthlyFigures.Month> rows = new ArrayList<>();
      BigDecimal previousSpent = null;
      for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
        Totals t = totals.getOrDefault(new MonthKey(month, currency), Totals.ZERO);
        BigDecimal change = previousSpent == null || previousSpent.signum() == 0 ? null
            : t.spent().subtract(previousSpent).multiply(BigDecimal.valueOf(100))
                .divide(previousSpent, 1, RoundingMode.HALF_EVEN);
        BigDecimal savingsRate = t.income().signum() == 0 ? null
            : t.net().divide(t.income(), 4, RoundingMode.HALF_EVEN);
        rows.add(new MonthlyFigures.Month(month.toString(), money(t.spent(), currency), money(t.income(), currency),
            money(t.net(), currency), t.count(), change, savingsRate));
        previousSpent = t.spent();
      }
      byCurrency.add(new CurrencyMonths(currency, rows));
    }
    return new MonthlyFigures(first.toString(), last.toString(), byCurrency);
  }

  /** Totals by detailed category and currency in the period; only of one primary category when not null. */
  private Map<CategoryKey, Totals> categoryTotals(View view, AccountId owner, SpendingPeriod range, String primary) {
    Map<CategoryKey, Totals> stored = new HashMap<>();
    if (view.stored()) {
      for (AggregateStore.CategoryRow row : store.categories(owner.value(), range.from(), range.to())) {
        if (primary == null || Contribution.primaryOf(row.categoryId()).equals(primary)) {
          stored.put(new CategoryKey(row.categoryId(), row.currency().strip()), row.totals());
        }
      }
    }
    return view.pending().applyTo(
        stored,
        c -> range.contains(c.day()) && (primary == null || c.primaryCategory().equals(primary)),
        c -> new CategoryKey(c.categoryId(), c.currency()));
  }

  /** Reads the watermark (FOR SHARE, held to the end of this transaction) and the changes after it. */
  private View view(AccountId owner) {
    // before this transaction takes the state row FOR SHARE: catching up locks it FOR UPDATE
    if (feed.lastSeq(owner) - store.watermark(owner.value()) > catchUpAfter) {
      aggregation.catchUp(owner);
    }
    OptionalLong watermark = store.watermarkForRead(owner.value());
    return new View(watermark.isPresent(), changes.since(owner, watermark.orElse(0), watermark.isEmpty()));
  }

  private static List<CategoryTotal> shares(
      Map<String, Totals> byCategory, Totals all, Map<String, String> names, String currency) {
    return byCategory.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Totals>, BigDecimal>comparing(e -> e.getValue().spent()).reversed()
            .thenComparing(Comparator.<Map.Entry<String, Totals>, BigDecimal>comparing(e -> e.getValue().income())
                .reversed())
            .thenComparing(Map.Entry::getKey))
        .map(e -> new CategoryTotal(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()),
            money(e.getValue().spent(), currency), money(e.getValue().income(), currency), e.getValue().count(),
            all.spent().signum() == 0 ? BigDecimal.ZERO.setScale(4)
                : e.getValue().spent().divide(all.spent(), 4, RoundingMode.HALF_EVEN)))
        .toList();
  }

  /** The main currency first (shown with zeros when the period has nothing), then the others alphabetically. */
  private static List<String> currencies(Preferences preferences, List<String> present) {
    List<String> ordered = new ArrayList<>();
    ordered.add(preferences.currency());
    for (String currency : new TreeSet<>(present)) {
      if (!currency.equals(preferences.currency())) {
        ordered.add(currency);
      }
    }
    return ordered;
  }

  private Map<String, String> names(AccountId owner) {
    Map<String, String> names = new HashMap<>();
    names.put(Contribution.UNCATEGORIZED, UNCATEGORIZED_NAME);
    for (CategoryView primary : categories.tree(owner)) {
      names.put(primary.id(), primary.name());
      for (CategoryView child : primary.children()) {
        names.put(child.id(), child.name());
      }
    }
    return names;
  }

  private static LocalDate today(Preferences preferences) {
    return LocalDate.now(ZoneId.of(preferences.timezone()));
  }

  private static int months(String text, int defaultMonths) {
    if (text == null || text.isBlank()) {
      return defaultMonths;
    }
    try {
      int months = Integer.parseInt(text.strip());
      if (months >= 1 && months <= MAX_MONTHS) {
        return months;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw InvalidInputException.of("months", "must be a whole number from 1 to " + MAX_MONTHS);
  }

  /** Money as the API writes it: an exact decimal string with the currency's minor digits. */
  private static String money(BigDecimal amount, String currency) {
    return amount.setScale(Money.minorDigits(currency), RoundingMode.HALF_EVEN).toPlainString();
  }
}
