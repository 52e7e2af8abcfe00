package com.duskspendr.transactions.errors;

/** No such record for this user: also when it belongs to another user, whose records are never revealed. */
public class RecordNotFoundException extends TransactionsException {

  public RecordNotFoundException(String what) {
    super(what + " not found");
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
