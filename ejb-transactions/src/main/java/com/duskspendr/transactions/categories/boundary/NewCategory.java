package com.duskspendr.transactions.categories.boundary;

/**
 * A user's own subcategory to create.
 *
 * @param parentId a system primary ({@code food_and_drink})
 * @param name 1 to 50 characters
 * @param icon an icon key; null takes the primary's
 */
public record NewCategory(String parentId, String name, String icon) {}
