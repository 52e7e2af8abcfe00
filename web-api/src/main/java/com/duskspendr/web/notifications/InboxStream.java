package com.duskspendr.web.notifications;

import com.duskspendr.notifications.inbox.boundary.InboxEntry;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One open {@code text/event-stream} connection: each notification is an event named
 * {@code notification} whose id is the notification's id (what {@code Last-Event-ID} sends back) and
 * whose data is its JSON. Live entries that arrive while the missed ones are replayed wait and follow
 * them, and none is sent twice; a connection that fails or closes ends its subscription.
 */
final class InboxStream {

  private static final Logger LOG = Logger.getLogger(InboxStream.class.getName());

  private final SseEventSink sink;
  private final Sse sse;
  private final Set<UUID> sent = new HashSet<>();
  private List<InboxEntry> waiting = new ArrayList<>();
  private AutoCloseable subscription;

  InboxStream(SseEventSink sink, Sse sse) {
    this.sink = sink;
    this.sse = sse;
  }

  synchronized void subscribed(AutoCloseable subscription) {
    this.subscription = subscription;
  }

  /** Sends the opening comment (so the client knows it is connected), then what it missed, then goes live. */
  synchronized void start(List<InboxEntry> missed) {
    send(sse.newEventBuilder().comment("connected").build());
    missed.forEach(this::sendEntry);
    List<InboxEntry> queued = waiting;
    waiting = null;
    queued.forEach(this::sendEntry);
  }

  synchronized void live(InboxEntry entry) {
    if (waiting != null) {
      waiting.add(entry);
    } else {
      sendEntry(entry);
    }
  }

  private void sendEntry(InboxEntry entry) {
    if (!sent.add(entry.id())) {
      return;
    }
    send(sse.newEventBuilder()
        .id(entry.id().toString())
        .name("notification")
        .mediaType(MediaType.APPLICATION_JSON_TYPE)
        .data(NotificationResponse.class, NotificationResponse.from(entry))
        .build());
  }

  private void send(OutboundSseEvent event) {
    if (sink.isClosed()) {
      close();
      return;
    }
    sink.send(event).whenComplete((ok, failure) -> {
      if (failure != null) {
        LOG.log(Level.FINE, "An inbox stream closed", failure);
        close();
      }
    });
  }

  private void close() {
    try {
      if (subscription != null) {
        subscription.close();
      }
      sink.close();
    } catch (Exception e) {
      LOG.log(Level.FINE, "Closing an inbox stream failed", e);
    }
  }
}
