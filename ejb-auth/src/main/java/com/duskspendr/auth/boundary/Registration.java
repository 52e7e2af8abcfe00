package com.duskspendr.auth.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a new user gives to open an account. The password policy is checked beyond these constraints. */
public record Registration(
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Size(max = 1024) String password,
    @Size(max = 100) String displayName) {}
