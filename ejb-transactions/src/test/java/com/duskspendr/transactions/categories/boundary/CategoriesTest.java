package com.duskspendr.transactions.categories.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.auth.events.AccountDeleted;
import com.duskspendr.transactions.categories.control.CategoryControls;
import com.duskspendr.transactions.categories.control.RecordingCategorySync;
import com.duskspendr.transactions.categories.control.SeededTaxonomy;
import com.duskspendr.transactions.categories.entity.InMemoryCategoryRepository;
import com.duskspendr.transactions.categories.entity.InMemoryMerchantRuleRepository;
import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Category, catalog and rule use cases over in-memory repositories holding the seeded taxonomy. */
class CategoriesTest {

  private final InMemoryCategoryRepository categories = new InMemoryCategoryRepository(SeededTaxonomy.categories());
  private final InMemoryMerchantRuleRepository rules = new InMemoryMerchantRuleRepository();
  private final RecordingCategorySync sync = new RecordingCategorySync();
  private final RecordingEvent<CategoryRemoved> removals = new RecordingEvent<>();
  private final DefaultCategoryService service = new DefaultCategoryService();
  private final DefaultCategoryCatalog catalog = new DefaultCategoryCatalog();
  private final DefaultRuleService ruleService = new DefaultRuleService();
  private final DefaultMerchantRules merchantRules = new DefaultMerchantRules();
  private final AccountId alice = new AccountId(UUID.randomUUID());
  private final AccountId bob = new AccountId(UUID.randomUUID());

  @BeforeEach
  void wire() {
    var taxonomy = SeededTaxonomy.cache();
    service.categories = categories;
    service.rules = rules;
    service.systemTaxonomy = taxonomy;
    service.sync = sync;
    service.removals = removals;
    service.maxOwnPerUser = 3;
    catalog.systemTaxonomy = taxonomy;
    catalog.categories = categories;
    ruleService.rules = rules;
    ruleService.catalog = catalog;
    ruleService.sync = sync;
    ruleService.maxPerUser = 2;
    merchantRules.matcher = CategoryControls.ruleMatcher(rules);
  }

  private CategoryView bubbleTea(AccountId owner) {
    return service.create(owner, new NewCategory("food_and_drink", "Bubble tea", null));
  }

  private List<String> invalidFields(Runnable call) {
    var thrown = assertThrows(InvalidInputException.class, call::run);
    return thrown.issues().stream().map(FieldIssue::field).toList();
  }

  @Test
  void theTreeHasEveryPrimaryWithItsSubcategoriesAndTheUsersOwn() {
    CategoryView own = bubbleTea(alice);
    List<CategoryView> tree = service.tree(alice);
    assertEquals(16, tree.size());
    CategoryView food = tree.stream().filter(c -> c.id().equals("food_and_drink")).findFirst().orElseThrow();
    assertTrue(food.system());
    assertTrue(food.children().stream().anyMatch(c -> c.id().equals("food_and_drink.groceries") && c.system()));
    assertTrue(food.children().stream().anyMatch(c -> c.id().equals(own.id()) && !c.system()));
    // Bob sees the system tree only
    assertTrue(service.tree(bob).stream().flatMap(c -> c.children().stream()).noneMatch(c -> c.id().equals(own.id())));
  }

  @Test
  void anOwnSubcategoryGetsAnIdUnderItsPrimaryAndThePrimarysIcon() {
    CategoryView own = bubbleTea(alice);
    assertTrue(own.id().matches("food_and_drink\\.bubble_tea-[a-z0-9]{6}"), own.id());
    assertEquals("food_and_drink", own.parentId());
    assertEquals("food_and_drink", own.icon());
    assertEquals(1, own.version());
    assertEquals(List.of("upsert category " + own.id() + " 1"), sync.reported);
  }

  @Test
  void ownSubcategoriesGoUnderAPrimaryOnlyWithAValidName() {
    assertEquals(List.of("parentId"), invalidFields(() -> service.create(alice, new NewCategory("food_and_drink.coffee", "X", null))));
    assertEquals(List.of("parentId", "name", "icon"),
        invalidFields(() -> service.create(alice, new NewCategory("nope", "x".repeat(51), "Bad Icon"))));
    assertEquals(List.of("name"), invalidFields(() -> service.create(alice, new NewCategory("travel", "  ", null))));
  }

  @Test
  void namesAreUniqueUnderAParentAndOwnCategoriesAreLimited() {
    bubbleTea(alice);
    assertThrows(ConflictException.class, () -> service.create(alice, new NewCategory("food_and_drink", "BUBBLE TEA", null)));
    service.create(alice, new NewCategory("travel", "Trips", "plane"));
    service.create(alice, new NewCategory("travel", "Camping", null));
    assertThrows(ConflictException.class, () -> service.create(alice, new NewCategory("travel", "Fourth", null)));
    // the limit is per user
    bubbleTea(bob);
  }

