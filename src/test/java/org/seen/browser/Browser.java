package org.seen.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's headless Chromium, driven through its chromedriver, pointed at one running Seen.
 * Nothing is downloaded: both binaries are named explicitly, so Selenium Manager never runs.
 * The paths can be changed with {@code -Dseen.chromium=...} and {@code -Dseen.chromedriver=...}.
 */
final class Browser implements AutoCloseable {

	static final String PASSWORD = "demo";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** axe-core impacts that fail a page. Minor and moderate findings are reported by axe but allowed. */
	private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

	private final WebDriver driver;

	private final Path profile;

	private String baseUrl = "";

	private Browser(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	static Browser start() {
		String chromium = System.getProperty("seen.chromium", "/usr/bin/chromium");
		String chromedriver = System.getProperty("seen.chromedriver", "/usr/bin/chromedriver");
		System.setProperty("webdriver.chrome.driver", chromedriver);
		try {
			Path profile = Files.createTempDirectory("seen-chromium-");
			ChromeOptions options = new ChromeOptions().setBinary(chromium)
				.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
						"--user-data-dir=" + profile, "--window-size=1280,1000");
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(chromedriver))
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().window().setSize(new Dimension(1280, 1000));
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Points the browser at a Seen listening on this port, signed out. */
	void forgetSessionAndUse(int port) {
		this.baseUrl = "http://localhost:" + port;
		if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith(baseUrl)) {
			driver.manage().deleteAllCookies();
		}
	}

	void visit(String path) {
		driver.get(baseUrl + path);
	}

	/** Shows this markup without any server, for checking the checks themselves. */
	void show(String html) {
		driver.get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
	}

	String path() {
		String url = driver.getCurrentUrl();
		return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
	}

	void signInAs(String username) {
		signInAs(username, PASSWORD);
	}

	void signInAs(String username, String password) {
		visit("/sign-in");
		fillIn("username", username);
		fillIn("password", password);
		press("Sign in");
	}

	/** Signs a family member in on the family's own sign-in page, with their reference (or email) and code. */
	void signInAsFamily(String who, String code) {
		visit("/family/sign-in");
		fillIn("who", who);
		fillIn("code", code);
		press("Sign in");
	}

	/** Resizes the window, such as to a phone's 375 by 812. */
	void resizeTo(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
	}

	/** Whether the page fits the window's width, with nothing to scroll sideways. */
	boolean fitsWidth() {
		return Boolean.TRUE.equals(js("return document.documentElement.scrollWidth <= window.innerWidth"));
	}

	void signOut() {
		press("Sign out");
	}

	void fillIn(String id, String value) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	/** Chooses a file for the file input with this id. */
	void attach(String id, Path file) {
		driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
	}

	/** Clicks a radio button or checkbox by its id. */
	void choose(String id) {
		driver.findElement(By.id(id)).click();
	}

	/** Picks the option with this value in a select. */
	void select(String id, String value) {
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
	}

	/** Follows the link with this text and waits for the next page. */
	void follow(String linkText) {
		// links in the page's content, not the header's (which has "Change your password")
		clickAndWaitForNextPage(() -> driver.findElement(By.id("main-content")).findElement(By.partialLinkText(linkText)));
	}

	/** Follows the first link in the page's content whose address contains this part, such as a record's id. */
	void followLinkTo(String addressPart) {
		clickAndWaitForNextPage(() -> driver.findElement(By.id("main-content"))
			.findElement(By.cssSelector("a[href*='" + addressPart + "']")));
	}

	/** Presses the button with this text and waits for the next page. */
	void press(String buttonText) {
		clickAndWaitForNextPage(() -> driver.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']")));
	}

	/**
	 * Clicks once the current page has finished loading, and waits until the next one has. The old
	 * page is told apart from the new one by a mark set on its window object, which a new document
	 * never carries: holding a reference to an element of the old page instead would make Chromium
	 * answer "Node with given id does not belong to the document" while the page is replaced.
	 */
	private void clickAndWaitForNextPage(java.util.function.Supplier<WebElement> target) {
		var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		wait.ignoring(org.openqa.selenium.WebDriverException.class);
		wait.until(loaded());
		js("window.seenOldPage = true");
		target.get().click();
		wait.until(d -> js("return window.seenOldPage === undefined && document.readyState === 'complete'"));
	}

	private Object js(String script) {
		return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
	}

	private static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> loaded() {
		return d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState"));
	}

	/** Where the element with this id links to, as the browser resolved it. */
	String href(String id) {
		return driver.findElement(By.id(id)).getAttribute("href");
	}

	/**
	 * Fetches an address with the browser's own session, as following a download link would, and
	 * answers "status content-type bytes" then a new line and the start of the body as text.
	 */
	String download(String url) {
		Object answer = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' })
				  .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' '
				    + b.byteLength + '\\n' + new TextDecoder().decode(b.slice(0, 300)))))
				  .catch(e => done('failed ' + e));
				""", url);
		return String.valueOf(answer);
	}

	String heading() {
		return text("h1");
	}

	String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

	List<String> texts(String css) {
		return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	/** The id of the first element matching a selector, for options whose ids hold record ids. */
	String firstId(String css) {
		return driver.findElement(By.cssSelector(css)).getAttribute("id");
	}

	boolean shows(String css) {
		return !driver.findElements(By.cssSelector(css)).isEmpty();
	}

	/** Runs axe-core on the current page and fails on any serious or critical violation. */
	void assertAccessible() {
		// Legacy mode runs axe in the page itself: the default opens a blank window to finish the
		// run and switches back, after which Chromium can refuse the next click on the page.
		Results results = new AxeBuilder().setLegacyMode(true).analyze(driver);
		if (results.isErrored()) {
			fail("axe-core could not check " + path() + ": " + results.getErrorMessage());
		}
		List<Rule> failing = results.getViolations()
			.stream()
			.filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
			.toList();
		results.getViolations()
			.stream()
			.filter(rule -> !failing.contains(rule))
			.forEach(rule -> System.out.println("axe-core (allowed) on " + path() + ":\n" + describe(rule)));
		if (!failing.isEmpty()) {
			fail("Accessibility violations on " + path() + ":\n"
					+ failing.stream().map(Browser::describe).collect(Collectors.joining("\n")));
		}
	}

	private static String describe(Rule rule) {
		return "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n"
				+ rule.getNodes()
					.stream()
					.map(CheckedNode::getTarget)
					.map(target -> "    at " + target)
					.collect(Collectors.joining("\n"));
	}

	/** Saves what the browser shows now to target/screenshots/{name}.png. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			return Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			deleteQuietly(profile);
		}
	}

	private static void deleteQuietly(Path directory) {
		try (var paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// a leftover temporary profile is harmless
		}
	}
}
