package com.duskspendr.notifications.delivery.boundary;

import com.duskspendr.auth.boundary.AccountMail;
import com.duskspendr.notifications.delivery.control.AccountMailbox;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/**
 * Auth's registration mails as real email: selected over auth's logging stand-in for the whole
 * application by its priority. Each mail is planned as a delivery in the registering transaction (so a
 * rolled-back registration mails nothing) and sent by the sweeper like any other, with retries while the
 * SMTP server is away: registration never waits for SMTP, and answers alike whether or not the address
 * was taken.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class MailedAccountMail implements AccountMail {

  @EJB AccountMailbox mailbox;

  @Override
  public void verifyAddress(String email, String token) {
    mailbox.verifyAddress(email, token);
  }

  @Override
  public void registrationAttempted(String email) {
    mailbox.registrationAttempted(email);
  }
}
