package com.duskspendr.auth.boundary;

import com.duskspendr.platform.identity.AccountId;

/** The account just created. */
public record RegisteredAccount(AccountId id, String email) {}
