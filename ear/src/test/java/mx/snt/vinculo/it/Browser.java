package mx.snt.vinculo.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A headless Debian Chromium driven by chromedriver, signing in through the real Keycloak page. */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    Browser() throws Exception {
        profile = Files.createTempDirectory("vinculo-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=es-MX", "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String path) {
        driver.get(Hub.APP + path);
    }

    /** Opens a protected page and signs in on Keycloak's form; returns on the page asked for. */
    void signIn(String path, String username) {
        open(path);
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Esperaba el formulario de Keycloak; el navegador está en " + driver.getCurrentUrl()
                    + "\n" + text(), e);
        }
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Hub.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(Hub.APP));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
    }

    /** Waits for the address to satisfy the condition; on timeout says where the browser is instead. */
    void waitForUrl(java.util.function.Predicate<String> condition, String what) {
        try {
            wait.until(d -> condition.test(d.getCurrentUrl()));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Esperaba " + what + "; el navegador está en " + driver.getCurrentUrl()
                    + "\n" + text(), e);
        }
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    @Override
    public void close() throws Exception {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
