package com.duskspendr.transactions.categories.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sync.boundary.SyncLimits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;

/**
 * The category tree of one user and their own subcategories. System categories can be renamed and hidden
 * for oneself, never deleted; own subcategories can be created (under a primary only), renamed, hidden and
 * deleted.
 */
public interface CategoryService {

  /** Every primary, in id order, with its system subcategories and the user's own (hidden ones included). */
  List<CategoryView> tree(@NotNull AccountId owner);

  /**
   * One category, without children.
   *
   * @throws com.duskspendr.platform.failure.RecordNotFoundException unknown or another user's
   */
  CategoryView get(@NotNull AccountId owner, @NotNull @Size(max = 100) String id);

  /**
   * The categories with these ids, each exactly as {@link #get} answers it (a system category with the
   * user's name, hidden flag and preference version), read in one query per kind (own, preferences). Ids
   * that are neither a system category nor one of the user's own are absent; the order is unspecified.
   */
  List<CategoryView> getAll(@NotNull AccountId owner, @NotNull @Size(max = SyncLimits.MAX_PAGE_SIZE) Collection<String> ids);

  /**
   * @throws com.duskspendr.platform.failure.InvalidInputException parent not a primary, bad name or icon
   * @throws com.duskspendr.platform.failure.ConflictException the per-user limit is reached, or an own
   *     subcategory of the same name exists under the parent
   */
  CategoryView create(@NotNull AccountId owner, @NotNull NewCategory category);

  /**
   * @throws com.duskspendr.platform.failure.ConflictException stale {@code expectedVersion}; carries the
   *     current category
   */
  CategoryView update(@NotNull AccountId owner, @NotNull @Size(max = 100) String id, @NotNull CategoryPatch patch);

  /**
   * Deletes an own subcategory and the merchant rules that file into it.
   *
   * @throws com.duskspendr.platform.failure.ConflictException a system category, a stale version, or a
   *     category still used by a budget
   */
  void delete(@NotNull AccountId owner, @NotNull @Size(max = 100) String id, Long expectedVersion);
}
