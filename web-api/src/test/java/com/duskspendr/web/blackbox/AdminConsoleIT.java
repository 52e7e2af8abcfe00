package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.login;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.IntegrationEnvironment;
import com.duskspendr.web.it.WithIntegrationEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The ops console in a real browser: Debian's Chromium, headless, driven by Debian's chromedriver through
 * Selenium (both given by path, so Selenium never downloads a driver; the {@code install-chromium} profile
 * installs them where they are missing). It runs against the one system the black-box tests share, signs in as
 * an admin and as a user, and saves a screenshot of each step under {@code target/screenshots}.
 */
@ExtendWith(WithIntegrationEnvironment.class)
class AdminConsoleIT {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static WebDriver browser;
  private static WebDriverWait wait;
  private static String console;

  @BeforeAll
  static void openBrowser() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    console = IntegrationEnvironment.get().systemBaseUri().resolve("/admin/").toString();
    ChromeOptions options = new ChromeOptions()
        .setBinary(System.getProperty("duskspendr.test.chromium", "/usr/bin/chromium"))
        // --no-sandbox: CI and this machine run the tests as root, where Chromium's sandbox cannot start
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1100",
            "--disable-gpu", "--lang=en");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("duskspendr.test.chromedriver", "/usr/bin/chromedriver")))
        .build();
    browser = new ChromeDriver(service, options);
    // Generous: the shared system may be busy with other tests' backlog; this is patience, not a timing check.
    wait = new WebDriverWait(browser, Duration.ofSeconds(90));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void freshPage() {
    // Tokens live in the page's memory only: a fresh load is a signed-out console.
    browser.get(console);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
  }

  private static void signIn(String email, String password) {
    browser.findElement(By.id("login-email")).sendKeys(email);
    browser.findElement(By.id("login-password")).sendKeys(password);
    browser.findElement(By.id("login-submit")).click();
  }

  private static void signInAsAdmin() {
    signIn(IntegrationEnvironment.ADMIN_EMAIL, IntegrationEnvironment.ADMIN_PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-dashboard")));
    wait.until(d -> !d.findElement(By.id("figure-requests")).getText().equals("–"));
  }

  private static void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static void open(String page) {
    browser.findElement(By.id("nav-" + page)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-" + page)));
  }

  @Test
  void aUsersTokenIsRefusedAndTheConsoleSaysSo() throws IOException {
    ApiClient.Session user = signedInUser();
    signIn(user.email(), ApiClient.PASSWORD);
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
    wait.until(ExpectedConditions.textToBePresentInElement(error, "403"));
    assertTrue(error.getText().contains("not an admin"), error.getText());
    assertTrue(browser.findElement(By.id("page-dashboard")).getAttribute("hidden") != null, "no dashboard shown");
    screenshot("console-user-refused");
  }

  @Test
  void theDashboardsFiguresFollowApiTraffic() throws IOException {
    signInAsAdmin();
    long before = Long.parseLong(browser.findElement(By.id("figure-requests")).getText());
    ApiClient.Session user = signedInUser();
    for (int i = 0; i < 25; i++) {
      authorized(user.accessToken()).get("/api/v1/users/me").then().statusCode(200);
    }
    login(user.email(), "a wrong password for the console", null).then().statusCode(401);
    browser.findElement(By.id("refresh")).click();
    wait.until(d -> Long.parseLong(d.findElement(By.id("figure-requests")).getText()) >= before + 27);
    assertTrue(Long.parseLong(browser.findElement(By.id("figure-login-failures")).getText()) >= 1);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("routes"), "GET /v1/users/me"));
    assertTrue(browser.findElement(By.id("health")).getText().contains("UP"));
    assertEquals(2, browser.findElements(By.cssSelector(".charts canvas")).size(), "two charts drawn");
    screenshot("console-dashboard");
  }

  @Test
  void lockingAUserRefusesTheirLogin() throws IOException {
    ApiClient.Session user = signedInUser();
    signInAsAdmin();
    open("users");
    browser.findElement(By.id("user-search")).sendKeys(user.email());
    browser.findElement(By.id("user-search-submit")).click();
    By lock = By.cssSelector("button[data-lock='" + user.email() + "']");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(lock, "Lock"));
    browser.findElement(lock).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("span[data-status-of='" + user.email() + "']"), "locked"));
    screenshot("console-user-locked");

    login(user.email(), ApiClient.PASSWORD, null).then().statusCode(403);
    authorized(user.accessToken()).get("/api/v1/users/me").then().statusCode(401);

    wait.until(ExpectedConditions.textToBePresentInElementLocated(lock, "Unlock"));
    browser.findElement(lock).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("span[data-status-of='" + user.email() + "']"), "active"));
    login(user.email(), ApiClient.PASSWORD, null).then().statusCode(200);
  }

  @Test
  void aReplayedDeadLetterIsConsumed() throws Exception {
    DeadLetters.Curable letter = DeadLetters.curable();
    signInAsAdmin();
    open("queues");
    By browse = By.cssSelector("button[data-browse='DLQ']");
    wait.until(ExpectedConditions.elementToBeClickable(browse)).click();
    By replay = By.xpath("//table[@id='messages']//tr[td/pre[contains(., '" + letter.eventId() + "')]]"
        + "//button[@data-replay]");
    wait.until(ExpectedConditions.elementToBeClickable(replay));
    screenshot("console-dead-letters");
    browser.findElement(replay).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Replayed 1 message"));

    assertEquals(DeadLetters.CATEGORY, DeadLetters.awaitFiled(letter).getString("data.categoryId"));
    browser.findElement(By.id("queues-refresh")).click();
    wait.until(d -> d.findElements(replay).isEmpty());
  }
}
