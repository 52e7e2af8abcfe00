/**
 * The statement import use case ({@link com.duskspendr.transactions.imports.boundary.StatementImport}), the
 * values it reads and reports, and the {@link com.duskspendr.transactions.imports.boundary.ImportSink} through
 * which the ledger stores what it imports.
 */
package com.duskspendr.transactions.imports.boundary;
