package com.duskspendr.notifications.delivery.control;

import java.util.Map;

/** What an account mail delivery stores until it is sent: the template, the subject and its values. */
public class AccountMailPayload {

  public String template;
  public String subject;
  public Map<String, String> values;

  public AccountMailPayload() {}

  public AccountMailPayload(String template, String subject, Map<String, String> values) {
    this.template = template;
    this.subject = subject;
    this.values = values;
  }
}
