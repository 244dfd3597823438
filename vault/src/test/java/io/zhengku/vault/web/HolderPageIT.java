package io.zhengku.vault.web;

import static io.zhengku.vault.testing.Fixtures.HOLDER_BUSINESS;
import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.testing.QrImages;
import io.zhengku.testkit.Chromium;
import io.zhengku.vault.testing.VaultApiTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The holder page (亮证页) in a real headless Chromium: a holder loads a licence, ticks two fields and gets a
 * QR code that decodes to a presentation token; a wrong identifier shows the vault's explanation.
 */
@MicronautTest
class HolderPageIT extends VaultApiTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Inject
    EmbeddedServer server;

    private ChromeDriver browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = Chromium.start(Files.createTempDirectory("chromium-profile"));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private void signIn(String licenceId) {
        browser.get(server.getURL() + "/holder/index.html");
        browser.findElement(By.id("token")).sendKeys(tokens.mint(Role.HOLDER, HOLDER_BUSINESS, "shanghai"));
        browser.findElement(By.id("licence")).sendKeys(licenceId);
        browser.findElement(By.id("load-button")).click();
    }

    @Test
    void a_holder_ticks_fields_and_gets_a_qr_code_of_a_presentation() throws Exception {
        String id = vault.upload("/api/v1/licences", shanghai, "l.pdf", "application/pdf", pdf("page"),
                licenceMetadata("W-1")).string("id");

        signIn(id);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("present")));
        browser.findElement(By.cssSelector("#fields input[value=holderName]")).click();
        browser.findElement(By.cssSelector("#fields input[value=validUntil]")).click();
        browser.findElement(By.id("present-button")).click();
        WebElement qr = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("qr")));

        assertThat(browser.getTitle()).contains("Zhengku");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("亮证").contains("Show a licence");
        String src = qr.getAttribute("src");
        String token = QrImages.decode(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)));
        assertThat(token).startsWith("ZK1.");
        browser.executeScript("arguments[0].scrollIntoView()", qr);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("holder-page.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void a_licence_the_holder_does_not_hold_shows_the_vaults_explanation() {
        signIn("1.2.156.3005.2.11100000000013338W011.113101010024795883.20260000001.001.X");

        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));

        assertThat(error.getText()).contains("no licence");
        assertThat(browser.findElement(By.id("present")).isDisplayed()).isFalse();
    }
}
