package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.categories.control.MerchantNames;
import com.duskspendr.transactions.ledger.entity.CategoryCorrection;
import com.duskspendr.transactions.ledger.entity.CategoryCorrectionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads the corrections table through its indexes on (user, merchant) and (merchant, category). */
@Stateless
public class DefaultCorrectionHistory implements CorrectionHistory {

  @Inject CategoryCorrectionRepository corrections;

  @Override
  public Optional<PastCorrection> latestFor(AccountId owner, String merchantName) {
    String key = MerchantNames.normalize(merchantName);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return corrections.latestFor(owner.value(), key).map(DefaultCorrectionHistory::past);
  }

  @Override
  public Function<String, Optional<PastCorrection>> latestForAll(AccountId owner, Collection<String> merchantNames) {
    Set<String> keys = new HashSet<>();
    for (String name : merchantNames) {
      String key = MerchantNames.normalize(name);
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    Map<String, CategoryCorrection> latest = corrections.latestForAll(owner.value(), keys);
    return merchantName -> {
      String key = MerchantNames.normalize(merchantName);
      if (!keys.contains(key)) {
        // asked for a name it was not given: answer as a single lookup would (never for a blank name)
        return latestFor(owner, merchantName);
      }
      return Optional.ofNullable(latest.get(key)).map(DefaultCorrectionHistory::past);
    };
  }

  private static PastCorrection past(CategoryCorrection c) {
    return new PastCorrection(c.transactionId(), c.toCategory(), c.correctedAt());
  }

  @Override
  public List<SharedCorrection> sharedByAtLeast(int minDistinctUsers) {
    return corrections.sharedByAtLeast(minDistinctUsers).stream()
        .map(p -> new SharedCorrection(p.merchantKey(), p.categoryId(), p.users()))
        .toList();
  }
}
