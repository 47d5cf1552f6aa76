import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small closed-loop load generator for Seen on loopback: N signed-in users, each with its own
 * session, request the same paths back to back for a fixed number of requests, after a warm-up.
 * Prints latency percentiles. Run with: java bench/LoadTest.java [options]; see docs/benchmarks.md.
 *
 * Options: --base http://localhost:8080 --user teacher --password demo --users 50
 *          --requests 40 (per user) --warmup 10 (per user) --path /children/{id} [--path ...]
 *          --think-ms 0 (each user's pause between requests, as a person reading the page; the
 *          pauses are spread evenly from half to one and a half times this, so users do not
 *          arrive in step)
 */
public class LoadTest {

	public static void main(String[] args) throws Exception {
		String base = "http://localhost:8080";
		String user = "teacher";
		String password = "demo";
		int users = 50;
		int requests = 40;
		int warmup = 10;
		int thinkMs = 0;
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < args.length; i += 2) {
			switch (args[i]) {
				case "--base" -> base = args[i + 1];
				case "--user" -> user = args[i + 1];
				case "--password" -> password = args[i + 1];
				case "--users" -> users = Integer.parseInt(args[i + 1]);
				case "--requests" -> requests = Integer.parseInt(args[i + 1]);
				case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
				case "--path" -> paths.add(args[i + 1]);
				case "--think-ms" -> thinkMs = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		if (paths.isEmpty()) {
			throw new IllegalArgumentException("give at least one --path");
		}
		ExecutorService pool = Executors.newFixedThreadPool(users);
		List<HttpClient> clients = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			clients.add(signIn(base, user, password));
		}
		run(pool, clients, base, paths, warmup, thinkMs);
		long started = System.nanoTime();
		List<Long> latencies = run(pool, clients, base, paths, requests, thinkMs);
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		Collections.sort(latencies);
		System.out.printf("paths=%s users=%d think=%dms requests=%d duration=%.1fs throughput=%.0f/s%n", paths, users, thinkMs,
				latencies.size(), seconds, latencies.size() / seconds);
		System.out.printf("p50=%.1fms p90=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n", pct(latencies, 50),
				pct(latencies, 90), pct(latencies, 95), pct(latencies, 99),
				latencies.get(latencies.size() - 1) / 1e6);
	}

	private static List<Long> run(ExecutorService pool, List<HttpClient> clients, String base, List<String> paths,
			int perUser, int thinkMs) throws Exception {
		List<Future<List<Long>>> futures = new ArrayList<>();
		for (HttpClient client : clients) {
			java.util.Random random = new java.util.Random(clients.indexOf(client));
			futures.add(pool.submit(() -> {
				List<Long> mine = new ArrayList<>();
				for (int r = 0; r < perUser; r++) {
					if (thinkMs > 0) {
						Thread.sleep(thinkMs / 2 + random.nextInt(thinkMs + 1));
					}
					String path = paths.get(r % paths.size());
					long t0 = System.nanoTime();
					HttpResponse<byte[]> response = client.send(
							HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
							HttpResponse.BodyHandlers.ofByteArray());
					mine.add(System.nanoTime() - t0);
					if (response.statusCode() != 200) {
						throw new IllegalStateException(path + " answered " + response.statusCode());
					}
				}
				return mine;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> f : futures) {
			all.addAll(f.get());
		}
		return all;
	}

	private static HttpClient signIn(String base, String user, String password) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		String form = "username=" + user + "&password=" + password + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in failed for " + user);
		}
		return client;
	}

	private static double pct(List<Long> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}
}
