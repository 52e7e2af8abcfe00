package com.duskspendr.web.blackbox;

import com.duskspendr.web.it.IntegrationEnvironment;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** What the test's SMTP server (GreenMail) received, as a user's mailbox shows it. */
final class Mailbox {

  private Mailbox() {}

  /** Every message received so far addressed to this address. */
  static List<MimeMessage> to(String address) {
    return Arrays.stream(IntegrationEnvironment.get().mail().getReceivedMessages())
        .filter(m -> addressedTo(m, address))
        .toList();
  }

  /** Waits (generously: the machine may be loaded) until this many messages to the address arrived. */
  static List<MimeMessage> await(String address, int count, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    List<MimeMessage> got = to(address);
    while (got.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      got = to(address);
    }
    if (got.size() < count) {
      throw new AssertionError("expected " + count + " mail(s) to " + address + " within " + timeout + ", got " + got.size());
    }
    return got;
  }

  /** The part of a multipart/alternative message with this content type, as text. */
  static String part(MimeMessage message, String type) throws MessagingException, IOException {
    MimeMultipart multipart = (MimeMultipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.isMimeType(type)) {
        return part.getContent().toString();
      }
    }
    throw new AssertionError("no " + type + " part in " + message.getSubject());
  }

  private static boolean addressedTo(MimeMessage m, String address) {
    try {
      return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      return false;
    }
  }
}
