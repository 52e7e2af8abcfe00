package com.duskspendr.transactions.ledger.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.transactions.imports.boundary.ParsedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerImportSinkTest {

  @Test
  void aLineBecomesABankImportWithItsExternalIdAndNoCategory() {
    ParsedLine line = new ParsedLine(7, LocalDate.of(2024, 3, 2), new BigDecimal("-4.75"), "USD", "STARBUCKS", "Coffee", "F1");

    NewTransaction created = LedgerImportSink.newTransaction(line);

    assertEquals("bank_import", created.source());
    assertEquals("F1", created.externalId());
    assertEquals("2024-03-02", created.date());
    assertEquals(new BigDecimal("-4.75"), created.amount());
    assertEquals("USD", created.currency());
    assertEquals("STARBUCKS", created.merchantName());
    assertEquals("Coffee", created.description());
    assertNull(created.id());
    assertNull(created.categoryId());
  }

  @Test
  void refusalsReadAsTheFieldsAndTheirProblems() {
    var invalid = new InvalidInputException(List.of(
        new FieldIssue("merchantName", "must be at most 200 characters"), new FieldIssue("amount", "must not be zero")));

    assertEquals("merchantName must be at most 200 characters; amount must not be zero", LedgerImportSink.issueOf(invalid));
    assertEquals("Already stored", LedgerImportSink.issueOf(new ConflictException("Already stored", null)));
  }
}
