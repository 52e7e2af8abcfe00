package com.duskspendr.transactions.sharing.boundary;

/**
 * A group to create, as the client sent it.
 *
 * @param name 1 to 100 characters
 * @param currency ISO 4217, the default of the group's expenses; default the creator's preferred currency
 */
public record NewGroup(String name, String currency) {}
