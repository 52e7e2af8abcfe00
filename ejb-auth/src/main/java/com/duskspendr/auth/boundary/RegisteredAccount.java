package com.duskspendr.auth.boundary;

/** The account just created. */
public record RegisteredAccount(AccountId id, String email) {}
