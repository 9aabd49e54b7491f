package org.officina.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The portal's page-load budget on a running Officina: logs in through the login form as a planner
 * would, opens every page (the bill of materials and routing pages on the item with the largest
 * bill, an order's page on the plant's first order, the lists on its first department) once to warm
 * up and then RUNS times, and prints each page's median time to the last byte. Exits 1 when a
 * median is over the budget (1,000 ms unless BUDGET_MS says otherwise).
 *
 * <p>Usage: {@code bench/page-budget [BASE_URL]} (default http://localhost:8080); OFFICINA_USER,
 * OFFICINA_PASSWORD (planner), RUNS (5).
 */
public final class PageBudget {

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private PageBudget(String base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int runs = Integer.parseInt(System.getenv().getOrDefault("RUNS", "5"));
    long budget = Long.parseLong(System.getenv().getOrDefault("BUDGET_MS", "1000"));
    PageBudget pages = new PageBudget(base);
    pages.logIn(
        System.getenv().getOrDefault("OFFICINA_USER", "planner"),
        System.getenv().getOrDefault("OFFICINA_PASSWORD", "planner"));
    boolean over = false;
    System.out.printf("%-60s %10s%n", "page", "median ms");
    for (String page : pages.pages()) {
      long median = pages.median(page, runs);
      over |= median > budget;
      System.out.printf("%-60s %10d%s%n", page, median, median > budget ? "  OVER" : "");
    }
    System.out.printf("budget %d ms, %d runs per page: %s%n", budget, runs, over ? "OVER" : "kept");
    System.exit(over ? 1 : 0);
  }

  private void logIn(String user, String password) throws Exception {
    send(get("/officina/"));
    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(URI.create(base + "/officina/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "j_username="
                            + URLEncoder.encode(user, StandardCharsets.UTF_8)
                            + "&j_password="
                            + URLEncoder.encode(password, StandardCharsets.UTF_8))));
    if (login.statusCode() != 302
        || login.headers().firstValue("Location").orElse("").contains("failed")) {
      throw new IllegalStateException("the login form did not let " + user + " in");
    }
  }

  /** Every page, with the largest bill, the first order and the first department to show. */
  private List<String> pages() throws Exception {
    OfficinaRest rest = OfficinaRest.fromEnvironment();
    String item = largestBill(rest);
    String order =
        OfficinaRest.field(
            rest.send(get("/officina/api/v1/production-orders?limit=1")).body(), "number");
    String department =
        OfficinaRest.field(rest.send(get("/officina/api/v1/plant/departments")).body(), "code");
    return List.of(
        "index.xhtml",
        "engineering/items.xhtml",
        "engineering/bom.xhtml?item=" + item,
        "engineering/routing.xhtml?item=" + item,
        "engineering/item.xhtml?code=" + item,
        "engineering/items-import.xhtml",
        "plant/work-centers.xhtml",
        "inventory/stock.xhtml",
        "orders/demand.xhtml",
        "orders/supply.xhtml",
        "orders/production-orders.xhtml",
        "orders/production-order.xhtml?number=" + order,
        "planning/mrp.xhtml",
        "shopfloor/terminal.xhtml",
        "shopfloor/supervisor.xhtml",
        "shopfloor/lists.xhtml?department=" + department,
        "integration/dataset-import.xhtml");
  }

  /** The item whose multi-level bill has the most lines, read from the dataset's bom.csv. */
  private String largestBill(OfficinaRest rest) throws Exception {
    byte[] zip =
        rest.send(get("/officina/api/v1/export/dataset"), HttpResponse.BodyHandlers.ofByteArray())
            .body();
    Map<String, List<String>> children = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().endsWith("bom.csv")) {
          String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
          for (String line : Arrays.asList(lines).subList(1, lines.length)) {
            String[] columns = line.split(",", 3);
            children.computeIfAbsent(columns[0], p -> new ArrayList<>()).add(columns[1]);
          }
        }
      }
    }
    Map<String, Integer> sizes = new HashMap<>();
    return children.keySet().stream()
        .max((a, b) -> Integer.compare(size(a, children, sizes), size(b, children, sizes)))
        .orElseThrow(() -> new IllegalStateException("the plant has no bills"));
  }

  private static int size(
      String parent, Map<String, List<String>> children, Map<String, Integer> sizes) {
    Integer known = sizes.get(parent);
    if (known != null) {
      return known;
    }
    int size = 0;
    for (String child : children.getOrDefault(parent, List.of())) {
      size += 1 + size(child, children, sizes);
    }
    sizes.put(parent, size);
    return size;
  }

  private long median(String page, int runs) throws Exception {
    open(page);
    long[] times = new long[runs];
    for (int k = 0; k < runs; k++) {
      long start = System.nanoTime();
      open(page);
      times[k] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(times);
    return times[runs / 2];
  }

  private void open(String page) throws Exception {
    HttpResponse<String> response = send(get("/officina/" + page));
    if (response.statusCode() != 200 || response.body().contains("j_security_check")) {
      throw new IllegalStateException(page + " answered " + response.statusCode());
    }
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).GET();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return http.send(
          request.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
