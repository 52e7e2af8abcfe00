package com.duskspendr.transactions.imports.boundary;

/** A line that was not imported, and why, in words a user can act on. */
public record LineFailure(int line, String issue) {}
