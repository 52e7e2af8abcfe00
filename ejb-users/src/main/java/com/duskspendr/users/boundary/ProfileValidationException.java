package com.duskspendr.users.boundary;

import com.duskspendr.platform.failure.InvalidInputException;
import java.util.List;

/** One or more profile fields are invalid; nothing was changed. */
public class ProfileValidationException extends InvalidInputException {

  public ProfileValidationException(List<FieldIssue> issues) {
    super("The profile update is invalid", issues);
  }
}
