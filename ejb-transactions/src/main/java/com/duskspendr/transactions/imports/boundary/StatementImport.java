package com.duskspendr.transactions.imports.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;

/** Imports a bank statement into the user's transactions, skipping what they already have. */
public interface StatementImport {

  /**
   * @throws com.duskspendr.platform.failure.InvalidInputException when the file as a whole cannot be
   *     read (field {@code file}) or an option is wrong (the option's name); bad lines are reported, not thrown
   */
  ImportReport importStatement(@NotNull AccountId owner, @NotNull StatementUpload upload);
}
