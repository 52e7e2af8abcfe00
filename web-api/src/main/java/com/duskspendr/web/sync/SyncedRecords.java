package com.duskspendr.web.sync;

import com.duskspendr.transactions.sync.boundary.ChangeLog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The deployed readers and writers, by entity. Two beans for one entity are a wiring error, found at start-up. */
@ApplicationScoped
public class SyncedRecords {

  @Inject @Any Instance<SyncedRecordReader> readerBeans;
  @Inject @Any Instance<SyncedRecordWriter> writerBeans;

  private final Map<ChangeLog.Entity, SyncedRecordReader> readers = new EnumMap<>(ChangeLog.Entity.class);
  private final Map<ChangeLog.Entity, SyncedRecordWriter> writers = new EnumMap<>(ChangeLog.Entity.class);

  /** For tests: a fixed set. */
  public static SyncedRecords of(List<SyncedRecordReader> readers, List<SyncedRecordWriter> writers) {
    SyncedRecords records = new SyncedRecords();
    readers.forEach(records::add);
    writers.forEach(records::add);
    return records;
  }

  @PostConstruct
  void collect() {
    readerBeans.forEach(this::add);
    writerBeans.forEach(this::add);
  }

  private void add(SyncedRecordReader reader) {
    if (readers.putIfAbsent(reader.entity(), reader) != null) {
      throw new IllegalStateException("Two SyncedRecordReaders for " + reader.entity());
    }
  }

  private void add(SyncedRecordWriter writer) {
    if (writers.putIfAbsent(writer.entity(), writer) != null) {
      throw new IllegalStateException("Two SyncedRecordWriters for " + writer.entity());
    }
  }

  /** Every entity in the feed must have a reader: a missing one is a deployment error, never silently skipped. */
  public SyncedRecordReader reader(ChangeLog.Entity entity) {
    SyncedRecordReader reader = readers.get(entity);
    if (reader == null) {
      throw new IllegalStateException("No SyncedRecordReader is deployed for " + entity.feedName());
    }
    return reader;
  }

  public Optional<SyncedRecordWriter> writer(ChangeLog.Entity entity) {
    return Optional.ofNullable(writers.get(entity));
  }
}
