package org.innocomplex.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, as a user would: log in, click, type, and a screenshot of every
 * step under {@code target/screenshots}. Uses the system chromedriver, never a downloaded one.
 *
 * <p>Every journey also proves the pages work under the Content-Security-Policy: the browser's console is read
 * throughout, and a script or style the policy refused, or a script error no page caught, fails the journey when
 * the browser is closed (a test that provokes one on purpose takes it with {@link #takeViolations()} first).
 */
public final class Browser implements AutoCloseable {
    private final ChromeDriver driver;
    private final String base;
    private final Path shots;
    private int shot;
    /** what the console said that breaks a page: refusals by the policy, uncaught script errors */
    private final List<String> faults = new ArrayList<>();

    public Browser(URL base, String journey) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1366,900",
                "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // the container reports its address on the machine's interface; the tests talk to it over loopback only
        String b = base.toString().replaceFirst("//[^/:]+", "//localhost");
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.shots = Path.of(System.getProperty("innocomplex.buildDir", "target"), "screenshots", journey);
        try {
            Files.createDirectories(shots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void open(String path) {
        readConsole();
        driver.get(path.startsWith("http") ? path : base + path);
    }

    public void login(String user, String password) {
        open("/login.xhtml");
        type("login:username", user);
        type("login:password", password);
        click(By.id("login:submit"));
        try {
            waitFor(By.id("headerForm:who"));
        } catch (RuntimeException e) {
            screenshot("login-failed-" + user);
            throw new AssertionError("login of " + user + " failed at " + driver.getCurrentUrl() + ": " + text(), e);
        }
    }

    public void logout() {
        click(By.id("headerForm:logout"));
        waitFor(By.id("login:username"));
    }

    public void type(String id, String text) {
        WebElement e = waitFor(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** Types into a field; an ajax update that replaces it under the cursor is retried. */
    public void type(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement e = d.findElement(by);
                    e.clear();
                    e.sendKeys(text);
                    return true;
                });
    }

    /**
     * Clicks once the element is clickable; a page replaced under the click, or an overlay still fading over the
     * element, is retried, not failed.
     */
    public void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement e = d.findElement(by);
                    if (!e.isDisplayed() || !e.isEnabled()) {
                        return false;
                    }
                    e.click();
                    return true;
                });
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until the element shows exactly this text, finding it anew each time: an AJAX update replaces the
     * element, and a reference to the old one goes stale.
     */
    public void waitForTextOf(By by, String expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(RuntimeException.class)
                    .until(d -> expected.equals(d.findElement(by).getText()));
        } catch (org.openqa.selenium.TimeoutException e) {
            String now;
            try {
                now = driver.findElement(by).getText();
            } catch (RuntimeException gone) {
                now = "(no such element)";
            }
            throw new AssertionError(by + " never showed " + expected + "; it shows: " + now, e);
        }
    }

    /** Waits until no such element is visible (a dialog closed, an overlay gone). */
    public void waitForGone(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /**
     * Waits until the page has no such element at all (not only none visible: a badge removed by an AJAX update);
     * fails with {@code failure}.
     */
    public void waitForAbsent(By by, String failure) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.findElements(by).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("still-present");
            throw new AssertionError(failure, e);
        }
    }

    /** Waits until the script returns {@code true} (a library in the page has done its work); fails with {@code failure}. */
    public void waitForScript(String failure, String js, Object... args) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.JavascriptException.class)
                    .until(d -> Boolean.TRUE.equals(driver.executeScript(js, args)));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("script-never-true");
            throw new AssertionError(failure, e);
        }
    }

    /** Waits until the input's value starts with {@code prefix} (a script fills it) and returns the value. */
    public String waitForValueStartingWith(String id, String prefix) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .until(d -> {
                        String v = d.findElement(By.id(id)).getAttribute("value");
                        return v != null && v.startsWith(prefix) ? v : null;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            String now;
            try {
                now = driver.findElement(By.id(id)).getAttribute("value");
            } catch (RuntimeException gone) {
                now = "(no such element)";
            }
            throw new AssertionError(id + " never showed a value starting with " + prefix + "; it shows " + now, e);
        }
    }

    public String text() {
        return waitFor(By.tagName("body")).getText();
    }

    /**
     * Waits until the page shows every one of the texts (a submit navigates asynchronously: POST, redirect, GET)
     * and returns the page text; fails with what the page said instead.
     */
    public String waitForText(String... expected) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(RuntimeException.class)
                    .until(d -> {
                        String t = d.findElement(By.tagName("body")).getText();
                        for (String e : expected) {
                            if (!t.contains(e)) {
                                return null;
                            }
                        }
                        return t;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("missing-text");
            String now;
            try {
                // innerText of the whole body: getText() of a long page was seen to return only its first line
                now = String.valueOf(driver.executeScript("return document.body.innerText;"));
            } catch (RuntimeException gone) {
                now = "(no page)";
            }
            throw new AssertionError(
                    "page at " + driver.getCurrentUrl() + " never showed " + String.join(", ", expected)
                            + "; it shows: " + now,
                    e);
        }
    }

    /** Waits until the page shows none of the texts (an AJAX filter replaces rows in place) and returns its text. */
    public String waitForNoText(String... gone) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(RuntimeException.class)
                    .until(d -> {
                        String t = d.findElement(By.tagName("body")).getText();
                        for (String g : gone) {
                            if (t.contains(g)) {
                                return null;
                            }
                        }
                        return t;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("still-there");
            throw new AssertionError(
                    "page at " + driver.getCurrentUrl() + " still shows one of " + String.join(", ", gone), e);
        }
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label, as a user does: open the menu, wait until it has
     * opened (an item clicked while the panel still fades in is taken, but the fade-in then leaves the panel open
     * over the page), click the item, and wait until the panel is gone.
     */
    public void choose(String selectId, String label) {
        By panel = By.id(selectId + "_panel");
        click(By.id(selectId));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(panel).getAttribute("class").contains("ui-connected-overlay-enter-done"));
        click(By.cssSelector("[id='" + selectId + "_panel'] li[data-label='" + label + "']"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(panel));
    }

    /** The current value of an input, to check what the page kept. */
    public String value(String id) {
        return waitFor(By.id(id)).getAttribute("value");
    }

    public String text(By by) {
        return waitFor(by).getText();
    }

    /** Chooses a file in a file input (PrimeFaces hides the input behind its button; Chromium still takes it). */
    public void upload(By fileInput, Path file) {
        driver.findElement(fileInput).sendKeys(file.toAbsolutePath().toString());
    }

    /** Brings an element to the middle of the window, so that the next screenshot shows it. */
    public void scrollTo(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", d.findElement(by));
                    return true;
                });
    }

    public java.util.List<WebElement> driverFindAll(By by) {
        return driver.findElements(by);
    }

    public Path screenshot(String name) {
        Path file = shots.resolve(String.format("%02d-%s.png", ++shot, name));
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Drops the browser's cookies, as an ended session leaves the page it was on. */
    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /**
     * Closes the browser; fails when a page broke the Content-Security-Policy or threw a script error nothing caught
     * (unless the test took them with {@link #takeViolations()}).
     */
    @Override
    public void close() {
        List<String> left;
        try {
            left = takeViolations();
        } finally {
            driver.quit();
        }
        if (!left.isEmpty()) {
            throw new AssertionError(
                    "the pages broke the Content-Security-Policy or failed in a script:\n" + String.join("\n", left));
        }
    }

    /**
     * The console's refusals by the Content-Security-Policy and uncaught script errors since the last call (or the
     * browser's start), and forgets them: for a test that provokes one on purpose. With texts, waits (up to 10 s:
     * the console reports a little after the fact) until each of them is part of one of the messages.
     */
    public List<String> takeViolations(String... expected) {
        long until = System.currentTimeMillis() + 10_000;
        readConsole();
        while (!java.util.Arrays.stream(expected).allMatch(e -> faults.stream().anyMatch(f -> f.contains(e)))
                && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            readConsole();
        }
        List<String> taken = List.copyOf(faults);
        faults.clear();
        return taken;
    }

    private void readConsole() {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            String m = e.getMessage();
            if (m == null) {
                continue;
            }
            boolean policy = m.contains("Content Security Policy") || m.contains("Content-Security-Policy");
            boolean uncaught = e.getLevel().intValue() >= Level.SEVERE.intValue() && m.contains("Uncaught");
            if (policy || uncaught) {
                faults.add(m);
            }
        }
    }

    /** Whether the page has such an element now, without waiting. */
    public boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Chooses an option of a plain HTML select by its value (the workflow modeler's panel is plain HTML). */
    public void selectValue(String id, String value) {
        new org.openqa.selenium.support.ui.Select(waitFor(By.id(id))).selectByValue(value);
    }

    // --- reporting: downloads and scripts ---

    /** Lets downloads land in a folder beside the screenshots (headless Chromium drops them otherwise). */
    public Path allowDownloads(String name) {
        Path dir = shots.resolve("downloads-" + name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                java.util.Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        dir.toAbsolutePath().toString()));
        return dir;
    }

    /** Waits for a finished download whose name ends with {@code suffix} in {@code dir}. */
    public Path waitForDownload(Path dir, String suffix) {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            try (var files = Files.list(dir)) {
                var done = files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no *" + suffix + " downloaded into " + dir);
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** Waits until the page's text matches {@code regex} somewhere; returns the text. */
    public String waitForPattern(String regex) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(RuntimeException.class)
                    .until(d -> {
                        String t = d.findElement(By.tagName("body")).getText();
                        return p.matcher(t).find() ? t : null;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("missing-pattern");
            throw new AssertionError("page at " + driver.getCurrentUrl() + " never matched " + regex, e);
        }
    }

    /**
     * Clicks the item of a Chart.js chart (a p:chart) that carries the label: its bar's middle, or its point, where
     * Chart.js itself places it.
     */
    public void clickChartItem(String chartId, int dataset, String label) {
        WebElement canvas = waitFor(By.cssSelector("[id='" + chartId + "'] canvas"));
        Object found = script(
                "var c = Chart.getChart(arguments[0]); var i = c.data.labels.indexOf(arguments[2]);"
                        + " if (i < 0) { return null; } var e = c.getDatasetMeta(arguments[1]).data[i];"
                        + " var y = e.base !== undefined ? (e.y + e.base) / 2 : e.y; var r = arguments[0].getBoundingClientRect();"
                        + " return [e.x, y, r.width, r.height];",
                canvas,
                dataset,
                label);
        if (!(found instanceof java.util.List<?> p)) {
            throw new AssertionError("no item " + label + " in chart " + chartId);
        }
        double x = ((Number) p.get(0)).doubleValue() - ((Number) p.get(2)).doubleValue() / 2;
        double y = ((Number) p.get(1)).doubleValue() - ((Number) p.get(3)).doubleValue() / 2;
        scrollTo(By.cssSelector("[id='" + chartId + "'] canvas"));
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(canvas, (int) Math.round(x), (int) Math.round(y))
                .click()
                .perform();
    }
}
