package com.duskspendr.transactions.categories.boundary;

/**
 * Changes to a category; null leaves a field as it is. On a system category, {@code name} and {@code hidden}
 * change only what this user sees, and its icon cannot be changed.
 *
 * @param expectedVersion when present, the change applies only if the category still has this version
 */
public record CategoryPatch(String name, String icon, Boolean hidden, Long expectedVersion) {}
