package com.duskspendr.web.auth;

import jakarta.json.bind.annotation.JsonbNillable;

/** The account just registered. */
@JsonbNillable
public record AccountResponse(String id, String email, String displayName) {}
