/**
 * What a background statement import has done so far ({@code statement_import}), written batch by batch
 * by its worker and read by the progress endpoint.
 */
package com.duskspendr.transactions.imports.entity;
