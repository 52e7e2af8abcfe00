package com.duskspendr.platform.messaging;

/**
 * A message that can never be processed, however often it is redelivered: a missing or wrong header, a
 * body that is not its contract. Consumers roll its delivery back so that the broker, after its attempts,
 * moves it to the dead-letter address while other messages keep flowing.
 */
public class MalformedMessageException extends RuntimeException {

  public MalformedMessageException(String reason) {
    super(reason);
  }
}
