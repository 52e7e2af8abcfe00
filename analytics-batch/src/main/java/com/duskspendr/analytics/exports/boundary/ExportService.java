package com.duskspendr.analytics.exports.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The owner's data exports. Another user's export is never found. */
public interface ExportService {

  /** Stores the request and starts the export job. */
  ExportView request(@NotNull AccountId owner);

  List<ExportView> list(@NotNull AccountId owner);

  /** @throws com.duskspendr.platform.failure.RecordNotFoundException */
  ExportView get(@NotNull AccountId owner, String id);

  /**
   * The zip a signed link names, with no caller: the signature stands for the owner.
   *
   * @throws com.duskspendr.platform.failure.RecordNotFoundException when the link is not valid (forged, for
   *     another export, expired) or the export is gone; one answer for all, so a link reveals nothing
   */
  byte[] download(String id, String expires, String signature);
}
