package com.duskspendr.web.admin;

/** The broker did not answer a management request (away, or too slow): the caller may retry. */
public class BrokerUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BrokerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
