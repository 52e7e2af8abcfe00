package com.duskspendr.analytics.exports.control;

import com.duskspendr.analytics.exports.control.ExportArchive.Cell;
import com.duskspendr.analytics.exports.entity.ExportStore;
import com.duskspendr.auth.boundary.AccountService;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.money.Money;
import com.duskspendr.transactions.budgets.boundary.BudgetService;
import com.duskspendr.transactions.budgets.boundary.BudgetView;
import com.duskspendr.transactions.categories.boundary.CategoryService;
import com.duskspendr.transactions.categories.boundary.CategoryView;
import com.duskspendr.transactions.categories.boundary.RuleService;
import com.duskspendr.transactions.categories.boundary.RuleView;
import com.duskspendr.transactions.ledger.boundary.RecordedTransaction;
import com.duskspendr.transactions.ledger.boundary.TransactionListRequest;
import com.duskspendr.transactions.ledger.boundary.TransactionPage;
import com.duskspendr.transactions.ledger.boundary.TransactionService;
import com.duskspendr.users.boundary.Profile;
import com.duskspendr.users.boundary.ProfileService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one step of {@code analytics-export}: reads everything the user owns through the owning contexts'
 * boundaries, page by page for transactions (progress is stored after each page), and stores the zip. A
 * batchlet: the zip is one file, written in one go; a failure marks the export failed.
 */
@Named("exportBatchlet")
@Dependent
public class ExportBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(ExportBatchlet.class.getName());
  private static final String PAGE = "200";

  @Inject @BatchProperty String exportId;
  @Inject ExportStore exports;
  @Inject TransactionService transactions;
  @Inject BudgetService budgets;
  @Inject CategoryService categories;
  @Inject RuleService rules;
  @Inject ProfileService profiles;
  @Inject AccountService accounts;

  @Override
  public String process() {
    UUID id = UUID.fromString(exportId);
    ExportStore.ExportRow export = exports.find(id).orElseThrow(() -> new IllegalStateException("No export " + id));
    AccountId owner = new AccountId(export.userId());
    try (ExportArchive zip = new ExportArchive()) {
      int exported = writeTransactions(zip, owner, id);
      List<BudgetView> budgetViews = budgets.list(owner);
      zip.startCsv("budgets.csv", List.of("id", "categoryId", "amount", "currency", "period", "startDate", "rollover",
          "alertThresholds"));
      for (BudgetView b : budgetViews) {
        zip.row(List.of(Cell.value(b.id()), Cell.value(b.categoryId()), Cell.value(b.amount().toPlainString()),
            Cell.value(b.currency()), Cell.value(b.period()), Cell.value(b.startDate()), Cell.value(b.rollover()),
            Cell.value(b.alertThresholds().toString())));
      }
      List<CategoryView> tree = categories.tree(owner);
      zip.startCsv("categories.csv", List.of("id", "parentId", "name", "icon", "system", "hidden"));
      for (CategoryView primary : tree) {
        categoryRow(zip, primary);
        primary.children().forEach(child -> categoryRow(zip, child));
      }
      List<RuleView> ruleViews = rules.list(owner);
      zip.startCsv("rules.csv", List.of("id", "pattern", "matchType", "categoryId", "priority"));
      for (RuleView r : ruleViews) {
        zip.row(List.of(Cell.value(r.id()), Cell.text(r.pattern()), Cell.value(r.matchType()),
            Cell.value(r.categoryId()), Cell.value(r.priority())));
      }
      zip.file("export.json", json(owner, exported, budgetViews, ruleViews));
      exports.completed(id, exported, zip.finish());
      return "READY";
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "Export " + id + " failed", failure);
      exports.failed(id, String.valueOf(failure));
      throw failure;
    }
  }

  private int writeTransactions(ExportArchive zip, AccountId owner, UUID id) {
    zip.startCsv("transactions.csv", ExportArchive.TRANSACTION_COLUMNS);
    int exported = 0;
    String cursor = null;
    do {
      TransactionPage page = transactions.list(
          owner, new TransactionListRequest(null, null, null, null, null, null, null, null, cursor, PAGE));
      for (RecordedTransaction t : page.items()) {
        zip.row(List.of(Cell.value(t.date()), Cell.value(Money.atMinorUnits(t.amount(), t.currency()).toPlainString()),
            Cell.value(t.currency()), Cell.text(t.merchantName()), Cell.text(t.description()),
            Cell.text(t.externalId() == null ? t.id().toString() : t.externalId()), Cell.value(t.categoryId()),
            Cell.value(t.source()), Cell.text(t.notes()), Cell.text(String.join(";", t.tags()))));
        exported++;
      }
      exports.progress(id, exported);
      cursor = page.nextCursor();
    } while (cursor != null);
    return exported;
  }

  private static void categoryRow(ExportArchive zip, CategoryView c) {
    zip.row(List.of(Cell.value(c.id()), Cell.value(c.parentId()), Cell.text(c.name()), Cell.text(c.icon()),
        Cell.value(c.system()), Cell.value(c.hidden())));
  }

  private byte[] json(AccountId owner, int exported, List<BudgetView> budgetViews, List<RuleView> ruleViews) {
    Profile profile = profiles.profileOf(owner);
    JsonObjectBuilder preferences = Json.createObjectBuilder()
        .add("currency", profile.preferences().currency())
        .add("locale", profile.preferences().locale())
        .add("timezone", profile.preferences().timezone())
        .add("weekStartsOn", String.valueOf(profile.preferences().weekStartsOn()))
        .add("notifications", String.valueOf(profile.preferences().notifications()));
    JsonArrayBuilder sessions = Json.createArrayBuilder();
    accounts.sessions(owner).forEach(s -> sessions.add(String.valueOf(s)));
    JsonArrayBuilder budgetsJson = Json.createArrayBuilder();
    budgetViews.forEach(b -> budgetsJson.add(Json.createObjectBuilder().add("id", b.id().toString())
        .add("categoryId", b.categoryId()).add("amount", b.amount().toPlainString()).add("currency", b.currency())));
    JsonArrayBuilder rulesJson = Json.createArrayBuilder();
    ruleViews.forEach(r -> rulesJson.add(Json.createObjectBuilder().add("id", r.id().toString())
        .add("pattern", r.pattern()).add("matchType", String.valueOf(r.matchType())).add("categoryId", r.categoryId())));
    List<String> files = new ArrayList<>(List.of("transactions.csv", "budgets.csv", "categories.csv", "rules.csv"));
    return Json.createObjectBuilder()
        .add("format", "duskspendr-export/1")
        .add("profile", Json.createObjectBuilder().add("id", owner.value().toString()).add("email", profile.email())
            .add("displayName", profile.displayName() == null ? "" : profile.displayName())
            .add("createdAt", String.valueOf(profile.createdAt())))
        .add("preferences", preferences)
        .add("sessions", sessions)
        .add("transactionCount", exported)
        .add("budgets", budgetsJson)
        .add("rules", rulesJson)
        .add("files", Json.createArrayBuilder(files))
        .build().toString().getBytes(StandardCharsets.UTF_8);
  }
}
