package com.duskspendr.notifications.inbox.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This instance's open inbox streams, by user. The stream resource subscribes a connection; the
 * consumer of {@code NotificationCreated} (every instance receives each one) hands new entries to the
 * owner's subscribers here. Only the listener list is in memory: what a stream misses while it is not
 * connected is replayed from the database on reconnection ({@code Last-Event-ID}).
 */
@ApplicationScoped
public class LiveInbox {

  private static final Logger LOG = Logger.getLogger(LiveInbox.class.getName());

  private final Map<AccountId, Set<Consumer<InboxEntry>>> listeners = new ConcurrentHashMap<>();

  /** @return closing it ends the subscription */
  public AutoCloseable subscribe(AccountId owner, Consumer<InboxEntry> listener) {
    listeners.computeIfAbsent(owner, o -> new CopyOnWriteArraySet<>()).add(listener);
    return () -> listeners.computeIfPresent(owner, (o, set) -> {
      set.remove(listener);
      return set.isEmpty() ? null : set;
    });
  }

  public void deliver(AccountId owner, InboxEntry entry) {
    Set<Consumer<InboxEntry>> set = listeners.get(owner);
    if (set == null) {
      return;
    }
    for (Consumer<InboxEntry> listener : set) {
      try {
        listener.accept(entry);
      } catch (RuntimeException e) {
        // one broken connection must not keep the entry from the owner's other devices
        LOG.log(Level.FINE, "An inbox stream listener failed", e);
      }
    }
  }

  public int openStreams() {
    return listeners.values().stream().mapToInt(Set::size).sum();
  }
}
