package com.duskspendr.transactions.imports.control;

import com.duskspendr.transactions.imports.boundary.LineFailure;
import com.duskspendr.transactions.imports.boundary.ParsedLine;
import java.util.List;

/** What a statement held: the lines that could be read, and the ones that could not, each with its line number. */
public record ParsedStatement(List<ParsedLine> lines, List<LineFailure> failures) {

  public ParsedStatement {
    lines = List.copyOf(lines);
    failures = List.copyOf(failures);
  }
}
