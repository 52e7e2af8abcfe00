/**
 * The REST boundary of budgets ({@code /api/v1/budgets}) with their DTOs. Delegates to {@link
 * com.duskspendr.transactions.budgets.boundary.BudgetService}.
 */
package com.duskspendr.web.budgets;
