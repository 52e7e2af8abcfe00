package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.everyItem;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Statement import into the ledger, as a user uploading their bank's export does it. */
@ExtendWith(WithIntegrationEnvironment.class)
class ImportApiIT {

  private static final String PATH = "/api/v1/transactions/import";

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
    return authorized(user.accessToken())
        .contentType(contentType)
        .body(file.getBytes(StandardCharsets.UTF_8))
        .post(PATH)
        .then();
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

    upload(user, "text/csv", csv.toString())
        .statusCode(200)
        .body("data.imported", equalTo(1))
        .body("data.duplicates", equalTo(1999));

    String tooLarge = "date,merchant,amount\n" + "2024-02-01,Shop,-1.00\n".repeat(250_000);
    upload(user, "text/csv", tooLarge)
        .statusCode(413)
        .body("error.code", equalTo("PAYLOAD_TOO_LARGE"));
    imported(user).body("data.size()", equalTo(1));
  }
}
