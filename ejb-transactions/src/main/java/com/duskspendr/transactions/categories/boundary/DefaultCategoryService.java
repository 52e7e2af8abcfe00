package com.duskspendr.transactions.categories.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.categories.control.CategoryInput;
import com.duskspendr.transactions.categories.control.CategorySlugs;
import com.duskspendr.transactions.categories.control.CategorySync;
import com.duskspendr.transactions.categories.control.CategoryTree;
import com.duskspendr.transactions.categories.control.SystemTaxonomy;
import com.duskspendr.transactions.categories.control.Taxonomy;
import com.duskspendr.transactions.categories.control.Taxonomy.SystemCategory;
import com.duskspendr.transactions.categories.entity.Category;
import com.duskspendr.transactions.categories.entity.CategoryPreference;
import com.duskspendr.transactions.categories.entity.CategoryRepository;
import com.duskspendr.transactions.categories.entity.MerchantRule;
import com.duskspendr.transactions.categories.entity.MerchantRuleRepository;
import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Category use cases. Concurrent changes of one category are caught by its version: a stale {@code
 * expectedVersion} answers 409 at once, and two writers that both passed the check collide at commit
 * (OptimisticLockException, also 409).
 */
@Stateless
public class DefaultCategoryService implements CategoryService {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String NOT_FOUND = "Category";

  @Inject CategoryRepository categories;
  @Inject MerchantRuleRepository rules;
  @Inject SystemTaxonomy systemTaxonomy;
  @Inject CategorySync sync;
  @Inject Event<CategoryRemoved> removals;

  @Inject
  @ConfigProperty(name = "duskspendr.categories.max-own-per-user", defaultValue = "200")
  int maxOwnPerUser;

  @Override
  public List<CategoryView> tree(AccountId owner) {
    UUID user = owner.value();
    return CategoryTree.build(taxonomy(), categories.ownedBy(user), categories.preferencesOf(user));
  }

  @Override
  public CategoryView get(AccountId owner, String id) {
    return view(owner, id).orElseThrow(() -> new RecordNotFoundException(NOT_FOUND));
  }

  @Override
  public List<CategoryView> getAll(AccountId owner, Collection<String> ids) {
    UUID user = owner.value();
    Taxonomy taxonomy = taxonomy();
    List<SystemCategory> system = new ArrayList<>();
    Set<String> own = new LinkedHashSet<>();
    for (String id : new LinkedHashSet<>(ids)) {
      taxonomy.find(id).ifPresentOrElse(system::add, () -> own.add(id));
    }
    Map<String, CategoryPreference> preferences = new HashMap<>();
    categories.preferencesOf(user, system.stream().map(SystemCategory::id).toList())
        .forEach(p -> preferences.put(p.categoryId(), p));
    List<CategoryView> views = new ArrayList<>(system.size() + own.size());
    system.forEach(c -> views.add(CategoryTree.ofSystem(c, preferences.get(c.id()))));
    categories.ownedBy(user, own).forEach(c -> views.add(CategoryTree.ofOwn(c)));
    return views;
  }

