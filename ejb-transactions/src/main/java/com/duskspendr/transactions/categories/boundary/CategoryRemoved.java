package com.duskspendr.transactions.categories.boundary;

import com.duskspendr.platform.identity.AccountId;

/**
 * Fired synchronously (CDI) inside the transaction that deletes a user's own subcategory, before the row
 * goes. An observer that cannot accept the removal (a budget still uses the category) throws, which rolls
 * the deletion back; the ledger may observe it to re-file the category's transactions under {@code
 * parentId}.
 */
public record CategoryRemoved(AccountId owner, String categoryId, String parentId) {}
