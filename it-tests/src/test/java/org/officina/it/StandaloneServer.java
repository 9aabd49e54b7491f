package org.officina.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The test server run as a plain process, outside Arquillian, for a test that must kill it the hard
 * way (SIGKILL, as a power cut or the kernel's OOM killer would) and start it again.
 */
final class StandaloneServer {

  private static final URI PORTAL = URI.create("http://localhost:8080/officina/login.xhtml");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Path home;
  private final Path log;
  private Process script;

  StandaloneServer(Path home, Path log) {
    this.home = home;
    this.log = log;
  }

  /** Starts the server and waits until it answers management requests. */
  void start() throws IOException, InterruptedException {
    script =
        new ProcessBuilder(
                home.resolve("bin/standalone.sh").toString(), "-c", "standalone-full.xml")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (!cli(":read-attribute(name=server-state)").output().contains("running")) {
      if (Instant.now().isAfter(deadline) || !script.isAlive()) {
        kill();
        throw new IllegalStateException("the server did not start; see " + log);
      }
      MrpRuns.pause(1000);
    }
  }

  /** Waits until the portal answers: the EAR is deployed. */
  void awaitPortal() throws IOException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (status(PORTAL) != 200) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("the portal did not come up; see " + log);
      }
      MrpRuns.pause(500);
    }
  }

  private static int status(URI uri) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Kills the server's JVM with SIGKILL: no shutdown hook, no rollback, no last write. */
  void kill() throws InterruptedException {
    List<ProcessHandle> processes = script.descendants().toList();
    processes.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle process : processes) {
      while (process.isAlive()) {
        MrpRuns.pause(100);
      }
    }
    script.waitFor(1, TimeUnit.MINUTES);
  }

  /** What jboss-cli answered: its exit code and what it printed. */
  record Cli(int exit, String output) {

    /** This answer, if the commands succeeded. */
    Cli orFail() {
      if (exit != 0) {
        throw new IllegalStateException("jboss-cli failed: " + output);
      }
      return this;
    }
  }

  /** Runs management commands (one per line) with jboss-cli, stopping at the first that fails. */
  Cli cli(String... commands) throws IOException {
    Path file = Files.createTempFile("officina-it", ".cli");
    try {
      Files.writeString(file, String.join("\n", commands) + "\n");
      Process cli =
          new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(), "-c", "--file=" + file)
              .redirectErrorStream(true)
              .start();
      String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Cli(cli.waitFor(), output);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Shuts the server down cleanly, if it is running. */
  void stop() throws IOException, InterruptedException {
    if (script != null && script.isAlive()) {
      cli(":shutdown");
      script.waitFor(2, TimeUnit.MINUTES);
    }
  }
}
