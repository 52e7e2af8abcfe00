package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Statement import into the ledger, as a user uploading their bank's export does it. */
@ExtendWith(WithIntegrationEnvironment.class)
class ImportApiIT {

  private static final String PATH = "/api/v1/transactions/import";
  /** Generous: a loaded machine (several builds on two cores) can be ten times slower. */
  private static final Duration IMPORT_PATIENCE = Duration.ofSeconds(180);

  private static final String CSV = """
      Date,Merchant,Amount
      2024-03-01,Corner Coffee,-3.50
      2024-03-02,Fresh Grocer,-45.10
      2024-03-0x,Broken Line,-1.00
      2024-03-04,ACME Payroll,2500
      """;

  private static final String OFX1 = """
      OFXHEADER:100
      DATA:OFXSGML
      VERSION:102
      SECURITY:NONE
      ENCODING:USASCII
      CHARSET:1252
      COMPRESSION:NONE
      OLDFILEUID:NONE
      NEWFILEUID:NONE

      <OFX>
      <BANKMSGSRSV1>
      <STMTTRNRS>
      <TRNUID>1001
      <STMTRS>
      <CURDEF>USD
      <BANKTRANLIST>
      <DTSTART>20240301
      <DTEND>20240331
      <STMTTRN>
      <TRNTYPE>POS
      <DTPOSTED>20240302120000.000[-5:EST]
      <TRNAMT>%s
      <FITID>202403020001
      <NAME>STARBUCKS #123
      <MEMO>Coffee &amp; bagel
      </STMTTRN>
      <STMTTRN>
      <TRNTYPE>DIRECTDEP
      <DTPOSTED>20240315
      <TRNAMT>2500.00
      <FITID>202403150001
      <NAME>ACME CORP PAYROLL
      </STMTTRN>
      </BANKTRANLIST>
      </STMTRS>
      </STMTTRNRS>
      </BANKMSGSRSV1>
      </OFX>
      """;

  private static final String OFX2 = """
      <?xml version="1.0" encoding="UTF-8" standalone="no"?>
      <?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
      <OFX>
        <CREDITCARDMSGSRSV1>
          <CCSTMTTRNRS>
            <TRNUID>0</TRNUID>
            <CCSTMTRS>
              <CURDEF>EUR</CURDEF>
              <CCACCTFROM><ACCTID>4111111111111111</ACCTID></CCACCTFROM>
              <BANKTRANLIST>
                <DTSTART>20240501</DTSTART>
                <DTEND>20240531</DTEND>
                <STMTTRN>
                  <TRNTYPE>DEBIT</TRNTYPE>
                  <DTPOSTED>20240503</DTPOSTED>
                  <TRNAMT>-42.10</TRNAMT>
                  <FITID>CC-2024-05-03-A</FITID>
                  <NAME>Café Müller</NAME>
                  <MEMO>Lunch &lt;team&gt;</MEMO>
                </STMTTRN>
                <STMTTRN>
                  <TRNTYPE>DEBIT</TRNTYPE>
                  <DTPOSTED>20240503</DTPOSTED>
                  <TRNAMT>-42.10</TRNAMT>
                  <FITID>CC-2024-05-03-B</FITID>
                  <NAME>Café Müller</NAME>
                </STMTTRN>
                <STMTTRN>
                  <TRNTYPE>CREDIT</TRNTYPE>
                  <DTPOSTED>20240510120000</DTPOSTED>
                  <TRNAMT>15.00</TRNAMT>
                  <FITID>CC-2024-05-10-B</FITID>
                  <NAME>Online Shop Refund</NAME>
                </STMTTRN>
              </BANKTRANLIST>
            </CCSTMTRS>
          </CCSTMTTRNRS>
        </CREDITCARDMSGSRSV1>
      </OFX>
      """;

  private static ValidatableResponse upload(ApiClient.Session user, String contentType, String file) {
    return upload(user, contentType, file.getBytes(StandardCharsets.UTF_8));
  }

