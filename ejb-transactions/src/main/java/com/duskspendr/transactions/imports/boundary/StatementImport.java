package com.duskspendr.transactions.imports.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Imports a bank statement into the user's transactions, skipping what they already have. */
public interface StatementImport {

  /**
   * Imports the whole file before answering.
   *
   * @throws com.duskspendr.platform.failure.InvalidInputException when the file as a whole cannot be
   *     read (field {@code file}) or an option is wrong (the option's name); bad lines are reported, not thrown
   */
  ImportReport importStatement(@NotNull AccountId owner, @NotNull StatementUpload upload);

  /**
   * Reads the file at once (whole-file problems are thrown as by {@link #importStatement}); a small file is
   * then imported before answering (the result has no id), a large one in the background: the result is the
   * queued import, to follow with {@link #progress}.
   *
   * @throws TooManyImportsException the user already has the most imports in flight that one account may
   */
  ImportProgress start(@NotNull AccountId owner, @NotNull StatementUpload upload);

  /** @throws com.duskspendr.platform.failure.RecordNotFoundException also for another user's import */
  ImportProgress progress(@NotNull AccountId owner, @NotNull UUID importId);
}
