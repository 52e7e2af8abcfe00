package com.duskspendr.web.request;

import java.io.IOException;

/**
 * The request body is over the configured cap. An {@link IOException} because it is raised while the body is
 * read; JSON parsers and JAX-RS wrap it, and the exception mapping finds it in the cause chain.
 */
public class PayloadTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final long limitBytes;

  public PayloadTooLargeException(long limitBytes) {
    super("The request body is larger than " + limitBytes + " bytes");
    this.limitBytes = limitBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }
}
