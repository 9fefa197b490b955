package mx.snt.vinculo.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.function.Predicate;

/**
 * A headless Debian Chromium driven by chromedriver, signing in through the real Keycloak page.
 * Public so that every feature's browser tests share it. Waits say where the browser is and
 * what the page shows when they time out. The browser's console is collected: a page that breaks
 * the Content-Security-Policy fails the test when the browser closes. Every Vínculo page the browser
 * opens or reloads is checked with axe-core (WCAG 2.1 A and AA): any violation fails the test when
 * the browser closes too, so every page a browser test visits is held to 0 violations.
 */
public final class Browser implements AutoCloseable {

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final Path profile;
    private final List<String> console = new ArrayList<>();
    private final List<String> accessibility = new ArrayList<>();
    private final java.util.Set<String> checked = new java.util.HashSet<>();
    private static volatile String axeSource;

    public Browser() throws Exception {
        profile = Files.createTempDirectory("vinculo-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=es-MX", "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        // A Mexican visitor's browser: Spanish first (Keycloak's sign-in page follows Accept-Language).
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "es-MX,es,en"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // Polling panels (e.g. a live session every 2 s) replace elements: one read between two polls may be stale.
        wait.ignoring(StaleElementReferenceException.class);
        // Chromium 156 reports an element of a document being replaced as "Node with given id does not
        // belong to the document" (a plain WebDriverException, not a stale element): a wait tries again;
        // a real failure still ends the wait with its timeout message.
        wait.ignoring(WebDriverException.class);
    }

    public void open(String path) {
        driver.get(Hub.APP + path);
        checkAccessibility();
    }

    /**
     * Runs axe-core on the page now shown (once per address; Keycloak's pages are not ours) and
     * keeps what it finds for {@link #close()}. Tests call it after an Ajax update that reveals new
     * parts of a page.
     */
    @SuppressWarnings("unchecked")
    public void checkAccessibility() {
        String url;
        try {
            url = driver.getCurrentUrl();
            wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        } catch (WebDriverException gone) {
            return;
        }
        if (!url.startsWith(Hub.APP) || !checked.add(url + "#" + driver.getTitle())) {
            return;
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe());
        Object result = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + ') ' + v.help + ': '"
                        + " + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.html.substring(0, 160)"
                        + " + ' ' + (n.any[0] ? n.any[0].message : '')).join(' | '))))"
                        + ".catch(e => done(['axe-error ' + e]));");
        for (String v : (List<String>) result) {
            accessibility.add(url + ": " + v);
        }
    }

    /** Runs axe-core again on the page shown, even at an address already checked (a postback's answer in place). */
    public void recheckAccessibility() {
        checked.remove(driver.getCurrentUrl() + "#" + driver.getTitle());
        checkAccessibility();
    }

    /** What axe-core found on the pages visited so far. */
    public List<String> accessibilityViolations() {
        return List.copyOf(accessibility);
    }

