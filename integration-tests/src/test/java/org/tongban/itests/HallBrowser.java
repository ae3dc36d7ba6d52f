package org.tongban.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The hall's pages in a real browser: Debian's headless Chromium driven through Debian's chromedriver, both named
 * explicitly so Selenium never looks for (or downloads) a browser or driver of its own; a window of 1366×768, the
 * hall's desktop. Every wait is on an element; {@link #noConsoleErrors()} fails on anything the page logged as SEVERE.
 */
final class HallBrowser implements AutoCloseable {

    static final String DRIVER = "/usr/bin/chromedriver";
    static final String CHROMIUM = "/usr/bin/chromium";

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;

    HallBrowser(String base) {
        this.base = base;
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=zh-CN",
                        "--no-first-run", "--disable-extensions", "--disable-background-networking");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** The element once it is visible. */
    WebElement shown(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void type(String css, String text) {
        WebElement e = shown(css);
        e.clear();
        e.sendKeys(text);
    }

    void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** A file input takes a path (it is not visible as a text field is, so only its presence is awaited). */
    void attach(String css, File file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).sendKeys(file.getAbsolutePath());
    }

    /** Signs in through the shell's form, pressing Enter as a clerk at a keyboard does. */
    void login(String user) {
        open("/");
        type("#login input[name=user]", user);
        type("#login input[name=password]", user + "-demo");
        shown("#login input[name=password]").sendKeys(Keys.ENTER);
        shown("#logout");
    }

    void logout() {
        click("#logout");
        shown("#login");
    }

    /** An applicant's phone (390×844): the public pages must work there too. */
    void phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    /** The hall's desktop again. */
    void desktop() {
        driver.manage().window().setSize(new Dimension(1366, 768));
    }

    /**
     * Saves what the page shows as docs/screenshots/{name}.png when the run was asked to
     * ({@code -Dtongban.screenshots=<dir>}, README); otherwise nothing: the pictures are documentation, not a check.
     */
    void screenshot(String name) throws java.io.IOException {
        String dir = System.getProperty("tongban.screenshots", "");
        if (dir.isBlank()) {
            return;
        }
        java.nio.file.Path target = java.nio.file.Path.of(dir, name + ".png");
        java.nio.file.Files.createDirectories(target.getParent());
        java.nio.file.Files.write(target, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Whatever the pages logged as errors (a failed load, an uncaught exception, a CSP refusal): none. */
    void noConsoleErrors() {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::toString).toList();
        assertEquals(List.of(), errors, "browser console errors");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
