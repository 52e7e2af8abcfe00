/**
 * The REST boundary of categories and merchant rules ({@code /api/v1/categories}, {@code /api/v1/rules}) with
 * their DTOs. Delegates to {@link com.duskspendr.transactions.categories.boundary.CategoryService} and
 * {@link com.duskspendr.transactions.categories.boundary.RuleService}.
 */
package com.duskspendr.web.categories;