  /** The bytes exactly as given, with exactly this content type (no charset added by the client library). */
  private static ValidatableResponse upload(ApiClient.Session user, String contentType, byte[] file) {
    return authorized(user.accessToken())
        .config(io.restassured.RestAssured.config().encoderConfig(
            io.restassured.config.EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
        .contentType(contentType)
        .body(file)
        .post(PATH)
        .then();
  }

  /**
   * The large imports here put tens of thousands of events in the outbox, which the relay sends in order:
   * test classes that run next (in the same system) expect their own messages within seconds, so this class
   * leaves only once the outbox is empty again.
   */
  @org.junit.jupiter.api.AfterAll
  static void leaveTheOutboxEmpty() {
    long deadline = System.nanoTime() + IMPORT_PATIENCE.toNanos();
    Object pending;
    do {
      sleep(500);
      pending = ApiClient.request().get("/health/ready").jsonPath()
          .get("checks.find { it.name == 'broker' }.data.outboxPending");
    } while (!"0".equals(String.valueOf(pending)) && System.nanoTime() < deadline);
  }

  /** Polls a background import until it is done or failed; its answer is the last state. */
  static JsonPath awaitImport(ApiClient.Session user, String location) {
    long deadline = System.nanoTime() + IMPORT_PATIENCE.toNanos();
    JsonPath last;
    do {
      last = authorized(user.accessToken()).get(URI.create(location).getPath()).then().statusCode(200).extract().jsonPath();
      String status = last.getString("data.status");
      if ("done".equals(status) || "failed".equals(status)) {
        return last;
      }
      sleep(100);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("Import not finished within " + IMPORT_PATIENCE + ": " + last.prettify());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static ValidatableResponse imported(ApiClient.Session user) {
    return authorized(user.accessToken()).queryParam("source", "bank_import").get("/api/v1/transactions").then().statusCode(200);
  }

  @Test
  void aCsvIsImportedLineByLineAndABadLineIsReportedWithItsNumber() {
    ApiClient.Session user = signedInUser();

    upload(user, "text/csv", CSV)
        .statusCode(200)
        .body("data.imported", equalTo(3))
        .body("data.duplicates", equalTo(0))
        .body("data.failed.line", equalTo(List.of(4)));

    imported(user)
        .body("data.merchantName", equalTo(List.of("ACME Payroll", "Fresh Grocer", "Corner Coffee")))
        .body("data.amount", equalTo(List.of("2500.00", "-45.10", "-3.50")))
        .body("data.currency", everyItem(equalTo("USD")))
        .body("data.source", everyItem(equalTo("bank_import")))
        // each line is categorized like any other create (the categorizer may have filed some already)
        .body("data.categorization.status", everyItem(oneOf("pending", "categorized")));
    authorized(user.accessToken()).get("/api/v1/transactions").then()
        .body("data.size()", equalTo(3));
  }

  @Test
  void importingTheSameFileAgainFindsOnlyDuplicates() {
    ApiClient.Session user = signedInUser();
    upload(user, "text/csv", CSV).statusCode(200).body("data.imported", equalTo(3));

    upload(user, "text/csv", CSV)
        .statusCode(200)
        .body("data.imported", equalTo(0))
        .body("data.duplicates", equalTo(3))
        .body("data.failed.line", equalTo(List.of(4)));
    imported(user).body("data.size()", equalTo(3));
  }

  @Test
  void duplicatesArePerUser() {
    ApiClient.Session alice = signedInUser();
    ApiClient.Session bob = signedInUser();
    upload(alice, "text/csv", CSV).statusCode(200).body("data.imported", equalTo(3));
    upload(alice, "application/x-ofx", OFX1.formatted("-4.75")).statusCode(200).body("data.imported", equalTo(2));

    upload(bob, "text/csv", CSV).statusCode(200).body("data.imported", equalTo(3)).body("data.duplicates", equalTo(0));
    upload(bob, "application/x-ofx", OFX1.formatted("-4.75")).statusCode(200).body("data.imported", equalTo(2));
    imported(bob).body("data.size()", equalTo(5));
    imported(alice).body("data.size()", equalTo(5));
  }

  @Test
  void anOfx1StatementKeepsTheFitidAndReimportingItFindsDuplicatesByIt() {
    ApiClient.Session user = signedInUser();

    upload(user, "application/x-ofx", OFX1.formatted("-4.75"))
        .statusCode(200)
        .body("data.imported", equalTo(2))
        .body("data.duplicates", equalTo(0))
        .body("data.failed.size()", equalTo(0));
    imported(user)
        .body("data.externalId", equalTo(List.of("202403150001", "202403020001")))
        .body("data.merchantName", equalTo(List.of("ACME CORP PAYROLL", "STARBUCKS #123")))
        .body("data.date", equalTo(List.of("2024-03-15", "2024-03-02")))
        .body("data.amount", equalTo(List.of("2500.00", "-4.75")));

    // The bank corrected an amount: the FITID still says it is the same transaction.
    upload(user, "application/x-ofx", OFX1.formatted("-4.95"))
        .statusCode(200)
        .body("data.imported", equalTo(0))
        .body("data.duplicates", equalTo(2));
    imported(user).body("data.size()", equalTo(2));
  }

  @Test
  void anOfx2StatementKeepsTheFitidAndTwoEqualLinesWithDifferentIds() {
    ApiClient.Session user = signedInUser();

    upload(user, "application/vnd.intu.qfx", OFX2)
        .statusCode(200)
        .body("data.imported", equalTo(3))
        .body("data.duplicates", equalTo(0));
    imported(user)
        .body("data.externalId", containsInAnyOrder("CC-2024-05-10-B", "CC-2024-05-03-A", "CC-2024-05-03-B"))
        .body("data.currency", everyItem(equalTo("EUR")))
        .body("data.findAll { it.externalId == 'CC-2024-05-03-A' }[0].merchantName", equalTo("Café Müller"))
        .body("data.findAll { it.externalId == 'CC-2024-05-03-A' }[0].description", equalTo("Lunch <team>"));

    upload(user, "application/octet-stream", OFX2)
        .statusCode(200)
        .body("data.imported", equalTo(0))
        .body("data.duplicates", equalTo(3));
  }

  @Test
  void aLineTheLedgerRefusesIsReportedAndTheRestStored() {
    ApiClient.Session user = signedInUser();
    String csv = "date,merchant,amount\n"
        + "2024-04-01,Bakery,-2.00\n"
        + "2024-04-02," + "M".repeat(300) + ",-3.00\n"
        + "2024-04-03,Butcher,-0.001\n"
        + "2024-04-04,Florist,-12.00\n";

    upload(user, "text/csv", csv)
        .statusCode(200)
        .body("data.imported", equalTo(2))
        .body("data.failed.line", equalTo(List.of(3, 4)))
        .body("data.failed[0].issue", containsString("merchantName"))
        .body("data.failed[1].issue", containsString("amount"));
    imported(user).body("data.merchantName", equalTo(List.of("Florist", "Bakery")));
  }

  @Test
  void aStatementLargerThanTheGeneralBodyCapIsAcceptedUpToTheImportCap() {
    ApiClient.Session user = signedInUser();
    String padding = "x".repeat(600);
    StringBuilder csv = new StringBuilder("date,merchant,amount,padding\n");
    // About 1.25 MB: above the 1 MiB cap of other endpoints. Identical lines: one import, the rest duplicates.
    for (int i = 0; i < 2000; i++) {
      csv.append("2024-02-01,Same Shop,-1.00,").append(padding).append('\n');
    }

    // More lines than a synchronous import takes: 202, then the import resource tells the outcome.
    String location = upload(user, "text/csv", csv.toString()).statusCode(202).extract().header("Location");
    JsonPath done = awaitImport(user, location);
    assertEquals("done", done.getString("data.status"), done.prettify());
    assertEquals(1, done.getInt("data.imported"));
    assertEquals(1999, done.getInt("data.duplicates"));

    String tooLarge = "date,merchant,amount\n" + "2024-02-01,Shop,-1.00\n".repeat(250_000);
    upload(user, "text/csv", tooLarge)
        .statusCode(413)
        .body("error.code", equalTo("PAYLOAD_TOO_LARGE"));
    imported(user).body("data.size()", equalTo(1));
  }

  /** A statement of {@code lines} distinct lines (each its own FITID-like id), line 2 + {@code bad} unreadable. */
  private static String largeCsv(int lines, int bad) {
    StringBuilder csv = new StringBuilder("Date,Merchant,Amount,Transaction ID\n");
    for (int i = 0; i < lines; i++) {
      String date = i == bad ? "2024-13-45" : java.time.LocalDate.of(2024, 1, 1).plusDays(i % 300).toString();
      csv.append(date).append(",Shop ").append(i % 97).append(",-").append(1 + i % 50).append('.').append(10 + i % 90)
          .append(",T").append(i).append('\n');
    }
    return csv.toString();
  }

  @Test
  void aLargeFileIsImportedInTheBackgroundWithProgressAndReimportingItFindsOnlyDuplicates() {
    ApiClient.Session user = signedInUser();
    // The categorizer files every line by this rule: the imported batches are categorized in batches too.
    authorized(user.accessToken()).body(java.util.Map.of("pattern", "shop", "matchType", "prefix",
        "categoryId", "general_merchandise")).post("/api/v1/rules").then().statusCode(201);
    String file = largeCsv(3000, 41);

    var accepted = upload(user, "text/csv", file).statusCode(202)
        .body("data.status", oneOf("queued", "running", "done"))
        .body("data.totalLines", equalTo(3000))
        .extract();
    String location = accepted.header("Location");
    assertTrue(location.endsWith("/api/v1/transactions/imports/" + accepted.path("data.id")), location);

    JsonPath done = awaitImport(user, location);
    assertEquals("done", done.getString("data.status"), done.prettify());
    assertEquals(3000, done.getInt("data.processedLines"));
    assertEquals(2999, done.getInt("data.imported"));
    assertEquals(0, done.getInt("data.duplicates"));
    assertEquals(List.of(43), done.getList("data.failed.line"), "the header is line 1");
    assertTrue(done.getString("data.finishedAt") != null);
    // Stored and listed: the newest page is there; then the categorizer files them.
    imported(user).body("data.size()", equalTo(50));
    long deadline = System.nanoTime() + IMPORT_PATIENCE.toNanos();
    List<String> statuses;
    do {
      sleep(200);
      statuses = imported(user).extract().path("data.categorization.status");
    } while (!statuses.stream().allMatch("rule"::equals) && System.nanoTime() < deadline);
    assertEquals(java.util.Collections.nCopies(50, "rule"), statuses);
    imported(user).body("data.categoryId", everyItem(equalTo("general_merchandise")))
        .body("data.version", everyItem(equalTo(2)));

    String again = upload(user, "text/csv", file).statusCode(202).extract().header("Location");
    JsonPath second = awaitImport(user, again);
    assertEquals(0, second.getInt("data.imported"));
    assertEquals(2999, second.getInt("data.duplicates"));
    assertEquals(List.of(43), second.getList("data.failed.line"));

    // Another user cannot see it: 404 as for a missing one.
    authorized(signedInUser().accessToken()).get(URI.create(location).getPath()).then().statusCode(404)
        .body("error.code", equalTo("NOT_FOUND"));
    authorized(user.accessToken()).get("/api/v1/transactions/imports/not-a-uuid").then().statusCode(404);
  }

  @Test
  void oneUserHasAtMostAFewImportsInFlightAndMoreAreRefusedWithRetryAfter() {
    ApiClient.Session user = signedInUser();
    // Large enough to be still in flight when the next upload arrives a few hundred milliseconds later.
    String file = largeCsv(5_000, -1);
    List<Integer> statuses = new java.util.ArrayList<>();
    List<String> locations = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      var answer = upload(user, "text/csv", file).extract();
      statuses.add(answer.statusCode());
      if (answer.statusCode() == 202) {
        locations.add(answer.header("Location"));
      } else {
        assertEquals(429, answer.statusCode(), answer.asString());
        assertEquals("RATE_LIMITED", answer.path("error.code"));
        assertTrue(Integer.parseInt(answer.header("Retry-After")) >= 1);
      }
    }
    assertTrue(statuses.contains(429), "four 5,000-line uploads in a row: " + statuses);
    assertTrue(locations.size() >= 1 && locations.size() <= 2, statuses.toString());
    // Another account is not held up by this one's limit.
    upload(signedInUser(), "text/csv", CSV).statusCode(200);
    for (String location : locations) {
      assertEquals("done", awaitImport(user, location).getString("data.status"));
    }
    // Each import was complete: the second one found the first one's lines as duplicates, or raced it.
    imported(user).body("data.size()", equalTo(50));
  }

  @Test
  void aQifStatementImportsWithItsDatesDetectedAndTheCurrencyGiven() {
    ApiClient.Session user = signedInUser();
    String qif = "!Type:Bank\nD8/12'24\nT-1,000.00\nN1041\nPFranks Plumbing\nMInvoice 117\nLHome:Repairs\n^\n"
        + "D8/15'24\nT-30.000\nPCITY OF SPRINGFIELD PARKING\n^\n!Type:CCard\nD8/16'24\nT2,450.00\nPACME CORP PAYROLL\n^\n";

    authorized(user.accessToken()).queryParam("currency", "USD")
        .config(io.restassured.RestAssured.config().encoderConfig(
            io.restassured.config.EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
        .contentType("application/qif").body(qif.getBytes(StandardCharsets.UTF_8)).post(PATH).then()
        .statusCode(200)
        .body("data.imported", equalTo(3))
        .body("data.failed", equalTo(List.of()));
    imported(user)
        .body("data.merchantName", equalTo(List.of("ACME CORP PAYROLL", "CITY OF SPRINGFIELD PARKING", "Franks Plumbing")))
        .body("data.date", equalTo(List.of("2024-08-16", "2024-08-15", "2024-08-12")))
        .body("data.amount", equalTo(List.of("2450.00", "-30.00", "-1000.00")))
        .body("data.currency", everyItem(equalTo("USD")))
        .body("data.description", equalTo(java.util.Arrays.asList(null, null, "Invoice 117")));

    // Detected as QIF without a QIF content type; ambiguous dates need dateOrder.
    upload(user, "application/octet-stream", "!Type:Bank\nD03/04/2024\nT-5.00\nPShop\n^\n")
        .statusCode(400).body("error.details.field", equalTo(List.of("dateOrder")));
    authorized(user.accessToken()).queryParam("dateOrder", "DMY")
        .contentType("application/octet-stream").body("!Type:Bank\nD03/04/2024\nT-5.00\nPShop\n^\n".getBytes(StandardCharsets.UTF_8))
        .post(PATH).then().statusCode(200).body("data.imported", equalTo(1));
    imported(user).body("data.date", hasItem("2024-04-03"));
  }

  @Test
  void aCamt053StatementImportsWithCounterpartyRemittanceAndReference() {
    ApiClient.Session user = signedInUser();
    String camt = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
          <GrpHdr><MsgId>1</MsgId><CreDtTm>2024-03-28T22:15:04</CreDtTm></GrpHdr>
          <Stmt><Id>S1</Id><Acct><Id><IBAN>DE14740618130000033626</IBAN></Id><Ccy>EUR</Ccy></Acct>
            <Ntry><Amt Ccy="EUR">23.47</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
              <BookgDt><Dt>2024-03-28</Dt></BookgDt><AcctSvcrRef>REF-1</AcctSvcrRef>
              <NtryDtls><TxDtls><RltdPties><Cdtr><Nm>REWE Markt GmbH Köln</Nm></Cdtr></RltdPties>
                <RmtInf><Ustrd>KARTENZAHLUNG 27.03 18:42</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
            <Ntry><Amt Ccy="EUR">3100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
              <BookgDt><Dt>2024-03-28</Dt></BookgDt><AcctSvcrRef>REF-2</AcctSvcrRef>
              <NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Muster AG</Nm></Dbtr></RltdPties>
                <RmtInf><Ustrd>LOHN 03/2024</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
          </Stmt></BkToCstmrStmt></Document>
        """;

    upload(user, "application/xml", camt).statusCode(200).body("data.imported", equalTo(2));
    imported(user)
        .body("data.merchantName", containsInAnyOrder("REWE Markt GmbH Köln", "Muster AG"))
        .body("data.externalId", containsInAnyOrder("REF-1", "REF-2"))
        .body("data.amount", containsInAnyOrder("-23.47", "3100.00"))
        .body("data.description", containsInAnyOrder("KARTENZAHLUNG 27.03 18:42", "LOHN 03/2024"));
    // Its references make a re-import all duplicates.
    upload(user, "text/xml", camt).statusCode(200).body("data.imported", equalTo(0)).body("data.duplicates", equalTo(2));
  }

  @Test
  void textInTheEncodingItDeclaresOrCarriesKeepsEveryCharacter() {
    ApiClient.Session user = signedInUser();
    String western = "Date,Merchant,Amount\n2024-05-01,Café Zoë Straße,-3.50\n";
    upload(user, "text/csv; charset=windows-1252", western.getBytes(java.nio.charset.Charset.forName("windows-1252")))
        .statusCode(200).body("data.imported", equalTo(1));
    String chinese = "Date,Merchant,Amount\n2024-05-02,北京烤鸭店 王府井,-88.00\n";
    upload(user, "text/csv;charset=\"GB18030\"", chinese.getBytes(java.nio.charset.Charset.forName("GB18030")))
        .statusCode(200).body("data.imported", equalTo(1));
    String utf16 = "\uFEFFDate,Merchant,Amount\n2024-05-03,Ærøskøbing Kro – 東京,-12.00\n";
    upload(user, "text/csv", utf16.getBytes(StandardCharsets.UTF_16LE)).statusCode(200).body("data.imported", equalTo(1));
    String qfx = OFX1.formatted("-7.25").replace("CHARSET:1252", "CHARSET:8859-1")
        .replace("STARBUCKS #123", "Crêperie Élysée").replace("Coffee &amp; bagel", "Crêpe &amp; café")
        .replace("ACME CORP PAYROLL", "Société Générale");
    upload(user, "application/vnd.intu.qfx", qfx.getBytes(StandardCharsets.ISO_8859_1)).statusCode(200)
        .body("data.imported", equalTo(2));

    imported(user).body("data.merchantName", containsInAnyOrder("Café Zoë Straße", "北京烤鸭店 王府井", "Ærøskøbing Kro – 東京",
        "Crêperie Élysée", "Société Générale"))
        .body("data.description", hasItem("Crêpe & café"));

    // Not UTF-8 and no charset said: a clear 400, nothing stored.
    upload(user, "text/csv", western.getBytes(StandardCharsets.ISO_8859_1))
        .statusCode(400)
        .body("error.code", equalTo("VALIDATION_ERROR"))
        .body("error.details[0].field", equalTo("file"))
        .body("error.details[0].issue", containsString("not valid UTF-8"));
    upload(user, "text/csv; charset=klingon", western).statusCode(400).body("error.details[0].field", equalTo("charset"));
    imported(user).body("data.size()", equalTo(5));
  }
}
