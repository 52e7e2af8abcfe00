package com.duskspendr.transactions.events;

/** The name this context signs its messages with ({@code publisher} header). */
public final class TransactionEvents {

  public static final String PUBLISHER = "transactions";

  private TransactionEvents() {}
}