  @Test
  void renamingAndHidingASystemCategoryChangesItForThatUserOnly() {
    CategoryView renamed = service.update(alice, "food_and_drink.coffee", new CategoryPatch("Caffeine", null, true, 0L));
    assertEquals("Caffeine", renamed.name());
    assertTrue(renamed.hidden());
    assertEquals(1, renamed.version());
    assertEquals("Coffee", service.get(bob, "food_and_drink.coffee").name());
    assertFalse(service.get(bob, "food_and_drink.coffee").hidden());
    assertEquals("Caffeine", service.get(alice, "food_and_drink.coffee").name());
    // renaming back to the system name drops the override
    CategoryView back = service.update(alice, "food_and_drink.coffee", new CategoryPatch("Coffee", null, false, null));
    assertEquals("Coffee", back.name());
    assertEquals(2, back.version());
    assertEquals(List.of("icon"), invalidFields(() -> service.update(alice, "travel", new CategoryPatch(null, "plane", null, null))));
  }

  @Test
  void aStaleVersionIsAConflict() {
    CategoryView own = bubbleTea(alice);
    service.update(alice, own.id(), new CategoryPatch("Boba", null, null, 1L));
    var thrown = assertThrows(ConflictException.class, () -> service.update(alice, own.id(), new CategoryPatch("Tea", null, null, 1L)));
    assertEquals("Boba", ((CategoryView) thrown.current()).name());
    assertThrows(ConflictException.class, () -> service.update(alice, "travel", new CategoryPatch("Trips", null, null, 4L)));
  }

  @Test
  void systemCategoriesCannotBeDeletedOwnOnesCanWithTheirRules() {
    assertThrows(ConflictException.class, () -> service.delete(alice, "food_and_drink", null));
    assertThrows(ConflictException.class, () -> service.delete(alice, "food_and_drink.coffee", null));
    CategoryView own = bubbleTea(alice);
    RuleView rule = ruleService.create(alice, new NewRule("Boba Guys", "prefix", own.id(), null));
    service.delete(alice, own.id(), own.version());
    assertEquals(own.id(), removals.fired.get(0).categoryId());
    assertTrue(rules.stored.isEmpty());
    assertTrue(sync.reported.contains("delete rule " + rule.id() + " 2"));
    assertTrue(sync.reported.contains("delete category " + own.id() + " 2"));
    assertThrows(RecordNotFoundException.class, () -> service.get(alice, own.id()));
  }

  @Test
  void aVetoedRemovalLeavesTheCategory() {
    CategoryView own = bubbleTea(alice);
    removals.observer = event -> {
      throw new ConflictException("used by a budget", null);
    };
    assertThrows(ConflictException.class, () -> service.delete(alice, own.id(), null));
  }

  @Test
  void anotherUsersCategoryIsNotFoundAndDoesNotExistForThem() {
    CategoryView own = bubbleTea(alice);
    assertThrows(RecordNotFoundException.class, () -> service.get(bob, own.id()));
    assertThrows(RecordNotFoundException.class, () -> service.update(bob, own.id(), new CategoryPatch("x", null, null, null)));
    assertThrows(RecordNotFoundException.class, () -> service.delete(bob, own.id(), null));
    assertThrows(RecordNotFoundException.class, () -> service.get(bob, "food_and_drink.nope"));
    assertFalse(catalog.exists(bob, own.id()));
    assertTrue(catalog.exists(alice, own.id()));
    assertEquals(Set.of(), catalog.withDescendants(bob, own.id()));
  }

  @Test
  void theCatalogKnowsSystemAndOwnCategoriesAndTheirDescendants() {
    CategoryView own = bubbleTea(alice);
    assertTrue(catalog.exists(alice, "income.wages"));
    assertFalse(catalog.exists(alice, "income.salary"));
    assertFalse(catalog.exists(alice, "Food_and_drink"));
    Set<String> food = catalog.withDescendants(alice, "food_and_drink");
    assertEquals(9, food.size());
    assertTrue(food.containsAll(Set.of("food_and_drink", "food_and_drink.coffee", own.id())));
    assertEquals(Set.of("food_and_drink.coffee"), catalog.withDescendants(alice, "food_and_drink.coffee"));
    assertEquals(8, catalog.withDescendants(bob, "food_and_drink").size());
  }

  @Test
  void rulesFileMerchantsAndAreIsolatedPerUser() {
    ruleService.create(alice, new NewRule("starbucks", "prefix", "food_and_drink.coffee", null));
    assertEquals(Optional.of("food_and_drink.coffee"), merchantRules.categoryFor(alice, "STARBUCKS #1234"));
    assertEquals(Optional.empty(), merchantRules.categoryFor(bob, "STARBUCKS #1234"));
    assertEquals(Optional.of("food_and_drink.coffee"), merchantRules.matcherFor(alice).apply("Starbucks"));
  }

