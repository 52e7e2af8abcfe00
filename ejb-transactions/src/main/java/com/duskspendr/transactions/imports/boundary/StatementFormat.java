package com.duskspendr.transactions.imports.boundary;

/** The kinds of statement file import reads. */
public enum StatementFormat {
  CSV,
  /** OFX or QFX, version 1.x (SGML) or 2.x (XML). */
  OFX,
  /** Decide from the content: OFX when it starts like one, else CSV. */
  DETECT
}
