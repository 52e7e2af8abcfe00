/**
 * Budgets: a spending limit per category (primary or subcategory) and period, with live progress in the
 * user's time zone and week start, optional rollover, and alerts (BudgetThresholdCrossed) published once
 * per threshold per period.
 */
package com.duskspendr.transactions.budgets;

import com.duskspendr.transactions.events.BudgetThresholdCrossed;
