package com.duskspendr.transactions.imports.control;

import com.duskspendr.transactions.imports.boundary.LineFailure;
import com.duskspendr.transactions.imports.boundary.ParsedLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads ISO 20022 CAMT.053 bank-to-customer statements (any version, 001.02 to 001.13: elements are
 * matched by local name, whatever the namespace). Each {@code Stmt/Ntry} becomes a line: {@code Amt} with
 * its {@code Ccy}, negative when {@code CdtDbtInd} is {@code DBIT}; {@code BookgDt} ({@code Dt}, or the date
 * of {@code DtTm}), else {@code ValDt}; the counterparty from the related parties of its first transaction
 * details (the creditor of a debit, the debtor of a credit; {@code Nm} or, from version 8, {@code Pty/Nm})
 * as the merchant; the unstructured remittance text ({@code RmtInf/Ustrd}, joined) or {@code AddtlNtryInf}
 * as the description; {@code AcctSvcrRef} (else {@code NtryRef}) as the external id. Entries still
 * {@code PDNG} (pending, version 2's {@code Sts} or a later {@code Sts/Cd}) are not booked and are skipped.
 *
 * <p>The XML parser refuses doctypes and external entities: a statement is hostile input like any other.
 */
public final class CamtStatementParser {

  private final ImportLimits limits;

  public CamtStatementParser(ImportLimits limits) {
    this.limits = limits;
  }

  /** Whether the bytes look like a CAMT.053 document rather than OFX 2 or CSV. */
  public static boolean looksLikeCamt(byte[] content) {
    String start = new String(content, 0, Math.min(content.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1);
    return start.contains("BkToCstmrStmt") || start.contains("camt.053");
  }

  public ParsedStatement parse(byte[] content) {
    Document document = read(content);
    Element root = document.getDocumentElement();
    Element statementGroup = child(root, "BkToCstmrStmt");
    if (!"Document".equals(root.getLocalName()) || statementGroup == null) {
      throw new StatementException("file", "is not a CAMT.053 statement: it has no Document/BkToCstmrStmt");
    }
    List<ParsedLine> lines = new ArrayList<>();
    List<LineFailure> failures = new ArrayList<>();
    int entries = 0;
    for (Element statement : children(statementGroup, "Stmt")) {
      String accountCurrency = text(child(child(statement, "Acct"), "Ccy"));
      for (Element entry : children(statement, "Ntry")) {
        if (++entries > limits.maxLines()) {
          throw new StatementException("file", "has more than " + limits.maxLines() + " entries; split it");
        }
        read(entry, entries, accountCurrency, lines, failures);
      }
    }
    return new ParsedStatement(lines, failures);
  }

  /** One entry; {@code number} (its position in the file) stands for the line number in failures. */
  private static void read(Element entry, int number, String accountCurrency, List<ParsedLine> lines,
      List<LineFailure> failures) {
    Element statusElement = child(entry, "Sts");
    // Version 2 writes the code itself, version 8 and later an aggregate Sts/Cd.
    String status = child(statusElement, "Cd") != null ? text(child(statusElement, "Cd")) : text(statusElement);
    if ("PDNG".equalsIgnoreCase(status) || "INFO".equalsIgnoreCase(status)) {
      return;
    }
    Element amountElement = child(entry, "Amt");
    String amountText = text(amountElement);
    BigDecimal amount = amountText == null ? null : Amounts.parse(amountText, '.');
    if (amount == null) {
      failures.add(new LineFailure(number, "entry " + number + ": Amt '" + amountText + "' is not a number"));
      return;
    }
    String indicator = text(child(entry, "CdtDbtInd"));
    if (!"DBIT".equals(indicator) && !"CRDT".equals(indicator)) {
      failures.add(new LineFailure(number, "entry " + number + ": CdtDbtInd must be CRDT or DBIT"));
      return;
    }
    boolean debit = "DBIT".equals(indicator);
    amount = debit ? amount.abs().negate() : amount.abs();
    String currencyText = amountElement.getAttribute("Ccy");
    String currency = CsvStatementParser.currencyOrNull(currencyText.isEmpty() ? accountCurrency : currencyText);
    if (currency == null) {
      failures.add(new LineFailure(number, "entry " + number + ": currency '" + currencyText + "' is not an ISO 4217 code"));
      return;
    }
    LocalDate date = date(child(entry, "BookgDt"));
    if (date == null) {
      date = date(child(entry, "ValDt"));
    }
    if (date == null) {
      failures.add(new LineFailure(number, "entry " + number + ": has no readable BookgDt or ValDt"));
      return;
    }
    Element details = child(child(entry, "NtryDtls"), "TxDtls");
    String counterparty = counterparty(details, debit);
    String remittance = remittance(details);
    if (remittance == null) {
      remittance = text(child(entry, "AddtlNtryInf"));
    }
    String reference = text(child(entry, "AcctSvcrRef"));
    if (reference == null) {
      reference = text(child(entry, "NtryRef"));
    }
    counterparty = cut(counterparty);
    remittance = cut(remittance);
    if (reference != null && reference.length() > ImportLimits.MAX_EXTERNAL_ID_LENGTH) {
      failures.add(new LineFailure(number, "entry " + number + ": AcctSvcrRef is longer than "
          + ImportLimits.MAX_EXTERNAL_ID_LENGTH + " characters"));
      return;
    }
    lines.add(new ParsedLine(number, date, amount, currency, counterparty, remittance, reference));
  }

  /** The other party: for money out, whom it was paid to; for money in, who paid. */
  private static String counterparty(Element details, boolean debit) {
    Element parties = child(details, "RltdPties");
    Element party = child(parties, debit ? "Cdtr" : "Dbtr");
    String name = text(child(party, "Nm"));
    if (name == null) {
      name = text(child(child(party, "Pty"), "Nm"));
    }
    return name;
  }

  private static String remittance(Element details) {
    Element info = child(details, "RmtInf");
    List<String> parts = new ArrayList<>();
    for (Element unstructured : children(info, "Ustrd")) {
      String part = text(unstructured);
      if (part != null) {
        parts.add(part);
      }
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  /** Remittance text may run to 140 characters a line over many lines: what fits is kept, never refused. */
  private static String cut(String value) {
    return value == null || value.length() <= ImportLimits.MAX_TEXT_LENGTH
        ? value : value.substring(0, ImportLimits.MAX_TEXT_LENGTH);
  }

  private static LocalDate date(Element dateChoice) {
    String day = text(child(dateChoice, "Dt"));
    if (day == null) {
      String dateTime = text(child(dateChoice, "DtTm"));
      day = dateTime == null || dateTime.length() < 10 ? null : dateTime.substring(0, 10);
    }
    try {
      return day == null ? null : LocalDate.parse(day);
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  private static Document read(byte[] content) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(content));
    } catch (SAXParseException malformed) {
      throw new StatementException("file", "is not well-formed XML (line " + malformed.getLineNumber() + "): "
          + malformed.getMessage());
    } catch (SAXException | IOException malformed) {
      throw new StatementException("file", "is not well-formed XML: " + malformed.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser lacks a security feature", e);
    }
  }

  private static Element child(Element parent, String localName) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static String text(Element element) {
    if (element == null) {
      return null;
    }
    String text = element.getTextContent().strip().replaceAll("\\s+", " ");
    return text.isEmpty() ? null : text;
  }
}
