package com.duskspendr.transactions.imports.control;

/**
 * The file as a whole cannot be imported (too large, no header, not a statement); nothing was imported.
 * {@link #field()} names what is wrong: {@code file} or one of the mapping options.
 */
public class StatementException extends RuntimeException {

  private final String field;

  public StatementException(String field, String issue) {
    super(issue);
    this.field = field;
  }

  public String field() {
    return field;
  }

  public String issue() {
    return getMessage();
  }
}
