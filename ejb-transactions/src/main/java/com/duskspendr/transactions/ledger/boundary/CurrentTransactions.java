package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The current state of named transactions, as analysis sees them (compact rows, never entities): analytics
 * reads the transactions the changes feed names through it. An interface of its own beside {@link
 * SpendingHistory}, which callers implement as a lambda in their tests.
 */
public interface CurrentTransactions {

  /** Most ids one call takes. */
  int MAX_IDS = 1_000;

  /**
   * The owner's transactions among {@code ids}, in no particular order: an id that is not the owner's, or no
   * longer exists, is simply absent.
   */
  List<HistoryEntry> current(@NotNull AccountId owner, @NotNull @Size(max = MAX_IDS) Collection<UUID> ids);
}
