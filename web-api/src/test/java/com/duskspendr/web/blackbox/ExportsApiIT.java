package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A data export as a user gets it: requested, followed, downloaded with the signed link and no token, and its
 * transactions.csv imported into a fresh account through the statement import, which then holds the same
 * transactions; deleting the account deletes the export (its link stops working).
 */
@ExtendWith(WithIntegrationEnvironment.class)
class ExportsApiIT {

  @Test
  void anExportRoundTripsThroughTheImportAndItsLinkIsTheOnlyKey() throws Exception {
    ApiClient.Session user = signedInUser();
    Set<String> recorded = new HashSet<>();
    LocalDate day = LocalDate.of(2026, 3, 1);
    for (int i = 0; i < 25; i++) {
      String amount = (i % 5 == 0 ? "" : "-") + (10 + i) + "." + (i % 10) + "5";
      String currency = i % 3 == 0 ? "EUR" : "USD";
      String merchant = "Merchant, \"" + (i % 4) + "\"";
      Map<String, Object> body = new HashMap<>(Map.of("amount", amount, "currency", currency,
          "date", day.plusDays(i).toString(), "merchantName", merchant, "description", "line " + i,
          "categoryId", "food_and_drink.groceries"));
      authorized(user.accessToken()).body(body).post("/api/v1/transactions").then().statusCode(201);
      recorded.add(key(day.plusDays(i).toString(), amount, currency, merchant, "line " + i));
    }
    authorized(user.accessToken()).body(Map.of("pattern", "=cmd|' /C calc'!A0", "matchType", "contains",
        "categoryId", "food_and_drink.groceries")).post("/api/v1/rules").then().statusCode(201);

    String id = authorized(user.accessToken()).post("/api/v1/exports").then().statusCode(202)
        .extract().path("data.id");
    JsonPath export = awaitReady(user, id);
    assertEquals(25, export.getInt("data.exportedTransactions"));
    String url = export.getString("data.downloadUrl");

    byte[] zip = request().get(url).then().statusCode(200).contentType("application/zip").extract().asByteArray();
    Map<String, String> files = unzip(zip);
    assertEquals(Set.of("transactions.csv", "budgets.csv", "categories.csv", "rules.csv", "export.json"),
        files.keySet());
    assertTrue(files.get("rules.csv").contains("'=cmd"), "formula cells are escaped: " + files.get("rules.csv"));
    assertTrue(files.get("export.json").contains(user.email()), "the profile is in export.json");

    request().get(url.replaceAll("signature=[^&]+", "signature=forged")).then().statusCode(404);
    request().get(url.replaceAll("expires=\\d+", "expires=4102444800")).then().statusCode(404);
    ApiClient.Session stranger = signedInUser();
    authorized(stranger.accessToken()).get("/api/v1/exports/" + id).then().statusCode(404);

    ApiClient.Session fresh = signedInUser();
    JsonPath imported = authorized(fresh.accessToken()).contentType("text/csv")
        .body(files.get("transactions.csv").getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/transactions/import").then().statusCode(200).extract().jsonPath();
    assertEquals(25, imported.getInt("data.imported"), imported.prettify());
    List<Map<String, Object>> items = authorized(fresh.accessToken()).get("/api/v1/transactions?limit=200")
        .then().statusCode(200).extract().jsonPath().getList("data");
    Set<String> roundTripped = new HashSet<>();
    for (Map<String, Object> item : items) {
      roundTripped.add(key(String.valueOf(item.get("date")), String.valueOf(item.get("amount")),
          String.valueOf(item.get("currency")), String.valueOf(item.get("merchantName")),
          String.valueOf(item.get("description"))));
    }
    assertEquals(normalized(recorded), normalized(roundTripped));

    authorized(user.accessToken()).body(Map.of("password", ApiClient.PASSWORD)).delete("/api/v1/users/me")
        .then().statusCode(204);
    request().get(url).then().statusCode(404);
  }

  private static String key(String date, String amount, String currency, String merchant, String description) {
    return date + "|" + new java.math.BigDecimal(amount).stripTrailingZeros().toPlainString() + "|" + currency + "|"
        + merchant + "|" + description;
  }

  private static Set<String> normalized(Set<String> keys) {
    return new java.util.TreeSet<>(keys);
  }

  private static JsonPath awaitReady(ApiClient.Session user, String id) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (true) {
      JsonPath export = authorized(user.accessToken()).get("/api/v1/exports/" + id).then().statusCode(200)
          .extract().jsonPath();
      String status = export.getString("data.status");
      if (status.equals("ready")) {
        return export;
      }
      assertTrue(!status.equals("failed") && System.nanoTime() < deadline, "export " + status);
      Thread.sleep(250);
    }
  }

  private static Map<String, String> unzip(byte[] zip) throws Exception {
    Map<String, String> files = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
