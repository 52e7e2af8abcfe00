package com.duskspendr.analytics.exports.boundary;

import com.duskspendr.analytics.exports.control.DownloadLinks;
import com.duskspendr.analytics.exports.entity.ExportStore;
import com.duskspendr.analytics.exports.entity.ExportStore.ExportRow;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** NOT_SUPPORTED: the request row commits before the job (another thread) reads it; jobs start outside transactions. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultExportService implements ExportService {

  public static final String JOB = "analytics-export";
  static final String KEY_NAME = "export-links";

  @Inject
  @ConfigProperty(name = "duskspendr.exports.ttl", defaultValue = "P7D")
  Duration ttl;

  @Inject
  @ConfigProperty(name = "duskspendr.exports.link-ttl", defaultValue = "PT15M")
  Duration linkTtl;

  @Inject ExportStore exports;

  @Override
  public ExportView request(AccountId owner) {
    ExportRow row = exports.create(owner.value(), ttl);
    Properties parameters = new Properties();
    parameters.setProperty("exportId", row.id().toString());
    BatchRuntime.getJobOperator().start(JOB, parameters);
    return view(row);
  }

  @Override
  public List<ExportView> list(AccountId owner) {
    return exports.list(owner.value()).stream().map(this::view).toList();
  }

  @Override
  public ExportView get(AccountId owner, String id) {
    return exports.find(uuid(id)).filter(row -> row.userId().equals(owner.value())).map(this::view)
        .orElseThrow(DefaultExportService::notFound);
  }

  @Override
  public byte[] download(String id, String expires, String signature) {
    UUID exportId = uuid(id);
    long expiry;
    try {
      expiry = Long.parseLong(expires);
    } catch (NumberFormatException | NullPointerException notANumber) {
      throw notFound();
    }
    ExportRow row = exports.find(exportId).orElseThrow(DefaultExportService::notFound);
    if (!links().valid(exportId, row.userId(), expiry, signature, Instant.now())) {
      throw notFound();
    }
    return exports.zip(exportId).orElseThrow(DefaultExportService::notFound);
  }

  private ExportView view(ExportRow row) {
    String url = null;
    OffsetDateTime linkExpiry = null;
    if ("ready".equals(row.status())) {
      Instant expiresAt = Instant.now().plus(linkTtl);
      if (expiresAt.isAfter(row.expiresAt().toInstant())) {
        expiresAt = row.expiresAt().toInstant();
      }
      long expiry = expiresAt.getEpochSecond();
      url = "/api/v1/exports/" + row.id() + "/download?expires=" + expiry + "&signature="
          + links().signature(row.id(), row.userId(), expiry);
      linkExpiry = Instant.ofEpochSecond(expiry).atOffset(ZoneOffset.UTC);
    }
    return new ExportView(row.id().toString(), row.status(), row.exportedCount(), row.createdAt(), row.completedAt(),
        row.expiresAt(), url, linkExpiry);
  }

  private DownloadLinks links() {
    return new DownloadLinks(exports.signingKey(KEY_NAME));
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException notAnId) {
      throw notFound();
    }
  }

  private static RecordNotFoundException notFound() {
    return new RecordNotFoundException("Export");
  }
}