    private static String axe() {
        if (axeSource == null) {
            try (var in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe-core no está en el classpath de las pruebas");
                }
                axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return axeSource;
    }

    /** Opens a protected page and signs in on Keycloak's form; returns on the page asked for. */
    public void signIn(String path, String username) {
        open(path);
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        } catch (TimeoutException e) {
            throw new AssertionError("Esperaba el formulario de Keycloak; el navegador está en " + driver.getCurrentUrl()
                    + "\n" + text(), e);
        }
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Hub.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(Hub.APP));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
        checkAccessibility();
    }

    /** Waits for the address to satisfy the condition; on timeout says where the browser is instead. */
    public void waitForUrl(Predicate<String> condition, String what) {
        try {
            wait.until(d -> condition.test(d.getCurrentUrl()));
        } catch (TimeoutException e) {
            throw new AssertionError("Esperaba " + what + "; el navegador está en " + driver.getCurrentUrl()
                    + "\n" + text(), e);
        }
    }

    /** The element once visible; on timeout shows the page. */
    public WebElement find(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            throw new AssertionError("No apareció " + by + " en " + driver.getCurrentUrl() + "\n" + text(), e);
        }
    }

    /** Waits until the page text contains the fragment; on timeout shows the page. */
    public void waitForText(String fragment) {
        try {
            wait.until(d -> text().contains(fragment));
        } catch (TimeoutException e) {
            throw new AssertionError("Esperaba «" + fragment + "» en " + driver.getCurrentUrl() + "\n" + text(), e);
        }
    }

    /** Waits until the element's attribute has the value (finding it again if a poll replaced it). */
    public void waitAttribute(By by, String name, String value) {
        try {
            wait.until(ExpectedConditions.attributeToBe(by, name, value));
        } catch (TimeoutException e) {
            throw new AssertionError("Esperaba " + by + " con " + name + "=" + value + "\n" + text(), e);
        }
    }

    /** Clicks an element of a polled panel, finding it again if a poll replaced it. */
    public void clickLive(By by) {
        wait.until(d -> {
            try {
                d.findElement(by).click();
                return true;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return false;
            }
        });
    }

    /**
     * Clicks and waits for a new document (a full postback): a marker set in the old
     * document is gone. Polls may replace elements meanwhile, so the click is retried.
     */
    public void clickAndReload(By by) {
        find(by);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.vinculoPaginaAnterior = true");
        clickLive(by);
        try {
            wait.until(d -> ((JavascriptExecutor) d).executeScript("return window.vinculoPaginaAnterior === true") == Boolean.FALSE
                    && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        } catch (TimeoutException e) {
            throw new AssertionError("La página no se recargó tras pulsar " + by + "\n" + text(), e);
        }
        checkAccessibility();
    }

    /**
     * Clicks an Ajax button and waits for its answer: PrimeFaces' request queue is empty again and
     * the document is the same one (a marker set before the click is still there, so nothing reloaded).
     */
    public void clickAndUpdate(By by) {
        find(by);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.vinculoMismaPagina = true");
        clickLive(by);
        try {
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return window.PrimeFaces !== undefined && PrimeFaces.ajax.Queue.isEmpty()")));
        } catch (TimeoutException e) {
            throw new AssertionError("La petición Ajax de " + by + " no terminó\n" + text(), e);
        }
        if (!Boolean.TRUE.equals(js.executeScript("return window.vinculoMismaPagina === true"))) {
            throw new AssertionError("La página se recargó tras pulsar " + by + " (se esperaba una actualización Ajax)");
        }
    }

    /**
     * Chooses an option of a select that records the choice by Ajax (a change listener) and waits
     * for the answer, as {@link #clickAndUpdate} does for a button: same document, queue empty.
     */
    public void selectAndUpdate(By by, String value) {
        find(by);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.vinculoMismaPagina = true");
        wait.until(d -> {
            try {
                new org.openqa.selenium.support.ui.Select(d.findElement(by)).selectByValue(value);
                return true;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return false;
            }
        });
        try {
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return window.PrimeFaces !== undefined && PrimeFaces.ajax.Queue.isEmpty()")));
        } catch (TimeoutException e) {
            throw new AssertionError("La petición Ajax de " + by + " no terminó\n" + text(), e);
        }
        if (!Boolean.TRUE.equals(js.executeScript("return window.vinculoMismaPagina === true"))) {
            throw new AssertionError("La página se recargó al elegir " + value + " en " + by + " (se esperaba una actualización Ajax)");
        }
    }

    /** The text of the option chosen in a select. */
    public String selected(By by) {
        return wait.until(d -> new org.openqa.selenium.support.ui.Select(d.findElement(by)).getFirstSelectedOption().getText());
    }

    /** Types a day into a date picker (dd/MM/yyyy, as a person types it) over what it held. */
    public void typeDate(String pickerId, java.time.LocalDate day) {
        typeInto(pickerId, day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    /**
     * Types text into a date or time picker over what it held: select all, then type (the picker
     * puts its value back when the field is emptied with clear()).
     */
    public void typeInto(String pickerId, String text) {
        WebElement input = find(By.id(pickerId + "_input"));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(org.openqa.selenium.Keys.DELETE);
        input.sendKeys(text);
    }

    /** Reloads the page as a person pressing F5 does; returns once the new document is complete. */
    public void reload() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.vinculoAntesDeRecargar = true");
        driver.navigate().refresh();
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return window.vinculoAntesDeRecargar") == null
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The page's visible text ("" while the page is being replaced). */
    public String text() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (WebDriverException e) {
            return "";
        }
    }

    /** The console lines so far (each read empties the browser's buffer, so they are kept here). */
    public List<String> console() {
        try {
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                console.add(e.getLevel() + " " + e.getMessage());
            }
        } catch (WebDriverException gone) {
            // the browser has gone: what was read stays
        }
        return List.copyOf(console);
    }

    /** The console lines reporting a Content-Security-Policy violation by Vínculo's pages (not Keycloak's). */
    public List<String> cspViolations() {
        return console().stream()
                .filter(l -> l.contains("Content Security Policy") || l.contains("Content-Security-Policy"))
                .filter(l -> l.contains(Hub.APP))
                .toList();
    }

    /** Fails when a page broke the Content-Security-Policy (a script, handler or style it blocked). */
    public void assertNoCspViolations() {
        List<String> violations = cspViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("El navegador bloqueó contenido por la Content-Security-Policy:\n"
                    + String.join("\n", violations));
        }
    }

    @Override
    public void close() throws Exception {
        List<String> violations = cspViolations();
        List<String> axeFound = accessibilityViolations();
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("El navegador bloqueó contenido por la Content-Security-Policy:\n"
                    + String.join("\n", violations));
        }
        if (!axeFound.isEmpty()) {
            throw new AssertionError("axe-core encontró incumplimientos de WCAG 2.1 AA:\n" + String.join("\n", axeFound));
        }
    }
}
