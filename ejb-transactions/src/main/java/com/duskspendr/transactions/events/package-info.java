/**
 * The message contracts this context owns and publishes through the platform outbox: the domain events
 * on the domain-events topic (TransactionRecorded, TransactionChanged, TransactionRemoved,
 * BudgetThresholdCrossed, and for shared expenses GroupInvitationCreated, SharedExpenseAdded,
 * SettlementRecorded) and the categorization request on its queue. Each record is one version of its
 * contract; its {@code EVENT} names type, version and destination.
 */
package com.duskspendr.transactions.events;
