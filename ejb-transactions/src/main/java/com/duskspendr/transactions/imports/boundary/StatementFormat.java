package com.duskspendr.transactions.imports.boundary;

/** The kinds of statement file import reads. */
public enum StatementFormat {
  CSV,
  /** OFX or QFX, version 1.x (SGML) or 2.x (XML). */
  OFX,
  /** Quicken Interchange Format: {@code !Type:Bank} or {@code !Type:CCard}. */
  QIF,
  /** ISO 20022 CAMT.053, the XML statement European banks export. */
  CAMT053,
  /** Decide from the content: OFX, CAMT.053 or QIF when it starts like one, else CSV. */
  DETECT
}
