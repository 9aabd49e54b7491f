package org.officina.bench;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Declarations over JMS into a running Officina: makes a small plant of its own (a pump of a body
 * and four backflushed screws, turned and assembled), ORDERS production orders released to the
 * floor, then sends N declarations of one good part each to the WorkReportCommands queue, spread
 * over the orders' two operations, and a hundredth of them a second time. It counts the
 * QuantityDeclared events the server publishes to know when every declaration is applied, prints
 * the throughput, then checks that each was applied exactly once: the events, each operation's good
 * quantity, each order's reports and received quantity, the screws backflushed, and no dead letter.
 *
 * <p>Usage: WorkReportBenchmark [N] [ORDERS] [URL] (REST as OFFICINA_USER, default planner; JMS as
 * OFFICINA_JMS_USER, default integration; passwords the same as the user unless OFFICINA_PASSWORD
 * and OFFICINA_JMS_PASSWORD say otherwise).
 */
public class WorkReportBenchmark {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static String base;
  private static String authorization;

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int orders = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    String url = args.length > 2 ? args[2] : "http://localhost:8080/officina";
    base = url + "/api/v1/";
    String user = System.getenv().getOrDefault("OFFICINA_USER", "planner");
    authorization = basic(user, System.getenv().getOrDefault("OFFICINA_PASSWORD", user));
    String jmsUser = System.getenv().getOrDefault("OFFICINA_JMS_USER", "integration");
    String jmsPassword = System.getenv().getOrDefault("OFFICINA_JMS_PASSWORD", jmsUser);
    int perOperation = (n + 2 * orders - 1) / (2 * orders);
    String p = "BW" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

    long setup = System.nanoTime();
    check(post("import/dataset", "application/zip", zip(plant(p, (long) 8 * n))), 200);
    List<String> numbers = new ArrayList<>();
    for (int k = 0; k < orders; k++) {
      HttpResponse<String> created =
          post(
              "production-orders",
              "application/json",
              ("{\"item\": \"%sPUMP\", \"qty\": %d, \"start_date\": \"2027-01-11\","
                      + " \"due_date\": \"2027-01-15\"}")
                  .formatted(p, perOperation)
                  .getBytes(StandardCharsets.UTF_8));
      String number = json(check(created, 201)).getString("number");
      check(
          post("production-orders/" + number + "/release", "application/json", "{}".getBytes()),
          200);
      numbers.add(number);
    }
    System.out.printf(
        "plant %s: %d orders of %d pumps released in %.1f s%n",
        p, orders, perOperation, seconds(setup));

