package com.duskspendr.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();
  private static final String EMAIL = "Linus.Torvalds@Example.com";

  @Test
  void acceptsALongUnrelatedPassword() {
    assertEquals(List.of(), policy.issues("correct horse battery staple", EMAIL));
  }

  @Test
  void acceptsExactlyTheMinimumAndMaximumLength() {
    assertEquals(List.of(), policy.issues("zq8#Lm2!vR", EMAIL));
    assertEquals(List.of(), policy.issues("zq8#Lm2!vR" + "k7".repeat(507), EMAIL));
  }

  @Test
  void rejectsWhatZxcvbnFindsEasyToGuess() {
    for (String weak : List.of("aaaaaaaaaa", "k7k7k7k7k7k7", "zxcvbnm,./123", "1234567890ab")) {
      List<String> issues = policy.issues(weak, EMAIL);
      assertEquals(1, issues.size(), weak + ": " + issues);
      assertTrue(issues.get(0).startsWith(PasswordPolicy.TOO_GUESSABLE), issues.get(0));
    }
  }

  @Test
  void rejectsAShortPassword() {
    assertEquals(List.of(PasswordPolicy.TOO_SHORT), policy.issues("zq8#Lm2!v", EMAIL));
  }

  @Test
  void countsCharactersNotUtf16Units() {
    // Five emoji are ten UTF-16 units but only five characters.
    assertEquals(List.of(PasswordPolicy.TOO_SHORT), policy.issues("😀😁😂😃😄", EMAIL));
  }

  @Test
  void rejectsAPasswordOverTheMaximum() {
    assertEquals(List.of(PasswordPolicy.TOO_LONG), policy.issues("k7".repeat(512) + "x", EMAIL));
  }

  @Test
  void rejectsThePasswordContainingTheEmailInAnyCase() {
    assertEquals(List.of(PasswordPolicy.CONTAINS_EMAIL), policy.issues("linus.torvalds@example.COM", EMAIL));
    assertEquals(List.of(PasswordPolicy.CONTAINS_EMAIL), policy.issues("my linus.torvalds@example.com!", EMAIL));
  }

  @Test
  void rejectsThePasswordContainingTheLocalPart() {
    assertEquals(List.of(PasswordPolicy.CONTAINS_LOCAL_PART), policy.issues("LINUS.TORVALDS-1991", EMAIL));
  }

  @Test
  void ignoresVeryShortLocalParts() {
    assertEquals(List.of(), policy.issues("jolly good password", "jo@example.com"));
  }

  @Test
  void rejectsACommonPasswordInAnyCase() {
    assertEquals(List.of(PasswordPolicy.TOO_COMMON), policy.issues("password123", EMAIL));
    assertEquals(List.of(PasswordPolicy.TOO_COMMON), policy.issues("QWERTYUIOP", EMAIL));
  }

  @Test
  void reportsEveryBrokenRule() {
    List<String> issues = policy.issues("qwertyuiop", "qwertyuiop@example.com");
    assertEquals(List.of(PasswordPolicy.CONTAINS_LOCAL_PART, PasswordPolicy.TOO_COMMON), issues);
    assertEquals(
        List.of(PasswordPolicy.TOO_SHORT, PasswordPolicy.CONTAINS_LOCAL_PART), policy.issues("bob1", "bob@x.org"));
  }

  @Test
  void theListIsLoadedWithoutItsHeaderOrShortEntries() {
    assertTrue(PasswordPolicy.commonPasswordCount() > 1000, "list loaded");
    assertEquals(List.of(PasswordPolicy.TOO_SHORT), policy.issues("123456", EMAIL));
  }
}
