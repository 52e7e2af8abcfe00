package com.duskspendr.notifications.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Twilio's Messages API: {@code POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json}, form-encoded
 * {@code To}, {@code From} (a number, or {@code MessagingServiceSid} when it is an {@code MG…} service) and
 * {@code Body}, with HTTP basic auth of the account SID and auth token. 201 is accepted; a 400 with an error
 * code about the recipient (invalid number, not a mobile, opted out with STOP, unreachable region) refuses
 * it for good; 429 and 5xx are tried again later. Off until the account is configured.
 */
@ApplicationScoped
public class TwilioSmsGateway implements SmsGateway {

  /** 21211 invalid To, 21408 region not enabled, 21610 unsubscribed (STOP), 21614 not a mobile number. */
  private static final Set<Integer> RECIPIENT_REFUSED = Set.of(21211, 21408, 21610, 21614);

  private static final HttpClient HTTP = ProviderCalls.client().build();

  @Inject
  @ConfigProperty(name = "duskspendr.sms.twilio.base-url", defaultValue = "https://api.twilio.com")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "duskspendr.sms.twilio.account-sid")
  Optional<String> accountSid;

  @Inject
  @ConfigProperty(name = "duskspendr.sms.twilio.auth-token")
  Optional<String> authToken;

  @Inject
  @ConfigProperty(name = "duskspendr.sms.twilio.from")
  Optional<String> from;

  @Inject
  @ConfigProperty(name = "duskspendr.sms.timeout-millis", defaultValue = "10000")
  int timeoutMillis;

  @Override
  public boolean configured() {
    return accountSid.filter(s -> !s.isBlank()).isPresent() && authToken.filter(s -> !s.isBlank()).isPresent()
        && from.filter(s -> !s.isBlank()).isPresent();
  }

  @Override
  public String setting() {
    return "duskspendr.sms.twilio.account-sid, .auth-token, .from";
  }

  @Override
  @Timeout(30_000)
  @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000,
      skipOn = DeliveryRefusedException.class)
  public int send(String to, String text) throws DeliveryException {
    String sender = from.orElseThrow();
    String form = "To=" + encode(to) + (sender.startsWith("MG") ? "&MessagingServiceSid=" : "&From=") + encode(sender)
        + "&Body=" + encode(text);
    String credentials = Base64.getEncoder().encodeToString(
        (accountSid.orElseThrow() + ":" + authToken.orElseThrow()).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(
            URI.create(baseUrl + "/2010-04-01/Accounts/" + encode(accountSid.get()) + "/Messages.json"))
        .timeout(Duration.ofMillis(timeoutMillis))
        .header("Authorization", "Basic " + credentials)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response = ProviderCalls.exchange(HTTP, request, "SMS");
    int status = response.statusCode();
    if (status == 200 || status == 201) {
      return status;
    }
    var answer = ProviderCalls.json(response.body());
    int code = answer.containsKey("code") && answer.get("code").getValueType() == jakarta.json.JsonValue.ValueType.NUMBER
        ? answer.getJsonNumber("code").intValue() : 0;
    if (status == 400 && RECIPIENT_REFUSED.contains(code)) {
      throw new DeliveryRefusedException("the SMS provider refused the number: " + code + " "
          + answer.getString("message", ""), status, null);
    }
    if (ProviderCalls.retryable(status)) {
      throw new DeliveryException("the SMS provider answered " + status, false, status, null);
    }
    throw new DeliveryException("the SMS provider answered " + status + " " + code, status != 401 && status != 403,
        status, null);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
