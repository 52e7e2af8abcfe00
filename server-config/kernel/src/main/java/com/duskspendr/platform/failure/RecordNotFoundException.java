package com.duskspendr.platform.failure;

/** No such record for this user: also when it belongs to another user, whose records are never revealed. */
public class RecordNotFoundException extends DomainException {

  public RecordNotFoundException(String what) {
    super(what + " not found");
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
