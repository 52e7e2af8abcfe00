package com.duskspendr.transactions.categories.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.transactions.categories.entity.Category;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The taxonomy as the migration seeds it: read from the migration itself, the single source. */
class SystemTaxonomySeedTest {

  static final Set<String> PRIMARIES = Set.of(
      "income", "transfer_in", "transfer_out", "loan_payments", "bank_fees", "entertainment", "food_and_drink",
      "general_merchandise", "home_improvement", "medical", "personal_care", "general_services",
      "government_and_non_profit", "transportation", "travel", "rent_and_utilities");

  private static List<Category> seeded;

  @BeforeAll
  static void read() throws IOException {
    seeded = SeededTaxonomy.categories();
  }

  @Test
  void hasExactlyTheSixteenPrimaries() {
    Set<String> primaries = seeded.stream().filter(c -> c.parentId() == null).map(Category::id).collect(Collectors.toSet());
    assertEquals(PRIMARIES, primaries);
    assertEquals(16, seeded.stream().filter(c -> c.parentId() == null).count());
  }

  @Test
  void hasTheDetailedCategoriesClientsRelyOn() {
    Set<String> ids = seeded.stream().map(Category::id).collect(Collectors.toSet());
    for (String required : List.of(
        "food_and_drink.groceries", "food_and_drink.restaurant", "food_and_drink.coffee", "transportation.gas",
        "transportation.taxis_and_ride_shares", "travel.flights", "travel.lodging", "entertainment.tv_and_movies",
        "rent_and_utilities.gas_and_electricity", "general_merchandise.online_marketplaces",
        "medical.pharmacies_and_supplements", "personal_care.gyms_and_fitness_centers")) {
      assertTrue(ids.contains(required), required);
    }
  }

  @Test
  void everySlugIsWellFormedUniqueAndUnderAPrimary() {
    Set<String> seen = new HashSet<>();
    for (Category category : seeded) {
      assertTrue(seen.add(category.id()), "duplicate " + category.id());
      assertTrue(CategorySlugs.isWellFormed(category.id()), category.id());
      if (category.parentId() == null) {
        assertTrue(CategorySlugs.isPrimary(category.id()), category.id());
      } else {
        assertTrue(PRIMARIES.contains(category.parentId()), category.id());
        assertTrue(category.id().startsWith(category.parentId() + "."), category.id());
        assertEquals(category.parentId(), CategorySlugs.primaryOf(category.id()));
      }
    }
  }

  @Test
  void everyPrimaryHasDetailsAndEveryCategoryANameAndIcon() {
    Taxonomy taxonomy = new Taxonomy(seeded);
    assertEquals(16, taxonomy.primaries().size());
    for (var primary : taxonomy.primaries()) {
      assertTrue(taxonomy.childrenOf(primary.id()).size() >= 4, primary.id());
      assertTrue(taxonomy.childrenOf(primary.id()).stream().anyMatch(c -> c.id().contains(".other_")), primary.id());
    }
    var issues = new ArrayList<com.duskspendr.platform.failure.DomainException.FieldIssue>();
    for (Category category : seeded) {
      assertEquals(category.name(), CategoryInput.name(category.name(), "name", issues), category.id());
      assertEquals(category.icon(), CategoryInput.icon(category.icon(), "icon", issues), category.id());
    }
    assertTrue(issues.isEmpty(), issues.toString());
  }

  @Test
  void followsPlaidsDetailedListOfOneHundredAndFourCategories() {
    assertEquals(104, seeded.stream().filter(c -> c.parentId() != null).count());
    assertFalse(seeded.stream().anyMatch(c -> c.id().startsWith("loan_disbursements")));
  }
}
