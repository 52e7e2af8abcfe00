/**
 * Shared expenses (SS-215): groups of people who split bills, invited by email; expenses with payers and
 * splits (equal, exact, percentages, shares) rounded exactly to the currency's minor unit; balances per
 * member and currency; settlements and the settle-up plan with the fewest transfers. Inside the personal
 * budget: an expense linked to the payer's ledger transaction makes that transaction count only the payer's
 * share ({@code own_share}), a member can accept their share into their own ledger, and a settlement is a
 * transfer in both ledgers.
 */
package com.duskspendr.transactions.sharing;
