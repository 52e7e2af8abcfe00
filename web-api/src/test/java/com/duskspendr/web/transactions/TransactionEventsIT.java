package com.duskspendr.web.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.auth.boundary.AccountId;
import com.duskspendr.auth.boundary.AccountService;
import com.duskspendr.auth.boundary.Registration;
import com.duskspendr.transactions.budgets.boundary.BudgetService;
import com.duskspendr.transactions.budgets.boundary.BudgetThresholdCrossed;
import com.duskspendr.transactions.budgets.boundary.BudgetView;
import com.duskspendr.transactions.budgets.boundary.NewBudget;
import com.duskspendr.transactions.events.TransactionChanged;
import com.duskspendr.transactions.events.TransactionRecorded;
import com.duskspendr.transactions.events.TransactionRemoved;
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
 * change publishes (type, version, user, payload), that a rolled-back change publishes nothing, and that a
 * budget threshold alerts once per period. Test MDBs subscribe to the domain-events topic and consume the
 * categorization queue, each with one session, so that a later message is a fence: once it has arrived,
 * everything committed before it has arrived too.
 */
@ExtendWith(WithIntegrationEnvironment.class)
@ExtendWith(ArquillianExtension.class)
class TransactionEventsIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final String PASSWORD = "correct horse battery staple 42";
  private static final String CURRENCY = "EUR";

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
            CategorizationProbeConsumer.class,
            LedgerProbe.class,
            LedgerProbe.Rollback.class);
  }

  @EJB TransactionService transactions;
  @EJB BudgetService budgets;
  @EJB AccountService accounts;
  @EJB ProfileService profiles;
  @EJB LedgerProbe probe;
  @EJB BrokerInbox inbox;

  private AccountId owner;
  private LocalDate today;

  @BeforeEach
  void freshUserAndListeningSubscriber() throws InterruptedException {
    awaitTopicSubscription();
    owner = accounts.register(new Registration("events-" + UUID.randomUUID() + "@example.com", PASSWORD, null)).id();
    // Budgets only alert in their current period, which is computed in the user's time zone.
    today = LocalDate.now(ZoneId.of(profiles.profileOf(owner).preferences().timezone()));
  }

  @Test
  void aCreatePublishesTransactionRecordedAndAsksForACategory() throws InterruptedException {
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

    BrokerInbox.Received request = awaitOne(categorizationOf(created.id()));
    assertEquals("CategorizationRequested", request.type());
    assertEquals(1, request.version());
    assertEquals(owner.toString(), request.userId());
    JsonObject requestBody = json(request);
    assertEquals("-12.50", requestBody.getString("amount"));
    assertEquals("Corner Café", requestBody.getString("merchantName"));

    fence();
    assertEquals(1, count(eventAbout(TransactionRecorded.TYPE, created.id())), "exactly one TransactionRecorded");
    assertEquals(1, count(categorizationOf(created.id())), "exactly one categorization request");
    assertEquals(
        2, count(m -> m.source() == BrokerInbox.Source.DOMAIN_EVENTS && owner.toString().equals(m.userId())),
        "no other event for this user than this create's and the fence's");
  }

  @Test
  void aCategorizedCreateIsNotQueuedForCategorization() throws InterruptedException {
    RecordedTransaction created = create("-4.20", "Bean There", "food_and_drink.coffee");

    JsonObject body = json(awaitOne(eventAbout(TransactionRecorded.TYPE, created.id())));
    assertEquals("food_and_drink.coffee", body.getString("categoryId"));

    fence();
    assertEquals(0, count(categorizationOf(created.id())), "the user's category needs no categorizer");
  }

  @Test
  void anUpdatePublishesTransactionChangedAndADeleteTransactionRemoved() throws InterruptedException {
    RecordedTransaction created = create("-12.50", "Corner Café", null);
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
   * Commits an uncategorized create and waits until both its event and its categorization request have
   * arrived: with one consumer session per destination, everything committed earlier has arrived by then.
   */
  private void fence() throws InterruptedException {
    RecordedTransaction marker = create("-0.01", "Fence", null);
    awaitOne(eventAbout(TransactionRecorded.TYPE, marker.id()));
    awaitOne(categorizationOf(marker.id()));
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

  private static Predicate<BrokerInbox.Received> categorizationOf(UUID transactionId) {
    return m -> m.source() == BrokerInbox.Source.CATEGORIZATION
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
