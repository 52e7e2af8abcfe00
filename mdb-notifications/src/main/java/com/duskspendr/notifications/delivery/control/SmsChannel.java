package com.duskspendr.notifications.delivery.control;

import com.duskspendr.notifications.preferences.boundary.Channel;
import com.duskspendr.notifications.preferences.boundary.PreferencesService;
import com.duskspendr.platform.identity.AccountId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * SMS: one text to the phone number of the user's notification settings, read again when it is sent (a
 * number removed in between receives nothing). The words are the notification's title and body, cut to
 * two SMS segments.
 */
@ApplicationScoped
public class SmsChannel implements DeliveryChannel {

  static final int MAX_LENGTH = 306;

  @EJB PreferencesService preferences;
  @Inject SmsGateway gateway;

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  public List<String> targets(AccountId owner, String notificationType) {
    return preferences.settingsOf(owner).phoneNumber() == null ? List.of() : List.of("");
  }

  @Override
  public Integer send(DeliveryJob job) throws DeliveryException {
    if (job.content() == null && job.payload() == null) {
      throw new ChannelUnavailableException("nothing to text");
    }
    if (!gateway.configured()) {
      throw new ChannelUnavailableException("SMS is not configured on this server (" + gateway.setting() + ")");
    }
    String to = preferences.settingsOf(new AccountId(job.userId())).phoneNumber();
    if (to == null) {
      throw new ChannelUnavailableException("no phone number in the notification settings any more");
    }
    // a notification, or a text of its own (the notice to a number new in the settings)
    return gateway.send(to, job.content() == null ? job.payload() : text(job.content()));
  }

  static String text(DeliveryJob.Content content) {
    String text = "DuskSpendr: " + content.title() + ". " + content.body();
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
  }
}