  @Override
  public CategoryView create(AccountId owner, NewCategory request) {
    List<FieldIssue> issues = new ArrayList<>();
    Taxonomy taxonomy = taxonomy();
    String parentId = request.parentId();
    if (parentId == null || !taxonomy.isPrimary(parentId)) {
      issues.add(new FieldIssue("parentId", "must be the id of a primary category, such as food_and_drink"));
    }
    String name = CategoryInput.name(request.name(), "name", issues);
    String icon = request.icon() == null ? null : CategoryInput.icon(request.icon(), "icon", issues);
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
    UUID user = owner.value();
    if (categories.countOwnedBy(user) >= maxOwnPerUser) {
      throw new ConflictException("At most " + maxOwnPerUser + " own categories per user; delete one first", null);
    }
    String lowerName = name.toLowerCase(Locale.ROOT);
    Optional<Category> sameName =
        categories.ownedBy(user, parentId).stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(lowerName)).findFirst();
    if (sameName.isPresent()) {
      throw new ConflictException("You already have a category of that name there", CategoryTree.ofOwn(sameName.get()));
    }
    String iconKey = icon != null ? icon : taxonomy.find(parentId).map(SystemCategory::icon).orElseThrow();
    Category category =
        Category.ownSubcategory(CategorySlugs.newOwnId(parentId, name, RANDOM), parentId, user, name, iconKey);
    categories.add(category);
    categories.flush();
    sync.upserted(owner, ChangeLog.Entity.CATEGORY, category.id(), category.version());
    return CategoryTree.ofOwn(category);
  }

  @Override
  public CategoryView update(AccountId owner, String id, CategoryPatch patch) {
    UUID user = owner.value();
    Optional<SystemCategory> system = taxonomy().find(id);
    if (system.isPresent()) {
      return updateSystem(owner, system.get(), patch);
    }
    Category category = categories.findOwn(user, id).orElseThrow(() -> new RecordNotFoundException(NOT_FOUND));
    requireVersion(patch.expectedVersion(), category.version(), CategoryTree.ofOwn(category));
    List<FieldIssue> issues = new ArrayList<>();
    String name = patch.name() == null ? null : CategoryInput.name(patch.name(), "name", issues);
    String icon = patch.icon() == null ? null : CategoryInput.icon(patch.icon(), "icon", issues);
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
    boolean changed = false;
    if (name != null && !name.equals(category.name())) {
      category.rename(name);
      changed = true;
    }
    if (icon != null && !icon.equals(category.icon())) {
      category.changeIcon(icon);
      changed = true;
    }
    if (patch.hidden() != null && patch.hidden() != category.hidden()) {
      category.hide(patch.hidden());
      changed = true;
    }
    if (changed) {
      categories.flush();
      sync.upserted(owner, ChangeLog.Entity.CATEGORY, category.id(), category.version());
    }
    return CategoryTree.ofOwn(category);
  }

  private CategoryView updateSystem(AccountId owner, SystemCategory category, CategoryPatch patch) {
    UUID user = owner.value();
    Optional<CategoryPreference> existing = categories.preference(user, category.id());
    requireVersion(
        patch.expectedVersion(), existing.map(CategoryPreference::version).orElse(0L),
        CategoryTree.ofSystem(category, existing.orElse(null)));
    List<FieldIssue> issues = new ArrayList<>();
    String name = patch.name() == null ? null : CategoryInput.name(patch.name(), "name", issues);
    if (patch.icon() != null) {
      issues.add(new FieldIssue("icon", "the icon of a system category cannot be changed"));
    }
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
    CategoryPreference preference = existing.orElseGet(() -> new CategoryPreference(user, category.id()));
    // Renaming back to the system name removes the override, so later renames of the taxonomy show through.
    String displayName = name == null ? preference.displayName() : name.equals(category.name()) ? null : name;
    boolean hidden = patch.hidden() == null ? preference.hidden() : patch.hidden();
    boolean changed = existing.isEmpty() || !Objects.equals(displayName, preference.displayName()) || hidden != preference.hidden();
    if (!changed) {
      return CategoryTree.ofSystem(category, preference);
    }
    preference.rename(displayName);
    preference.hide(hidden);
    if (existing.isEmpty()) {
      categories.add(preference);
    }
    categories.flush();
    sync.upserted(owner, ChangeLog.Entity.CATEGORY, category.id(), preference.version());
    return CategoryTree.ofSystem(category, preference);
  }

  @Override
  public void delete(AccountId owner, String id, Long expectedVersion) {
    UUID user = owner.value();
    Optional<SystemCategory> system = taxonomy().find(id);
    if (system.isPresent()) {
      throw new ConflictException(
          "System categories cannot be deleted; hide it instead (PATCH with \"hidden\": true)",
          view(owner, id).orElse(null));
    }
    Category category = categories.findOwn(user, id).orElseThrow(() -> new RecordNotFoundException(NOT_FOUND));
    requireVersion(expectedVersion, category.version(), CategoryTree.ofOwn(category));
    // Observers veto by throwing (a budget still uses the category), which rolls everything back.
    removals.fire(new CategoryRemoved(owner, category.id(), category.parentId()));
    for (MerchantRule rule : rules.ownedBy(user, category.id())) {
      rules.remove(rule);
      sync.deleted(owner, ChangeLog.Entity.RULE, rule.id().toString(), rule.version());
    }
    categories.remove(category);
    sync.deleted(owner, ChangeLog.Entity.CATEGORY, category.id(), category.version());
  }

  private Optional<CategoryView> view(AccountId owner, String id) {
    UUID user = owner.value();
    Optional<SystemCategory> system = taxonomy().find(id);
    if (system.isPresent()) {
      return Optional.of(CategoryTree.ofSystem(system.get(), categories.preference(user, id).orElse(null)));
    }
    return categories.findOwn(user, id).map(CategoryTree::ofOwn);
  }

  private static void requireVersion(Long expected, long current, CategoryView currentView) {
    if (expected != null && expected != current) {
      throw new ConflictException(
          "The category was changed since version " + expected + "; it is now at version " + current, currentView);
    }
  }

  private Taxonomy taxonomy() {
    return systemTaxonomy.current();
  }
}
