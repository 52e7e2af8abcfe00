package com.duskspendr.auth.boundary;

import com.duskspendr.auth.entity.AccountRepository;
import com.duskspendr.platform.identity.AccountId;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * One primary-key lookup per write ({@code FOR KEY SHARE}: writers of the same account never wait for each
 * other, only a deletion's {@code FOR UPDATE} does). MANDATORY: a lock outside the writer's transaction would
 * be released before the write commits and guard nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultAccountPresence implements AccountPresence {

  @Inject AccountRepository accounts;

  @Override
  public void requirePresent(AccountId owner) {
    if (!accounts.holdExisting(owner.value())) {
      throw new AccountGoneException();
    }
  }
}
