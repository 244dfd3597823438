package io.zhengku.verifier.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.proof.receipt.VerificationReceipts;
import io.zhengku.signing.pki.Region;
import io.zhengku.signing.pki.RegionCa;
import io.zhengku.signing.pki.TrustAnchors;
import io.zhengku.testkit.Chromium;
import io.zhengku.verifier.testing.AnchoredLicences.Licence;
import io.zhengku.verifier.testing.QrCodePictures;
import io.zhengku.verifier.testing.VerifierApiTest;
import io.zhengku.verifier.testing.VerifierTestEnvironment;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The verification page (核验页) in a real headless Chromium, against Zhejiang's verifier reading Zhejiang's
 * real peer: before anything is verified the clerk sees whether the peer is reachable and its height; a clerk
 * uploads a licence file, pastes a 亮证 QR payload (twice), types a digest, and sees the verdict, the three
 * checks and only the disclosed fields, in Chinese and English.
 */
@MicronautTest
class VerifierPageIT extends VerifierApiTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String HOLDER_NAME = "上海示例科技有限公司";
    private static final String HOLDER_CODE = "91310000MA1FL4B24G";
    private static final RegionCa ZHEJIANG = RegionCa.create(Region.ZHEJIANG, Instant.now().minus(Duration.ofDays(1)));

    @Inject
    EmbeddedServer server;

    private ChromeDriver browser;

    @Override
    public Map<String, String> getProperties() {
        return VerifierTestEnvironment.withReceiptKey(super.getProperties(), ZHEJIANG);
    }

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

    @Test
    void the_page_is_served_at_the_root_in_chinese_and_english() {
        open();

        assertThat(browser.getTitle()).contains("Zhengku").contains("证库核验");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("证库核验")
                .contains("Zhengku Verifier");
        assertThat(browser.findElement(By.id("by-file")).getText()).contains("上传证照文件").contains("Upload");
        assertThat(browser.findElement(By.id("by-token")).getText()).contains("亮证码").contains("QR");
        assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();
    }

    @Test
    void before_anything_is_verified_the_page_shows_the_peer_reachable_and_its_height() {
        open();

        WebElement ledger = awaitLedger("up");

        assertThat(ledger.getText()).contains("浙江 Zhejiang").contains("节点可访问")
                .contains("peer is reachable")
                .containsPattern("区块高度 Block height \\d+").contains("北京时间");
        assertThat(Long.parseLong(ledger.getAttribute("data-height"))).isPositive();
        assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();
    }

    @Test
    void the_ledger_state_is_asked_again_while_the_page_is_open() {
        open();
        long first = Long.parseLong(awaitLedger("up").getAttribute("data-height"));
        String checked = browser.findElement(By.id("ledger-detail")).getText();

        anchored(DocumentStatus.ACTIVE);

        waiting(Duration.ofSeconds(30)).until(page -> ledgerIs(page, "up")
                && !checked.equals(page.findElement(By.id("ledger-detail")).getText())
                && Long.parseLong(page.findElement(By.id("ledger")).getAttribute("data-height")) > first);
    }

    @Test
    void an_uploaded_file_of_an_anchored_licence_is_valid() throws Exception {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        Path file = Files.createTempDirectory("verifier-page").resolve("营业执照.pdf");
        Files.write(file, licence.content());
        open();

        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("file-button")).click();
        WebElement verdict = awaitVerdict("VALID");

        assertThat(verdict.getText()).contains("有效").contains("可以信赖").contains("You may rely on it");
        WebElement integrity = browser.findElement(By.id("check-integrity"));
        assertThat(integrity.getAttribute("data-result")).isEqualTo("VALID");
        assertThat(integrity.getAttribute("data-reason")).isEqualTo("CONTENT_MATCHES");
        assertThat(integrity.getText()).contains("完整性").contains("INTEGRITY").contains("CONTENT_MATCHES")
                .contains("未被改动").contains("unaltered");
        assertThat(browser.findElement(By.id("check-status")).getAttribute("data-reason")).isEqualTo("IN_FORCE");
        WebElement issuer = browser.findElement(By.id("check-issuer"));
        assertThat(issuer.getAttribute("data-reason")).isEqualTo("SEAL_REGISTERED");
        assertThat(issuer.getText()).contains("签发方").contains("ISSUER");
        assertThat(browser.findElement(By.id("record")).getText()).contains("上海市黄浦区市场监督管理局")
                .contains("上海 Shanghai").contains(licence.id()).contains(licence.record().transactionId())
                .contains("2026-01-01").contains("2046-01-01");
        assertThat(browser.findElement(By.id("disclosed")).isDisplayed()).isFalse();
    }

    @Test
    void a_pasted_qr_payload_shows_only_the_disclosed_fields_and_a_second_paste_is_refused() throws Exception {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        String token = licence.token(Set.of("holderName"), Optional.empty(), Clock.systemUTC());
        open();

        pasteToken(token);
        WebElement verdict = awaitVerdict("VALID");

        assertThat(browser.findElement(By.id("check-integrity")).getAttribute("data-reason"))
                .isEqualTo("FIELDS_MATCH");
        WebElement disclosed = browser.findElement(By.id("disclosed"));
        assertThat(disclosed.isDisplayed()).isTrue();
        assertThat(disclosed.findElement(By.cssSelector("dd[data-field=holderName]")).getText())
                .isEqualTo(HOLDER_NAME);
        assertThat(disclosed.getText()).contains("持证主体").contains("not disclosed");
        assertThat(browser.getPageSource()).doesNotContain(HOLDER_CODE);
        assertThat(browser.findElement(By.id("token")).getAttribute("value")).as("a spent QR code is cleared")
                .isEmpty();
        assertThat(browser.executeScript("return window.localStorage.length + window.sessionStorage.length"))
                .isEqualTo(0L);
        assertThat(browser.executeScript("return document.cookie")).isEqualTo("");
        screenshot(verdict, "verifier-page.png");

        pasteToken(token);
        WebElement replayed = awaitVerdict("INVALID");

        assertThat(replayed.getAttribute("data-reason")).isEqualTo("TOKEN_REPLAYED");
        assertThat(replayed.getText()).contains("无效").contains("TOKEN_REPLAYED").contains("已经核验过");
        assertThat(browser.findElement(By.id("disclosed")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("record")).isDisplayed()).isFalse();
        assertThat(browser.getPageSource()).doesNotContain(HOLDER_NAME).doesNotContain(HOLDER_CODE);
    }

    @Test
    void a_chosen_photo_of_the_qr_code_is_read_and_verified_at_once() throws Exception {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        String token = licence.token(Set.of("holderName"), Optional.empty(), Clock.systemUTC());
        Path photo = Files.createTempDirectory("verifier-page").resolve("亮证码.jpg");
        Files.write(photo, QrCodePictures.of(token, "jpg", 30));
        open();

        browser.findElement(By.id("picture")).sendKeys(photo.toAbsolutePath().toString());
        awaitVerdict("VALID");

        assertThat(browser.findElement(By.cssSelector("#disclosed dd[data-field=holderName]")).getText())
                .isEqualTo(HOLDER_NAME);
        assertThat(browser.findElement(By.id("picture")).getAttribute("value")).as("the picture is let go").isEmpty();
    }

    @Test
    void a_picture_without_a_qr_code_says_to_take_it_again_or_paste() throws Exception {
        Path blank = Files.createTempDirectory("verifier-page").resolve("blank.png");
        Files.write(blank, QrCodePictures.encode(new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB), "png"));
        open();

        browser.findElement(By.id("picture")).sendKeys(blank.toAbsolutePath().toString());
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));

        assertThat(error.getAttribute("data-code")).isEqualTo("qr-not-found");
        assertThat(error.getText()).contains("重拍").contains("paste the QR content");
    }

    @Test
    void a_revoked_licence_typed_by_its_sha256_is_revoked() throws Exception {
        Licence licence = anchored(DocumentStatus.REVOKED);
        open();

        browser.findElement(By.id("value")).sendKeys(licence.sha256());
        browser.findElement(By.id("value-button")).click();
        WebElement verdict = awaitVerdict("REVOKED");

        assertThat(verdict.getText()).contains("已吊销").contains("revoked");
        WebElement status = browser.findElement(By.id("check-status"));
        assertThat(status.getAttribute("data-result")).isEqualTo("INVALID");
        assertThat(status.getAttribute("data-reason")).isEqualTo("REVOKED");
        assertThat(browser.findElement(By.id("check-integrity")).getAttribute("data-reason"))
                .isEqualTo("DIGEST_ONLY");
        assertThat(browser.findElement(By.cssSelector("#record dd[data-field=status]")).getText())
                .contains("已吊销");
        screenshot(verdict, "verifier-page-revoked.png");
    }

    @Test
    void a_receipt_asked_for_on_the_page_downloads_as_the_signed_json() throws Exception {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        open();

        browser.findElement(By.id("want-receipt")).click();
        browser.findElement(By.id("value")).sendKeys(licence.sha256());
        browser.findElement(By.id("value-button")).click();
        awaitVerdict("VALID");
        WebElement link = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-link")));
        String receipt = (String) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('receipt-link').href).then(r => r.text()).then(done);");

        assertThat(link.getAttribute("download")).startsWith("receipt-verifier-zhejiang-").endsWith(".json");
        Map<?, ?> payload = VerificationReceipts.verify(receipt.getBytes(StandardCharsets.UTF_8),
                TrustAnchors.of(ZHEJIANG.rootCertificates()));
        assertThat(payload.get("verdict")).isEqualTo("VALID");
        assertThat(((Map<?, ?>) payload.get("document")).get("sha256")).isEqualTo(licence.sha256());
    }

    @Test
    void a_link_naming_a_licence_verifies_on_opening_but_a_token_in_the_address_is_ignored() {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        String token = licence.token(Set.of("holderName"), Optional.empty(), Clock.systemUTC());

        browser.get(server.getURL() + "/?id=" + licence.id());
        awaitVerdict("VALID");
        assertThat(browser.findElement(By.id("value")).getAttribute("value")).isEqualTo(licence.id());

        browser.get(server.getURL() + "/?token=" + token);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("by-token")));
        assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();
        assertThat(verifier.verifyToken(token).verdict()).as("the token was not spent by the page").isEqualTo("VALID");
    }

    @Test
    void an_identifier_nothing_is_anchored_under_is_unknown() {
        Licence never = issuer.neverAnchored();
        open();

        browser.findElement(By.id("value")).sendKeys(never.id());
        browser.findElement(By.id("value-button")).click();
        WebElement verdict = awaitVerdict("UNKNOWN");

        assertThat(verdict.getText()).contains("未找到").contains("NOT_ANCHORED");
        assertThat(browser.findElement(By.id("record")).isDisplayed()).isFalse();
    }

    @Test
    void while_the_ledger_is_unreachable_the_page_says_nothing_was_verified() {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        open();
        awaitLedger("up");
        peer.cut();
        String error;
        String errorCode;
        String ledger;
        try {
            awaitIndexLagging();
            browser.findElement(By.id("value")).sendKeys(licence.sha256());
            browser.findElement(By.id("value-button")).click();
            WebElement shown = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
            error = shown.getText();
            errorCode = shown.getAttribute("data-code");
            ledger = awaitLedger("down").getText();
        } finally {
            restorePeer();
        }

        assertThat(errorCode).isEqualTo("ledger-lagging");
        assertThat(error).contains("账本索引落后").contains("nothing was verified")
                .contains("ledger-lagging").contains("503");
        assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();
        assertThat(ledger).contains("账本暂时无法访问").contains("cannot be reached").contains("503")
                .doesNotContain("Block height");
        Boolean back = waiting(Duration.ofSeconds(30)).until(page -> ledgerIs(page, "up"));
        assertThat(back).as("the page shows the ledger back once it answers").isTrue();
    }

    private void open() {
        browser.get(server.getURL() + "/");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("by-token")));
    }

    private void pasteToken(String token) {
        WebElement field = browser.findElement(By.id("token"));
        field.clear();
        field.sendKeys(token);
        browser.findElement(By.id("token-button")).click();
    }

    /** The verdict banner once the page shows {@code verdict} (a previous answer's banner does not count). */
    private WebElement awaitVerdict(String verdict) {
        By banner = By.cssSelector("#verdict[data-verdict=" + verdict + "]");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(banner));
        return browser.findElement(banner);
    }

    /** The ledger state panel once it shows {@code state} (up, down, none or unreachable). */
    private WebElement awaitLedger(String state) {
        waiting().until(page -> ledgerIs(page, state));
        return browser.findElement(By.id("ledger"));
    }

    private static boolean ledgerIs(WebDriver page, String state) {
        return state.equals(page.findElement(By.id("ledger")).getAttribute("data-state"));
    }

    private WebDriverWait waiting() {
        return waiting(Duration.ofSeconds(15));
    }

    private WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    /** The whole page, not only the window, so that a human can look at the layout of the answer. */
    private void screenshot(WebElement verdict, String name) throws Exception {
        browser.executeScript("arguments[0].scrollIntoView()", verdict);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
