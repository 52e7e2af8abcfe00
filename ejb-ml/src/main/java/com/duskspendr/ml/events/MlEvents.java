package com.duskspendr.ml.events;

/** The name this context signs its messages with ({@code publisher} header). */
public final class MlEvents {

  public static final String PUBLISHER = "ml";

  private MlEvents() {}
}
