package com.duskspendr.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoginSubjectsTest {

  @Test
  void namesTheAccountByNormalizedEmailAndTheAddress() {
    LoginSubjects subjects = LoginSubjects.of(EmailAddresses.normalize(" Ada@Example.COM "), "203.0.113.7");
    assertEquals(
        List.of("account:ada@example.com", "address:203.0.113.7", "pair:ada@example.com 203.0.113.7"), subjects.all());
  }

  @Test
  void leavesAnUnknownAddressOut() {
    assertEquals(List.of("account:ada@example.com"), LoginSubjects.of("ada@example.com", " ").all());
    assertEquals(List.of("account:ada@example.com"), LoginSubjects.of("ada@example.com", null).all());
  }
}
