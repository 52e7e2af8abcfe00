package com.duskspendr.transactions.sharing.boundary;

import java.math.BigDecimal;

/**
 * A payment between two members, as the client sent it; the caller is one of the two.
 *
 * @param from who paid; default the caller
 * @param to who received it
 * @param currency ISO 4217; default the group's
 * @param date ISO date; default today in the caller's time zone
 */
public record NewSettlement(String from, String to, BigDecimal amount, String currency, String date) {}
