package com.duskspendr.web.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.auth.boundary.AccountService;
import com.duskspendr.auth.boundary.ClientInfo;
import com.duskspendr.auth.boundary.Credentials;
import com.duskspendr.auth.boundary.Registration;
import com.duskspendr.transactions.budgets.boundary.BudgetService;
import com.duskspendr.transactions.events.BudgetThresholdCrossed;
import com.duskspendr.transactions.budgets.boundary.BudgetView;
import com.duskspendr.transactions.budgets.boundary.NewBudget;
import com.duskspendr.transactions.categories.boundary.NewRule;
import com.duskspendr.transactions.categories.boundary.RuleService;
import com.duskspendr.transactions.events.TransactionChanged;
import com.duskspendr.transactions.events.TransactionRecorded;
import com.duskspendr.transactions.events.TransactionRemoved;
import com.duskspendr.transactions.ledger.boundary.CategorizationStatus;
import com.duskspendr.transactions.ledger.boundary.NewTransaction;
import com.duskspendr.transactions.ledger.boundary.RecordedTransaction;
import com.duskspendr.transactions.ledger.boundary.TransactionPatch;
import com.duskspendr.transactions.ledger.boundary.TransactionService;
import com.duskspendr.users.boundary.ProfileService;
import com.duskspendr.web.it.WithIntegrationEnvironment;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ledger's and the budgets' messages on the real Artemis broker, inside Payara: what each committed
 * change publishes (type, version, user, payload), that an uncategorized create reaches the categorizer
 * (the real consumer on the categorization queue, which files it and publishes TransactionChanged), that a
 * rolled-back change publishes nothing, and that a budget threshold alerts once per period. A test MDB
 * subscribes to the domain-events topic with one session, so that a later event is a fence: once it has
 * arrived, every event committed before it has arrived too. Each user has merchant rules for the merchants
 * created uncategorized here, so the categorizer's decision never depends on the model.
 */
