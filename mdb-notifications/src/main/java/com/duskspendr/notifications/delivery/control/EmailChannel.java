package com.duskspendr.notifications.delivery.control;

import com.duskspendr.notifications.preferences.boundary.Channel;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.users.boundary.Profile;
import com.duskspendr.users.boundary.ProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Email over SMTP: a multipart/alternative mail (plain text, then HTML) from the templates, in the
 * user's language where a template has one. A notification goes to the address of the user's profile;
 * account mail (auth's) to the address it was planned for.
 *
 * <p>Fault tolerance: a timeout beyond the SMTP client's own (a server that accepts and then stalls), and a
 * circuit breaker, so that while the SMTP server is down the remaining mails of a round fail at once and
 * wait for their retry instead of each waiting out its timeout; the other channels are swept in parallel
 * and never wait for this one. Refusals (an address the server rejects) do not trip the breaker.
 */
@ApplicationScoped
public class EmailChannel implements DeliveryChannel {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject MailSettings settings;
  @Inject ProfileService profiles;

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public List<String> targets(AccountId owner, String notificationType) {
    return List.of("");
  }

  @Override
  @Timeout(30_000)
  @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000,
      skipOn = {ChannelUnavailableException.class, DeliveryRefusedException.class})
  public Integer send(DeliveryJob job) throws DeliveryException {
    if (!settings.configured()) {
      throw new ChannelUnavailableException("email is not configured on this server (duskspendr.mail.smtp.host)");
    }
    MailTemplates.Rendered mail;
    String to;
    if (job.content() == null) {
      to = job.target();
      mail = accountMail(job.payload());
    } else {
      Profile profile = profiles.profileOf(new AccountId(job.userId()));
      to = profile.email();
      Map<String, String> values = new HashMap<>(job.content().data());
      values.put("title", job.content().title());
      values.put("body", job.content().body());
      values.put("type", job.content().type().replace('_', ' '));
      mail = MailTemplates.render(MailTemplates.forNotification(job.content().type()),
          Locale.forLanguageTag(profile.preferences().locale()), job.content().title(), values);
    }
    try {
      Transport.send(message(to, mail));
      return 250;
    } catch (SendFailedException e) {
      throw new DeliveryRefusedException("the mail server refused " + to + ": " + e.getMessage(), null, e);
    } catch (AddressException e) {
      throw new DeliveryRefusedException("not a mail address: " + e.getMessage(), null, e);
    } catch (MessagingException e) {
      throw DeliveryException.transientFailure("mail server: " + e.getMessage(), e);
    }
  }

  private MimeMessage message(String to, MailTemplates.Rendered mail) throws MessagingException {
    MimeMessage message = new MimeMessage(settings.session());
    message.setFrom(new InternetAddress(settings.from()));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
    // Least preferred first (RFC 2046): clients that can show HTML show the last part.
    message.setContent(new MimeMultipart("alternative", text, html));
    message.saveChanges();
    return message;
  }

  /** Account mail carries its template, subject and values (AccountMailPayload). */
  private static MailTemplates.Rendered accountMail(String payload) {
    AccountMailPayload mail = JSON.fromJson(payload, AccountMailPayload.class);
    return MailTemplates.render(mail.template, Locale.ENGLISH, mail.subject,
        mail.values == null ? Map.of() : mail.values);
  }
}
