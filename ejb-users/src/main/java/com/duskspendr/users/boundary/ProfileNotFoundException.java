package com.duskspendr.users.boundary;

import com.duskspendr.platform.failure.RecordNotFoundException;

/** The account has no profile (deleted, or never created). */
public class ProfileNotFoundException extends RecordNotFoundException {

  public ProfileNotFoundException() {
    super("Profile");
  }
}