@ExtendWith(WithIntegrationEnvironment.class)
@ExtendWith(ArquillianExtension.class)
class TransactionEventsIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final String PASSWORD = "correct horse battery staple 42";
  private static final String CURRENCY = "EUR";
  private static final String CORNER_CATEGORY = "food_and_drink.coffee";
  private static final String FENCE_CATEGORY = "food_and_drink.other_food_and_drink";

  @Deployment
  static WebArchive application() {
    return ShrinkWrap.create(ZipImporter.class, "duskspendr.war")
        .importFrom(new File(System.getProperty("duskspendr.war")))
        .as(WebArchive.class)
        .addClasses(
            WithIntegrationEnvironment.class,
            BrokerInbox.class,
            BrokerInbox.Source.class,
            BrokerInbox.Received.class,
            DomainEventsProbeConsumer.class,
            LedgerProbe.class,
            LedgerProbe.Rollback.class);
  }

  @EJB TransactionService transactions;
  @EJB BudgetService budgets;
  @EJB RuleService rules;
  @EJB AccountService accounts;
  @EJB ProfileService profiles;
  @EJB LedgerProbe probe;
  @EJB BrokerInbox inbox;

  private AccountId owner;
  private LocalDate today;

  @BeforeEach
  void freshUserAndListeningSubscriber() throws Exception {
    awaitTopicSubscription();
    String email = "events-" + UUID.randomUUID() + "@example.com";
    accounts.register(new Registration(email, PASSWORD, null));
    // Registration tells nobody the new id (see AuthApiIT): the token of a first login does.
    String token = accounts.login(new Credentials(email, PASSWORD), new ClientInfo("127.0.0.1", "test")).accessToken();
    owner = AccountId.parse(com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getSubject());
    // Budgets only alert in their current period, which is computed in the user's time zone.
    today = LocalDate.now(ZoneId.of(profiles.profileOf(owner).preferences().timezone()));
    rules.create(owner, new NewRule("corner", "contains", CORNER_CATEGORY, null));
    rules.create(owner, new NewRule("fence", "exact", FENCE_CATEGORY, null));
  }

  @Test
  void aCreatePublishesTransactionRecordedAndTheCategorizerFilesIt() throws InterruptedException {
    RecordedTransaction created = create("-12.50", "Corner Café", null);

    BrokerInbox.Received event = awaitOne(eventAbout(TransactionRecorded.TYPE, created.id()));
    assertEquals(TransactionRecorded.VERSION, event.version());
    assertEquals(1, event.version(), "version 1 of the contract");
    assertEquals(owner.toString(), event.userId());
    JsonObject body = json(event);
    assertEquals(owner.toString(), body.getString("userId"));
    assertEquals("-12.50", body.getString("amount"));
    assertEquals(CURRENCY, body.getString("currency"));
    assertEquals("Corner Café", body.getString("merchantName"));
    assertEquals(today.toString(), body.getString("date"));
    assertEquals(created.version(), body.getJsonNumber("version").longValue());
    // JSON-B leaves null fields out: an absent categoryId means none.
    assertNull(body.getString("categoryId", null), "created without a category");

    // The categorization request reached the categorizer: the user's rule filed it.
    JsonObject filed = json(awaitOne(eventAbout(TransactionChanged.TYPE, created.id())));
    assertEquals(CORNER_CATEGORY, filed.getString("categoryId"));
    assertEquals(created.version() + 1, filed.getJsonNumber("version").longValue());
    RecordedTransaction stored = transactions.get(owner, created.id());
    assertEquals(CategorizationStatus.RULE, stored.categorization().status());
    assertEquals(CORNER_CATEGORY, stored.categoryId());

    fence();
    assertEquals(1, count(eventAbout(TransactionRecorded.TYPE, created.id())), "exactly one TransactionRecorded");
    assertEquals(1, count(eventAbout(TransactionChanged.TYPE, created.id())), "filed exactly once");
    assertEquals(
        4, count(m -> m.source() == BrokerInbox.Source.DOMAIN_EVENTS && owner.toString().equals(m.userId())),
        "no other event for this user than this create's and the fence's (each recorded, then filed)");
  }

  @Test
  void aCategorizedCreateIsNotQueuedForCategorization() throws InterruptedException {
    RecordedTransaction created = create("-4.20", "Bean There", "food_and_drink.coffee");

    JsonObject body = json(awaitOne(eventAbout(TransactionRecorded.TYPE, created.id())));
    assertEquals("food_and_drink.coffee", body.getString("categoryId"));

    fence();
    assertEquals(0, count(eventAbout(TransactionChanged.TYPE, created.id())), "the user's category needs no categorizer");
    assertEquals(CategorizationStatus.MANUAL, transactions.get(owner, created.id()).categorization().status());
  }

  @Test
  void anUpdatePublishesTransactionChangedAndADeleteTransactionRemoved() throws InterruptedException {
    // Categorized by the user, so that the categorizer publishes nothing about it.
    RecordedTransaction created = create("-12.50", "Corner Café", CORNER_CATEGORY);
    RecordedTransaction updated =
        transactions.update(
            owner,
            created.id(),
            new TransactionPatch(new BigDecimal("-20.00"), null, null, null, "Corner Bakery", null, null, null, null),
            created.version());

    BrokerInbox.Received changed = awaitOne(eventAbout(TransactionChanged.TYPE, created.id()));
    assertEquals(TransactionChanged.VERSION, changed.version());
    assertEquals(owner.toString(), changed.userId());
    JsonObject changedBody = json(changed);
    assertEquals("-20.00", changedBody.getString("amount"));
    assertEquals("Corner Bakery", changedBody.getString("merchantName"));
    assertEquals(updated.version(), changedBody.getJsonNumber("version").longValue());
    assertTrue(updated.version() > created.version());

    transactions.delete(owner, created.id(), updated.version());

    BrokerInbox.Received removed = awaitOne(eventAbout(TransactionRemoved.TYPE, created.id()));
    assertEquals(TransactionRemoved.VERSION, removed.version());
    assertEquals(owner.toString(), removed.userId());
    JsonObject removedBody = json(removed);
    assertEquals("-20.00", removedBody.getString("amount"), "the last state");
    assertEquals(updated.version() + 1, removedBody.getJsonNumber("version").longValue(), "the tombstone's version");

    fence();
    assertEquals(1, count(eventAbout(TransactionRecorded.TYPE, created.id())));
    assertEquals(1, count(eventAbout(TransactionChanged.TYPE, created.id())));
    assertEquals(1, count(eventAbout(TransactionRemoved.TYPE, created.id())));
  }

  @Test
  void aRolledBackCreatePublishesNothing() throws InterruptedException {
    NewTransaction doomed = newTransaction("-99.00", "Never Was", null);

    LedgerProbe.Rollback rollback = assertThrows(LedgerProbe.Rollback.class, () -> probe.createThenRollBack(owner, doomed));
    UUID id = rollback.created().id();

    assertTrue(transactions.getAll(owner, List.of(id)).isEmpty(), "the row rolled back");
    // A create committed afterwards goes through both destinations; by then the rolled-back one's messages
    // would have arrived too.
    fence();
    assertEquals(0, count(m -> body(m).contains(id.toString())), "no event and no categorization request");
  }

  @Test
  void eachBudgetThresholdIsPublishedOncePerPeriod() throws InterruptedException {
    BudgetView budget =
        budgets.create(
            owner,
            new NewBudget("food_and_drink", new BigDecimal("100.00"), CURRENCY, "monthly", today, false, List.of(50, 100)));
    String groceries = "food_and_drink.groceries";

    create("-30.00", "Market", groceries); // 30 %
    create("-30.00", "Market", groceries); // 60 %: crosses 50
    awaitOne(crossing(budget, 50));
    RecordedTransaction big = create("-50.00", "Market", groceries); // 110 %: crosses 100
    awaitOne(crossing(budget, 100));
    create("-10.00", "Market", groceries); // 120 %: nothing new
    transactions.delete(owner, big.id(), null); // back to 70 %
    create("-40.00", "Market", groceries); // 110 % again: already alerted in this period
    create("-5.00", "Elsewhere", "transportation.gas"); // another category: not this budget's spending

    fence();
    assertEquals(1, count(crossing(budget, 50)), "50 % alerted exactly once");
    assertEquals(1, count(crossing(budget, 100)), "100 % alerted exactly once");
    assertEquals(
        2, count(m -> BudgetThresholdCrossed.TYPE.equals(m.type()) && owner.toString().equals(m.userId())),
        "no other threshold events for this user");

    BrokerInbox.Received fiftyMessage = awaitOne(crossing(budget, 50));
    assertEquals(BudgetThresholdCrossed.CURRENT_VERSION, fiftyMessage.version());
    JsonObject fifty = json(fiftyMessage);
    assertEquals(0, new BigDecimal("60").compareTo(new BigDecimal(fifty.getString("spent"))), "spent when 50 % was crossed");
    assertEquals(0, new BigDecimal("100").compareTo(new BigDecimal(fifty.getString("limit"))));
    assertEquals(CURRENCY, fifty.getString("currency"));
    assertEquals("food_and_drink", fifty.getString("categoryId"));
    JsonObject hundred = json(awaitOne(crossing(budget, 100)));
    assertEquals(0, new BigDecimal("110").compareTo(new BigDecimal(hundred.getString("spent"))));
  }

  // --- helpers

  private RecordedTransaction create(String amount, String merchant, String categoryId) {
    return transactions.create(owner, newTransaction(amount, merchant, categoryId), null).transaction();
  }

  private NewTransaction newTransaction(String amount, String merchant, String categoryId) {
    return new NewTransaction(
        null, new BigDecimal(amount), CURRENCY, today.toString(), null, merchant, null, categoryId, null, null, null,
        null);
  }

  /**
   * Commits an uncategorized create and waits until its event and the categorizer's filing of it have
   * arrived: with one subscriber session, every event committed before them has arrived by then.
   */
  private void fence() throws InterruptedException {
    RecordedTransaction marker = create("-0.01", "Fence", null);
    awaitOne(eventAbout(TransactionRecorded.TYPE, marker.id()));
    awaitOne(eventAbout(TransactionChanged.TYPE, marker.id()));
  }

  /**
   * A non-durable subscription only receives what is published after the MDB's activation, which the
   * resource adapter completes asynchronously after deployment: publish markers until one arrives.
   */
  private void awaitTopicSubscription() throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      if (count(m -> LedgerProbe.MARKER_TYPE.equals(m.type())) > 0) {
        return;
      }
      String token = UUID.randomUUID().toString();
      probe.publishMarker(token);
      Thread.sleep(300);
    }
    throw new AssertionError("the test subscriber never received a marker event; inbox: " + inbox.all());
  }

  private static Predicate<BrokerInbox.Received> eventAbout(String type, UUID transactionId) {
    return m -> m.source() == BrokerInbox.Source.DOMAIN_EVENTS
        && type.equals(m.type())
        && transactionId.toString().equals(json(m).getString("transactionId", null));
  }

  private static Predicate<BrokerInbox.Received> crossing(BudgetView budget, int threshold) {
    return m -> m.source() == BrokerInbox.Source.DOMAIN_EVENTS
        && BudgetThresholdCrossed.TYPE.equals(m.type())
        && budget.id().toString().equals(json(m).getString("budgetId", null))
        && json(m).getInt("threshold") == threshold;
  }

  private long count(Predicate<BrokerInbox.Received> which) {
    return inbox.all().stream().filter(which).count();
  }

  /** The first matching message, waiting for it. */
  private BrokerInbox.Received awaitOne(Predicate<BrokerInbox.Received> which) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    do {
      var found = inbox.all().stream().filter(which).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("no such message within " + PATIENCE + "; received: " + inbox.all().size());
  }

  private static String body(BrokerInbox.Received message) {
    return message.body() == null ? "" : message.body();
  }

  private static JsonObject json(BrokerInbox.Received message) {
    assertNotNull(message.body(), "a text body");
    try (JsonReader reader = Json.createReader(new StringReader(message.body()))) {
      return reader.readObject();
    }
  }
}
