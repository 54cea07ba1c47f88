package io.hikeshi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.hikeshi.support.LocalChrome;
import io.hikeshi.support.TestOidcProvider;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.TestAbortedException;

/**
 * End to end in a real browser (headless Chrome or Chromium, found by {@link LocalChrome}): sign in with the test
 * OpenID Connect provider, open the postmortem drafted on resolve, edit it with a preview, save, move it to review,
 * publish it, and read the published page; find an incident in the list, open it, and read the metrics. Leaves
 * screenshots in target/e2e/. Skipped, saying so, when no browser is found, unless HIKESHI_BROWSER_TEST=required.
 */
@QuarkusTest
@TestProfile(PostmortemBrowserTest.BrowserOnLocalhost.class)
class PostmortemBrowserTest extends WebFlowTest {

    /** The browser opens hikeshi at http://localhost:<random port>, so no other address is configured for forms. */
    public static class BrowserOnLocalhost implements QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("hikeshi.web.base-url", "");
        }
    }

    static final Path SCREENSHOT = Path.of("target/e2e/postmortem-published.png");

    @TestHTTPResource("/")
    URL root;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        LocalChrome chrome = LocalChrome.find().orElseGet(PostmortemBrowserTest::noBrowser);
        ChromeOptions options = new ChromeOptions().setBinary(chrome.browser().toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run",
                        "--window-size=1400,2000", "--lang=en");
        ChromeDriverService.Builder service = new ChromeDriverService.Builder().usingAnyFreePort();
        // Without a chromedriver next to the browser, Selenium Manager finds or fetches the matching one.
        chrome.driver().ifPresent(driver -> service.usingDriverExecutable(driver.toFile()));
        browser = new ChromeDriver(service.build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Skips the test, saying so in the build output, unless CI requires it ({@code HIKESHI_BROWSER_TEST=required}). */
    private static LocalChrome noBrowser() {
        String why = "The browser test (PostmortemBrowserTest) did not run: no Chrome or Chromium was found. To run it, "
                + LocalChrome.HOW_TO_RUN + ".";
        assertThat(LocalChrome.required()).as(why + " HIKESHI_BROWSER_TEST=required makes it mandatory.").isFalse();
        System.err.println("\n[WARNING] " + why + "\n");
        throw new TestAbortedException(why);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signInEditPreviewSaveReviewAndPublish() throws IOException {
        long n = resolvedWithDraft("Certificate expired on checkout --sev 2");
        WebDriverWait wait = aliceSignsIn();

        browser.get(root.toString().replaceAll("/$", "") + "/incidents/" + n + "/postmortem");
        wait.until(ExpectedConditions.titleContains("Postmortem INC-" + n));
        assertThat(browser.findElement(By.className("who")).getText()).contains("Alice Reviewer");
        assertThat(browser.findElement(By.id("pm-status")).getText()).isEqualTo("draft");

        WebElement editor = browser.findElement(By.id("markdown"));
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\n## Reviewer notes\n\nThe **certificate** expired"
                + " <script>alert(1)</script>\n");
        submitWith(By.cssSelector("button[value=preview]"), wait);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rendered"), "Preview — not saved"));
        assertThat(browser.findElements(By.xpath("//article[@id='rendered']//strong[text()='certificate']")))
                .hasSize(1);

        submitWith(By.id("save"), wait);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.message"),
                "Saved as version 2"));
        submitWith(By.cssSelector("button[value=IN_REVIEW]"), wait);
        wait.until(ExpectedConditions.textToBe(By.id("pm-status"), "in review"));
        submitWith(By.cssSelector("button[value=PUBLISHED]"), wait);
        wait.until(ExpectedConditions.textToBe(By.id("pm-status"), "published"));

        WebElement published = browser.findElement(By.id("rendered"));
        assertThat(published.findElement(By.xpath(".//h2[text()='Reviewer notes']")).isDisplayed()).isTrue();
        assertThat(published.getText()).contains("The certificate expired <script>alert(1)</script>",
                "Postmortem: INC-" + n);
        assertThat(browser.findElements(By.id("markdown"))).isEmpty();
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> noticeSaying(slack, "Postmortem published"));

        screenshot(SCREENSHOT);
    }

    @Test
    void findTheIncidentInTheListOpenItAndReadTheMetrics() throws IOException {
        slack.knowsUser(io.hikeshi.support.SlackRequests.DECLARER, "Dana Declarer");
        declareAndWait("Payments queue stuck --sev 1 --service payments");
        inIncidentChannel("started 2000-01-01T09:58:00Z").statusCode(200);
        long n = resolvedWithDraft(null);
        WebDriverWait wait = aliceSignsIn();
        String base = root.toString().replaceAll("/$", "");

        browser.get(base + "/incidents?q=payments");
        wait.until(ExpectedConditions.titleContains("Incidents"));
        WebElement row = browser.findElement(By.xpath("//table[@class='list']//tr[td/a[text()='INC-" + n + "']]"));
        assertThat(row.getText()).contains("Payments queue stuck", "SEV1", "resolved");
        screenshot(Path.of("target/e2e/incidents.png"));

        WebElement page = browser.findElement(By.tagName("html"));
        row.findElement(By.linkText("INC-" + n)).click();
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.titleContains("INC-" + n));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("INC-" + n + " · Payments queue stuck");
        assertThat(browser.findElement(By.className("timeline")).getText()).contains("Declared: Payments queue stuck",
                "Impact began at 2000-01-01 09:58 UTC").doesNotContain("T09:58:00Z");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("@Dana Declarer")
                .doesNotContain("UDECLARER");
        assertThat(browser.findElement(By.linkText("Open the postmortem")).isDisplayed()).isTrue();
        screenshot(Path.of("target/e2e/incident.png"));

        WebElement services = browser.findElement(By.name("services"));
        services.clear();
        services.sendKeys("payments, ledger");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("cause"))).selectByValue("capacity");
        page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector(".labels-form button[value='save']")).click();
        wait.until(ExpectedConditions.stalenessOf(page));
        assertThat(browser.findElement(By.id("labels")).getText()).contains("payments, ledger", "capacity",
                "confirmed", "Alice Reviewer");

        browser.get(base + "/metrics");
        wait.until(ExpectedConditions.titleContains("Metrics"));
        assertThat(browser.findElements(By.cssSelector(".charts svg"))).hasSize(3);
        assertThat(browser.findElement(By.id("by-severity")).getText()).contains("SEV1");
        assertThat(browser.findElement(By.id("by-service")).getText()).contains("ledger 1 1", "payments 1 1");
        assertThat(browser.findElement(By.id("by-cause")).getText()).contains("capacity 1 1");
        screenshot(Path.of("target/e2e/metrics.png"));
    }

    /** The test provider signs Alice in when the browser is sent to it; returns the wait the steps use. */
    private WebDriverWait aliceSignsIn() {
        new TestOidcProvider(new WireMock(wiremockPort), wiremockPort)
                .signsIn("U0ALICE", "Alice Reviewer", "alice@example.com");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // While a form submit replaces the page, chromedriver may answer a look at the old page with an "unknown
        // error" (node not in the document) instead of a stale-element error: poll again rather than fail.
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    private void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(file)).isPositive();
    }

    /** Clicks a form button and waits until the browser has left the page, so later waits read the next page only. */
    private void submitWith(By button, WebDriverWait wait) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        wait.until(ExpectedConditions.stalenessOf(page));
    }
}
