package com.duskspendr.transactions.imports.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs background imports on the server's managed executor, never on request threads, and at most {@code
 * duskspendr.import.workers} at once per instance: the rest wait in line here (in memory), so a burst of
 * uploads cannot take every pooled thread and database connection. Each user has a limit of their own too
 * (see {@link DefaultStatementImport}), so one account cannot fill the line either.
 */
@ApplicationScoped
public class ImportWorkers {

  private static final Logger LOG = Logger.getLogger(ImportWorkers.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "duskspendr.import.workers", defaultValue = "2")
  int workers;

  private final Deque<Runnable> waiting = new ArrayDeque<>();
  private int running;

  public synchronized void submit(Runnable job) {
    if (running < Math.max(1, workers)) {
      running++;
      executor.execute(() -> runThenNext(job));
    } else {
      waiting.add(job);
    }
  }

  private void runThenNext(Runnable job) {
    Runnable next = job;
    while (next != null) {
      try {
        next.run();
      } catch (RuntimeException failure) {
        LOG.log(Level.WARNING, "A statement import failed", failure);
      }
      next = nextOrRelease();
    }
  }

  private synchronized Runnable nextOrRelease() {
    Runnable next = waiting.poll();
    if (next == null) {
      running--;
    }
    return next;
  }
}
