package io.reelforge.standalone.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver, both named by path so that Selenium Manager never
 * looks for (or downloads) a browser of its own. One browser serves every console test; each test starts on a fresh
 * page with an empty session storage.
 */
final class ConsoleBrowser implements AutoCloseable {

    /** Where Debian's {@code chromium} and {@code chromium-driver} packages put them; overridable for other systems. */
    private static final Path CHROMIUM = Path.of(System.getProperty("reelforge.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("reelforge.chromedriver", "/usr/bin/chromedriver"));
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final int SCREENSHOT_MAX_HEIGHT = 2400;

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path downloads;
    private final Path screenshots;

    private ConsoleBrowser(ChromeDriver driver, String baseUrl, Path downloads, Path screenshots) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.downloads = downloads;
        this.screenshots = screenshots;
    }

    /** Why the browser tests cannot run here, if they cannot: no Chromium or no chromedriver installed. */
    static Optional<String> missing() {
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                return Optional.of("no " + program + ": install Debian's chromium and chromium-driver"
                        + " (.ci/run does) to run the console's browser tests");
            }
        }
        return Optional.empty();
    }

    static ConsoleBrowser start(String baseUrl, Path downloads, Path screenshots) throws IOException {
        Files.createDirectories(screenshots);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--mute-audio", "--autoplay-policy=no-user-gesture-required", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new ConsoleBrowser(driver, baseUrl, downloads, screenshots);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a console route ({@code #/jobs}) in this tab: signed in as before. */
    void open(String route) {
        open(baseUrl, route);
    }

    /** Opens a console route as served from another address (a proxy in front of the gateway): its own origin. */
    void open(String base, String route) {
        driver.get(base + "/" + route);
    }

    /** A new page load with nothing in session storage: as a new tab. */
    void reset() {
        driver.get(baseUrl + "/#/sign-in");
        driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        desktopSized();
    }

    /** Signs in through the sign-in screen, and waits for the screen it leads to. */
    void signIn(String key) {
        signIn(baseUrl, key);
    }

    /** Signs in to the console as served from that address (the key is kept by that origin's session storage). */
    void signIn(String base, String key) {
        reset();
        driver.get(base + "/#/sign-in");
        driver.executeScript("sessionStorage.clear();");
        WebElement input = awaitElement(By.name("key"));
        input.sendKeys(key);
        input.submit();
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.getCurrentUrl().contains("sign-in"));
    }

    WebElement awaitElement(By by) {
        return awaitElement(by, Duration.ofSeconds(15));
    }

    WebElement awaitElement(By by, Duration timeout) {
        return await().atMost(timeout).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst(),
                        Optional::isPresent).orElseThrow();
    }

    /** The status a job's or a batch's view shows ({@code data-status} of its status line), once it shows one. */
    String shownStatus() {
        return awaitElement(By.cssSelector(".status-line")).getAttribute("data-status");
    }

    /** Types a value into the form field of that name, replacing what it held; returns the field. */
    WebElement fill(String name, String value) {
        WebElement field = awaitElement(By.name(name));
        field.clear();
        field.sendKeys(value);
        return field;
    }

    String text(By by) {
        return awaitElement(by).getText();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /**
     * Saves the whole page (up to {@value #SCREENSHOT_MAX_HEIGHT} pixels) into the test output, named for the screen:
     * the window is made as tall as the page for the moment.
     */
    Path screenshot(String name) throws IOException {
        Dimension before = driver.manage().window().getSize();
        for (int pass = 0; pass < 2; pass++) { // twice: a taller window can make the page taller (vh units)
            long height = (Long) driver.executeScript("window.scrollTo(0, 0);"
                    + " return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight");
            driver.manage().window().setSize(new Dimension(before.width, (int) Math.min(SCREENSHOT_MAX_HEIGHT,
                    Math.max(before.height, height))));
        }
        try {
            Path target = screenshots.resolve(name + ".png");
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
            return target;
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    void phoneSized() {
        driver.manage().window().setSize(PHONE);
    }

    void desktopSized() {
        driver.manage().window().setSize(DESKTOP);
    }

    /** A file the browser saved (a download), once it is complete. */
    Path awaitDownload(String fileName) {
        Path file = downloads.resolve(fileName);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.isRegularFile(file) && Files.size(file) > 0
                        && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