  @Test
  void rulesAreListedInTheOrderTheyAreTried() {
    ruleService.maxPerUser = 10;
    RuleView contains = ruleService.create(alice, new NewRule("shell", "contains", "transportation.gas", 100));
    RuleView exact = ruleService.create(alice, new NewRule("shell", "exact", "transportation.gas", 100));
    RuleView first = ruleService.create(alice, new NewRule("x", "contains", "travel", 1));
    RuleView longer = ruleService.create(alice, new NewRule("shell oil", "contains", "transportation.gas", 100));
    assertEquals(List.of(first.id(), exact.id(), longer.id(), contains.id()),
        ruleService.list(alice).stream().map(RuleView::id).toList());
  }

  @Test
  void ruleWritesAreValidatedVersionedAndLimited() {
    RuleView rule = ruleService.create(alice, new NewRule("Uber", "prefix", "transportation.taxis_and_ride_shares", 10));
    assertEquals("uber", rule.pattern());
    assertEquals(1, rule.version());
    assertThrows(ConflictException.class, () -> ruleService.create(alice, new NewRule("UBER", "prefix", "travel", null)));
    assertEquals(List.of("categoryId"), invalidFields(() -> ruleService.create(alice, new NewRule("x", "exact", "nope", null))));
    RuleView changed = ruleService.update(alice, rule.id(), new RulePatch(null, "contains", null, null, 1L));
    assertEquals(MatchType.CONTAINS, changed.matchType());
    assertEquals(2, changed.version());
    assertThrows(ConflictException.class, () -> ruleService.update(alice, rule.id(), new RulePatch("y", null, null, null, 1L)));
    assertThrows(RecordNotFoundException.class, () -> ruleService.get(bob, rule.id()));
    assertThrows(RecordNotFoundException.class, () -> ruleService.delete(bob, rule.id(), null));
    ruleService.create(alice, new NewRule("lyft", "prefix", "transportation", null));
    assertThrows(ConflictException.class, () -> ruleService.create(alice, new NewRule("bolt", "prefix", "transportation", null)));
    ruleService.delete(alice, rule.id(), 2L);
    assertEquals(1, ruleService.list(alice).size());
  }

  @Test
  void accountDeletionErasesOwnCategoriesPreferencesAndRules() {
    bubbleTea(alice);
    bubbleTea(bob);
    service.update(alice, "travel", new CategoryPatch(null, null, true, null));
    ruleService.create(alice, new NewRule("uber", "prefix", "transportation", null));
    CategoryControls.lifecycle(categories, rules).onAccountDeleted(new AccountDeleted(alice));
    assertTrue(categories.ownedBy(alice.value()).isEmpty());
    assertTrue(categories.preferencesOf(alice.value()).isEmpty());
    assertTrue(rules.ownedBy(alice.value()).isEmpty());
    assertEquals(1, categories.ownedBy(bob.value()).size());
    assertEquals(120, categories.systemCategories().size());
  }

  @Test
  void getAllAnswersEachCategoryAsGetDoesAndOnlyTheUsersOwn() {
    CategoryView own = bubbleTea(alice);
    CategoryView bobs = bubbleTea(bob);
    service.update(alice, "food_and_drink.coffee", new CategoryPatch("Caffeine", null, true, null));
    List<CategoryView> views =
        service.getAll(alice, List.of(own.id(), "food_and_drink.coffee", "travel", bobs.id(), "nope", own.id()));
    assertEquals(
        Set.of(own, service.get(alice, "food_and_drink.coffee"), service.get(alice, "travel")), Set.copyOf(views));
    assertEquals(3, views.size());
    CategoryView coffee = views.stream().filter(c -> c.id().equals("food_and_drink.coffee")).findFirst().orElseThrow();
    assertEquals("Caffeine", coffee.name());
    assertEquals(1, coffee.version());
    assertTrue(service.getAll(alice, List.of()).isEmpty());
  }

  @Test
  void rulesAreReadInBatchesAndCreatedUnderAClientsId() {
    UUID chosen = UUID.randomUUID();
    RuleView created = ruleService.create(alice, chosen, new NewRule("uber", "prefix", "transportation", null));
    assertEquals(chosen, created.id());
    assertEquals(List.of(created), ruleService.getAll(alice, List.of(chosen, UUID.randomUUID())));
    assertTrue(ruleService.getAll(bob, List.of(chosen)).isEmpty());
    // the same id again is a conflict carrying the rule (a replayed create); another user's id reveals nothing
    var again = assertThrows(ConflictException.class,
        () -> ruleService.create(alice, chosen, new NewRule("lyft", "prefix", "transportation", null)));
    assertEquals(created, again.current());
    var taken = assertThrows(ConflictException.class,
        () -> ruleService.create(bob, chosen, new NewRule("lyft", "prefix", "transportation", null)));
    assertEquals(null, taken.current());
  }
}
