package com.duskspendr.notifications.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

  @Test
  void valuesAreEscapedInHtmlButNotInText() {
    MailTemplates.Rendered mail = MailTemplates.render("notification", Locale.ENGLISH, "Subject",
        Map.of("title", "<script>alert(1)</script>", "body", "Tom & Jerry's \"cafe\"", "type", "budget"));
    assertTrue(mail.html().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertFalse(mail.html().contains("<script>"));
    assertTrue(mail.html().contains("Tom &amp; Jerry&#39;s &quot;cafe&quot;"));
    assertTrue(mail.text().contains("<script>alert(1)</script>"));
    assertTrue(mail.text().contains("Tom & Jerry's \"cafe\""));
    assertEquals("Subject", mail.subject());
  }

  @Test
  void theDigestHasItsOwnTemplateShowingItsLinesWithCategoryNamesEscaped() {
    assertEquals("digest", MailTemplates.forNotification("digest"));
    assertEquals("notification", MailTemplates.forNotification("budget"));
    MailTemplates.Rendered mail = MailTemplates.render("digest", Locale.ENGLISH, "Your week",
        Map.of("title", "Your week", "spending", "USD: 9.00 spent\n  <Snacks> & co: 9.00 USD",
            "budgets", "No budgets.", "from", "2026-11-23", "to", "2026-11-29"));
    assertTrue(mail.text().contains("Spending by category (2026-11-23 to 2026-11-29):\nUSD: 9.00 spent\n  <Snacks> & co"),
        mail.text());
    assertTrue(mail.html().contains("<pre style=\"font-family: inherit;\">USD: 9.00 spent\n  &lt;Snacks&gt; &amp; co"),
        mail.html());
    assertTrue(mail.text().contains("Budgets:\nNo budgets."), mail.text());
  }

  @Test
  void aLanguageWithoutTemplatesFallsBackToEnglish() {
    MailTemplates.Rendered mail = MailTemplates.render("verify-address", Locale.forLanguageTag("de-DE"), "s",
        Map.of("link", "https://duskspendr.app/verify-email#token=abc"));
    assertTrue(mail.text().contains("https://duskspendr.app/verify-email#token=abc"));
    assertTrue(mail.html().contains("href=\"https://duskspendr.app/verify-email#token=abc\""));
  }

  @Test
  void replacementTextWithDollarSignsIsTakenLiterally() {
    assertEquals("costs $5 \\o/", MailTemplates.fill("costs {{x}}", Map.of("x", "$5 \\o/"), false));
    assertEquals("missing: ", MailTemplates.fill("missing: {{nothing}}", Map.of(), false));
  }
}