    String host = URI.create(url).getHost();
    int port = URI.create(url).getPort() < 0 ? 80 : URI.create(url).getPort();
    ActiveMQConnectionFactory factory =
        new ActiveMQConnectionFactory(
            "tcp://"
                + host
                + ":"
                + port
                + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor");
    try (JMSContext events = factory.createContext(jmsUser, jmsPassword);
        JMSContext sender =
            factory.createContext(jmsUser, jmsPassword, JMSContext.SESSION_TRANSACTED)) {
      AtomicLong declared = new AtomicLong();
      AtomicLong lastEvent = new AtomicLong();
      JMSConsumer consumer =
          events.createConsumer(
              events.createTopic("jms.topic.ProductionEvents"),
              "officinaEvent = 'QuantityDeclared' AND item = '" + p + "PUMP'");
      consumer.setMessageListener(
          m -> {
            declared.incrementAndGet();
            lastEvent.set(System.nanoTime());
          });
      Queue commands = sender.createQueue("jms.queue.WorkReportCommands");
      JMSProducer producer = sender.createProducer();
      List<String> bodies = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String order = numbers.get((i / 2) % orders);
        int operation = i % 2 == 0 ? 10 : 20;
        bodies.add(
            ("{\"client_id\": \"%s%d\", \"order\": \"%s\", \"operation\": %d, \"minutes\": 1.5,"
                    + " \"good_qty\": 1, \"operators\": [\"OP-001\"]}")
                .formatted(p, i, order, operation));
      }
      List<String> repeats = new ArrayList<>(bodies.subList(0, n / 100));
      Collections.shuffle(repeats, new Random(7));
      long start = System.nanoTime();
      int sent = 0;
      for (int i = 0; i < n; i++) {
        producer.send(commands, bodies.get(i));
        if (i % 100 == 99 && !repeats.isEmpty()) {
          producer.send(commands, repeats.remove(repeats.size() - 1));
          sent++;
        }
        if (++sent % 500 == 0) {
          sender.commit();
        }
      }
      sender.commit();
      double sending = seconds(start);
      System.out.printf(
          "sent %d messages (%d declarations, %d of them again) in %.1f s: %.0f/s%n",
          sent, n, sent - n, sending, sent / sending);
      long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
      long reported = 0;
      while (declared.get() < n && System.nanoTime() < deadline) {
        Thread.sleep(1000);
        if (declared.get() / 10_000 != reported / 10_000) {
          System.out.printf("  %d applied after %.0f s%n", declared.get(), seconds(start));
        }
        reported = declared.get();
      }
      double applying = (lastEvent.get() - start) / 1e9;
      Thread.sleep(5000);
      System.out.printf(
          "applied %d of %d declarations in %.1f s from the first send: %.0f declarations/s%n",
          declared.get(), n, applying, declared.get() / applying);
      verify(p, numbers, n, perOperation, declared.get(), factory, jmsUser, jmsPassword);
    }
  }

  private static void verify(
      String p,
      List<String> numbers,
      int n,
      int perOperation,
      long events,
      ActiveMQConnectionFactory factory,
      String jmsUser,
      String jmsPassword)
      throws Exception {
    List<String> problems = new ArrayList<>();
    if (events != n) {
      problems.add(events + " QuantityDeclared events for " + n + " declarations");
    }
    long good = 0;
    long reports = 0;
    for (int k = 0; k < numbers.size(); k++) {
      String number = numbers.get(k);
      int expected = expectedPerOperation(n, numbers.size(), k);
      JsonObject detail = json(get("production-orders/" + number));
      for (JsonObject operation : detail.getJsonArray("operations").getValuesAs(JsonObject.class)) {
        int declared = operation.getJsonObject("progress").getJsonNumber("good_qty").intValue();
        good += declared;
        if (declared != expected) {
          problems.add(
              number
                  + "/"
                  + operation.getInt("seq")
                  + " declared "
                  + declared
                  + ", sent "
                  + expected);
        }
      }
      int received = detail.getJsonObject("order").getJsonNumber("good_qty").intValue();
      if (received != expected) {
        problems.add(
            number + " received " + received + ", sent " + expected + " at its last operation");
      }
      JsonArray written =
          Json.createReader(
                  new StringReader(get("production-orders/" + number + "/work-reports").body()))
              .readArray();
      reports += written.size();
      if (written.size() != 2 * expected) {
        problems.add(number + " has " + written.size() + " reports, sent " + 2 * expected);
      }
    }
    JsonObject screws = json(get("stock?item=" + p + "SCREW&limit=10"));
    long screwsLeft = 0;
    for (JsonObject level : screws.getJsonArray("content").getValuesAs(JsonObject.class)) {
      screwsLeft += level.getJsonNumber("qty").longValue();
    }
    long backflushed = 8L * n - screwsLeft;
    long atAssembly = n / 2;
    if (backflushed != 4 * atAssembly) {
      problems.add(backflushed + " screws backflushed for " + atAssembly + " pumps assembled");
    }
    int dead = 0;
    try (JMSContext browse = factory.createContext(jmsUser, jmsPassword);
        QueueBrowser browser =
            browse.createBrowser(browse.createQueue("jms.queue.WorkReportDeadLetters"))) {
      Enumeration<?> letters = browser.getEnumeration();
      while (letters.hasMoreElements()) {
        Message letter = (Message) letters.nextElement();
        if (letter instanceof TextMessage text && text.getText().contains(p)) {
          dead++;
        }
      }
    }
    if (dead > 0) {
      problems.add(dead + " declarations in the dead-letter queue");
    }
    System.out.printf(
        "checked: %d good parts declared over %d operations, %d reports, %d screws backflushed, %d dead letters%n",
        good, 2 * numbers.size(), reports, backflushed, dead);
    if (problems.isEmpty()) {
      System.out.println("every declaration was applied exactly once");
    } else {
      problems.stream().limit(20).forEach(problem -> System.out.println("  " + problem));
      System.out.println("NOT exactly once: " + problems.size() + " problems");
      System.exit(1);
    }
  }

  /** How many declarations each operation of the k-th order was sent. */
  private static int expectedPerOperation(int n, int orders, int k) {
    int count = 0;
    for (int i = 0; i < n; i += 2) {
      if ((i / 2) % orders == k) {
        count++;
      }
    }
    return count;
  }

  private static Map<String, String> plant(String p, long screws) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "items.csv",
        ("code,supply_type,uom,issue_method\n%sPUMP,MAKE,PCS,\n%sBODY,BUY,PCS,PICKING_LIST\n"
                + "%sSCREW,BUY,PCS,BACKFLUSH\n")
            .formatted(p, p, p));
    files.put("departments.csv", "code,description\n%sMACH,Machining\n".formatted(p));
    files.put(
        "work_centers.csv",
        "code,department,capacity\n%sLATHE,%sMACH,4\n%sASSY,%sMACH,4\n".formatted(p, p, p, p));
    files.put(
        "bom.csv",
        "parent,component,qty_per,operation_seq\n%sPUMP,%sBODY,1,10\n%sPUMP,%sSCREW,4,20\n"
            .formatted(p, p, p, p));
    files.put(
        "routings.csv",
        "item,seq,work_center,setup_minutes,run_minutes\n%sPUMP,10,%sLATHE,30,1\n%sPUMP,20,%sASSY,10,1\n"
            .formatted(p, p, p, p));
    files.put(
        "stock.csv",
        "item,warehouse,qty,lot\n%sBODY,MAIN,%d,LB1\n%sSCREW,MAIN,%d,LS1\n%sSCREW,MAIN,%d,LS2\n"
            .formatted(p, screws, p, screws / 2, p, screws - screws / 2));
    return files;
  }

  private static byte[] zip(Map<String, String> files) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", authorization)
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", authorization)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> check(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response;
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
