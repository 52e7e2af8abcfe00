package com.duskspendr.notifications.webhooks.control;

import com.duskspendr.notifications.delivery.control.ChannelUnavailableException;
import com.duskspendr.notifications.delivery.control.DeliveryChannel;
import com.duskspendr.notifications.delivery.control.DeliveryException;
import com.duskspendr.notifications.delivery.control.DeliveryJob;
import com.duskspendr.notifications.delivery.control.DeliveryRefusedException;
import com.duskspendr.notifications.preferences.boundary.Channel;
import com.duskspendr.platform.identity.AccountId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Webhooks: a signed JSON POST {@code {id, type, version, occurredAt, data}} to each of the user's enabled
 * webhooks that subscribe to the notification's type. The target is checked again before each delivery
 * (see {@link TargetGuard}); redirects are not followed (a redirect could lead anywhere). 2xx is
 * delivered; 410 Gone disables the webhook; anything else is retried on the delivery schedule, and a
 * webhook whose delivery fails for good (24 hours of retries) is disabled.
 *
 * <p>Fault tolerance: a {@code @Timeout} beyond the client's own, and a {@code @Bulkhead} so that slow
 * receivers cannot occupy more than ten threads. No circuit breaker: each webhook is a different
 * receiver, and one integrator's outage must not hold back everyone else's deliveries.
 */
@ApplicationScoped
public class WebhookChannel implements DeliveryChannel {

  public static final String EVENT_ID_HEADER = "X-DuskSpendr-Event-Id";

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  @EJB WebhookLookup webhooks;
  @Inject WebhookSettings settings;

  @Override
  public Channel channel() {
    return Channel.WEBHOOK;
  }

  @Override
  public List<String> targets(AccountId owner, String notificationType) {
    return webhooks.subscribedTo(owner.value(), notificationType).stream().map(UUID::toString).toList();
  }

  @Override
  @Timeout(30_000)
  @Bulkhead(10)
  public Integer send(DeliveryJob job) throws DeliveryException {
    WebhookLookup.Target target = webhooks.target(UUID.fromString(job.target()))
        .orElseThrow(() -> new ChannelUnavailableException("the webhook was deleted"));
    if (!target.enabled()) {
      throw new ChannelUnavailableException("the webhook is disabled");
    }
    var refusal = settings.guard().refusal(target.url());
    if (refusal.isPresent()) {
      throw new DeliveryRefusedException("the webhook URL " + refusal.get(), null, null);
    }
    String body = job.content() == null ? job.payload() : body(job.content());
    long now = Instant.now().getEpochSecond();
    HttpRequest request = HttpRequest.newBuilder(URI.create(target.url()))
        .timeout(Duration.ofMillis(settings.timeoutMillis()))
        .header("Content-Type", "application/json")
        .header("User-Agent", "DuskSpendr-Webhooks/1")
        .header(WebhookSignature.HEADER, WebhookSignature.header(target.secret(), now, body))
        .header(EVENT_ID_HEADER, job.content() == null ? job.id().toString() : job.content().notificationId().toString())
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    HttpResponse<Void> response;
    try {
      response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw DeliveryException.transientFailure("webhook: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeliveryException.transientFailure("interrupted", e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return status;
    }
    if (status == 410) {
      throw new DeliveryRefusedException("the receiver answered 410 Gone", status, null);
    }
    throw new DeliveryException("the receiver answered " + status, false, status, null);
  }

  @Override
  public void gaveUp(DeliveryJob job, String reason) {
    webhooks.disable(UUID.fromString(job.target()), "disabled after a delivery failed for good: " + reason);
  }

  /** The body every receiver gets: stable id (the notification's, also on retries), type, version, data. */
  static String body(DeliveryJob.Content content) {
    JsonObjectBuilder data = Json.createObjectBuilder()
        .add("title", content.title())
        .add("body", content.body());
    content.data().forEach(data::add);
    return Json.createObjectBuilder()
        .add("id", content.notificationId().toString())
        .add("type", content.type())
        .add("version", 1)
        .add("occurredAt", content.createdAt().toString())
        .add("data", data)
        .build()
        .toString();
  }

  /** A ping's body: the same shape, type {@code ping}. */
  public static String pingBody(UUID id, Instant at) {
    return Json.createObjectBuilder()
        .add("id", id.toString())
        .add("type", "ping")
        .add("version", 1)
        .add("occurredAt", at.toString())
        .add("data", Json.createObjectBuilder().add("message", "DuskSpendr webhook test"))
        .build()
        .toString();
  }
}
