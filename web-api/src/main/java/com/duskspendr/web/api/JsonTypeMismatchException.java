package com.duskspendr.web.api;

import jakarta.json.bind.JsonbException;

/** A JSON value of the wrong type for its field; the message is written for the client ("must be a string"). */
public class JsonTypeMismatchException extends JsonbException {

  private static final long serialVersionUID = 1L;

  public JsonTypeMismatchException(String message) {
    super(message);
  }
}
