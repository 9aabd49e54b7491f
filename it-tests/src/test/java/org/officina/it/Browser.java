package org.officina.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driving the portal the way a person does. */
final class Browser implements AutoCloseable {

  static final String PORTAL = "http://localhost:8080/officina/";
  private final WebDriver driver;
  private final WebDriverWait wait;
  private final Path downloads;

  Browser() {
    this(1400, 1000);
  }

  /** A browser whose window has this size, and which saves downloads in a folder of its own. */
  Browser(int width, int height) {
    try {
      downloads = Files.createTempDirectory("officina-downloads");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=" + width + "," + height,
        "--lang=en-US");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.ignoring(ElementNotInteractableException.class);
  }

  void logIn(String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get(PORTAL);
    type(By.id("username"), user);
    type(By.id("password"), password);
    driver.findElement(By.id("signin")).click();
    until(d -> d.findElements(By.id("topbar:logout")).size() == 1);
  }

  void open(String page) {
    driver.get(PORTAL + page);
  }

  /**
   * Types into a field once it shows; one re-rendered meanwhile (an AJAX update of its tab) is
   * found again, cleared and typed into.
   */
  void type(By field, String text) {
    until(
        d -> {
          WebElement element = d.findElement(field);
          if (!element.isDisplayed()) {
            return null;
          }
          element.clear();
          element.sendKeys(text);
          return true;
        });
  }

  /**
   * Types over what a field holds by selecting it first: a number field (AutoNumeric) ignores a
   * clear() and keeps its value.
   */
  void retype(By field, String text) {
    until(
        d -> {
          WebElement element = d.findElement(field);
          if (!element.isDisplayed()) {
            return null;
          }
          element.sendKeys(
              org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
          return true;
        });
  }

  /** Clicks the element once it shows; one re-rendered meanwhile is found again and clicked. */
  void click(By button) {
    until(
        d -> {
          WebElement element = d.findElement(button);
          if (!element.isDisplayed()) {
            return null;
          }
          element.click();
          return true;
        });
  }

  void upload(By fileInput, File file) {
    until(d -> d.findElement(fileInput)).sendKeys(file.getAbsolutePath());
  }

  /** The text of an element once it shows and holds the expected text. */
  String textOf(By element, String expected) {
    return until(
        d -> {
          String text = d.findElement(element).getText();
          return text.contains(expected) ? text : null;
        });
  }

  /** A file the browser downloaded, once it is whole. */
  Path downloaded(String name) {
    Path file = downloads.resolve(name);
    return until(d -> Files.isRegularFile(file) ? file : null);
  }

  /** Keeps a picture of the page as it is now, for the documentation. */
  void screenshot(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  WebDriver driver() {
    return driver;
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /**
   * Waits for the condition; on a timeout the page is kept in target/selenium, as a picture and as
   * HTML.
   */
  <T> T until(Function<WebDriver, T> condition) {
    try {
      return wait.until(condition::apply);
    } catch (TimeoutException e) {
      keepPage();
      throw e;
    }
  }

  private void keepPage() {
    try {
      Path dir = Files.createDirectories(Path.of("target", "selenium"));
      String name = "page-" + System.currentTimeMillis();
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(
          dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
    } catch (IOException | RuntimeException e) {
      System.err.println("could not keep the page: " + e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
