package com.duskspendr.notifications.push.control;

import com.duskspendr.notifications.delivery.control.DeliveryException;
import com.duskspendr.notifications.delivery.control.DeliveryRefusedException;
import com.duskspendr.notifications.delivery.control.ProviderCalls;
import com.duskspendr.notifications.push.boundary.Platform;
import com.duskspendr.notifications.webhooks.control.WebhookSettings;
import com.zerodeplibs.webpush.PushSubscription;
import com.zerodeplibs.webpush.httpclient.StandardHttpClientRequestPreparer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Web Push (RFC 8030) to the subscription's endpoint, the payload encrypted for the browser (RFC 8291,
 * aes128gcm) and the request signed with the server's VAPID key (RFC 8292), both by zerodep-web-push-java.
 * The endpoint is the browser's push service, chosen by the client: it is checked as a webhook URL is, at
 * registration and before every send (no loopback, private or metadata address), and redirects are not
 * followed. 201 is delivered; 404 and 410 mean the subscription is gone.
 */
@ApplicationScoped
public class WebPushProvider implements PushProvider {

  private static final HttpClient HTTP = ProviderCalls.client().build();

  @Inject VapidKeys keys;
  @Inject WebhookSettings targets;

  @Inject
  @ConfigProperty(name = "duskspendr.push.webpush.subject", defaultValue = "mailto:no-reply@duskspendr.app")
  String subject;

  @Inject
  @ConfigProperty(name = "duskspendr.push.timeout-millis", defaultValue = "10000")
  int timeoutMillis;

  @Override
  public Platform platform() {
    return Platform.WEBPUSH;
  }

  @Override
  public boolean configured() {
    return true;
  }

  @Override
  public String setting() {
    return "duskspendr.push.webpush.public-key";
  }

  @Override
  @Timeout(30_000)
  @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000,
      skipOn = DeliveryRefusedException.class)
  public int send(PushTarget device, PushContent content) throws DeliveryException {
    var refusal = targets.guard().refusal(device.token());
    if (refusal.isPresent()) {
      throw new DeliveryRefusedException("the push endpoint " + refusal.get(), null, null);
    }
    PushSubscription subscription = new PushSubscription();
    subscription.setEndpoint(device.token());
    PushSubscription.Keys subscriptionKeys = new PushSubscription.Keys();
    subscriptionKeys.setP256dh(device.p256dh());
    subscriptionKeys.setAuth(device.auth());
    subscription.setKeys(subscriptionKeys);
    String payload = Json.createObjectBuilder()
        .add("id", content.notificationId().toString())
        .add("type", content.type())
        .add("title", content.title())
        .add("body", content.body())
        .add("data", content.dataJson())
        .build().toString();
    var builder = StandardHttpClientRequestPreparer.getBuilder()
        .pushSubscription(subscription)
        .vapidJWTExpiresAfter(12, TimeUnit.HOURS)
        .vapidJWTSubject(subject)
        .pushMessage(payload)
        .ttl(24, TimeUnit.HOURS);
    HttpRequest request = (content.urgent() ? builder.urgencyHigh() : builder.urgencyNormal())
        .build(keys.pair())
        .toRequestBuilder()
        .timeout(Duration.ofMillis(timeoutMillis))
        .build();
    HttpResponse<String> response = ProviderCalls.exchange(HTTP, request, "Web Push");
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return status;
    }
    if (status == 404 || status == 410) {
      throw new DeviceGoneException("the push service answered " + status + ": the subscription is gone", status);
    }
    if (ProviderCalls.retryable(status)) {
      throw new DeliveryException("the push service answered " + status, false, status, null);
    }
    throw new DeliveryRefusedException("the push service refused it: " + status, status, null);
  }
}
