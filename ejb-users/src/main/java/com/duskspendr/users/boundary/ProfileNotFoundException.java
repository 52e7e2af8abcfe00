package com.duskspendr.users.boundary;

import jakarta.ejb.ApplicationException;

/** The account has no profile (deleted, or never created). */
@ApplicationException(rollback = true)
public class ProfileNotFoundException extends RuntimeException {

  public ProfileNotFoundException() {
    super("Profile not found");
  }
}
