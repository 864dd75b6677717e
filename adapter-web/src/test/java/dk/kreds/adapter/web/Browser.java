package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, with a fresh profile each time (a fresh browser context), driven by its
 * own chromedriver — never one downloaded at run time. Absent Chromium skips the test locally and fails
 * it under {@code CI=true}.
 */
final class Browser implements AutoCloseable {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private final Path profile;
  private final String base;

  private Browser(String base) {
    this.base = base;
    try {
      profile = Files.createTempDirectory("kreds-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--window-size=1200,1600", "--lang=da-DK", "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "da"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  /** A fresh browser on the server at {@code base}; skips (or fails under CI) without Chromium. */
  static Browser open(String base) {
    boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true but /usr/bin/chromium or /usr/bin/chromedriver is missing: .ci/run installs them");
    }
    Assumptions.assumeTrue(present, "Chromium and chromedriver are not installed");
    return new Browser(base);
  }

  void go(String path) {
    driver.get(path.startsWith("http") ? path : base + path);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  /** Sets a date or time input the way a picker would: typing into them depends on the browser's locale. */
  void set(String css, String value) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(css), value);
  }

  /** Chooses the option whose label is {@code label} in the select {@code select}. */
  static void choose(WebElement select, String label) {
    new org.openqa.selenium.support.ui.Select(select).selectByVisibleText(label);
  }

  /** Clicks a button that submits a form, and waits until the next page has replaced this one. */
  void click(String css) {
    click(find(css));
  }

  /** Clicks {@code button}, which submits a form, and waits until the next page has replaced this one. */
  void click(WebElement button) {
    WebElement page = driver.findElement(By.tagName("html"));
    button.click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    // Gone from the document: Chromium says so as "stale element" or as "node does not belong to the document".
    wait.until(ignored -> {
      try {
        page.isEnabled();
        return false;
      } catch (WebDriverException e) {
        return true;
      }
    });
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String source() {
    return driver.getPageSource();
  }

  String url() {
    return driver.getCurrentUrl();
  }

  int scripts() {
    return driver.findElements(By.tagName("script")).size();
  }

  java.util.List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * Shows the page in a phone's width (390 CSS pixels), checks that nothing is wider than the screen (no
   * sideways scrolling), saves a screenshot {@code NAME}, and returns to the desktop width.
   */
  void assertFitsAPhone(String name) {
    org.openqa.selenium.Dimension desktop = driver.manage().window().getSize();
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      Object overflow = ((JavascriptExecutor) driver).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue()).as("pixels wider than a phone's screen").isLessThanOrEqualTo(0);
      screenshot(name);
    } finally {
      driver.manage().window().setSize(desktop);
    }
  }

  /** Saves the page as {@code target/screenshots/NAME.png} for review. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      assertThat(file).isNotEmptyFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary profile is harmless
    }
  }
}
