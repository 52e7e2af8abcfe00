/**
 * The parsing and duplicate rules of statement import: pure functions over bytes and values, with no
 * container and no database, so that every format quirk is unit-tested.
 */
package com.duskspendr.transactions.imports.control;
