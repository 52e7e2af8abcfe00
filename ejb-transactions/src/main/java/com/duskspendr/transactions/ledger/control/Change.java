package com.duskspendr.transactions.ledger.control;

/**
 * One field of a validated patch that is to change; a null {@code Change} leaves the field alone, a change
 * to a null value removes it.
 */
public record Change<T>(T value) {}
