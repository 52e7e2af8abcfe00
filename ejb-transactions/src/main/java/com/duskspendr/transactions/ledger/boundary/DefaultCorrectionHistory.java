package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.categories.control.MerchantNames;
import com.duskspendr.transactions.ledger.entity.CategoryCorrectionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

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
    return corrections
        .latestFor(owner.value(), key)
        .map(c -> new PastCorrection(c.transactionId(), c.toCategory(), c.correctedAt()));
  }

  @Override
  public List<SharedCorrection> sharedByAtLeast(int minDistinctUsers) {
    return corrections.sharedByAtLeast(minDistinctUsers).stream()
        .map(p -> new SharedCorrection(p.merchantKey(), p.categoryId(), p.users()))
        .toList();
  }
}
