package org.officina.it;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Requests sent truly at once: each on a thread of its own that waits at a barrier until all are
 * ready, so that the server takes them side by side, as two impatient users would.
 */
final class Concurrently {

  private static final long MOST_SECONDS = 60;

  private Concurrently() {}

  /** The answers, in the order of the requests. */
  @SafeVarargs
  static List<HttpResponse<String>> send(Supplier<HttpResponse<String>>... requests)
      throws Exception {
    CyclicBarrier ready = new CyclicBarrier(requests.length);
    ExecutorService threads = Executors.newFixedThreadPool(requests.length);
    try {
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (Supplier<HttpResponse<String>> request : requests) {
        sent.add(
            threads.submit(
                () -> {
                  ready.await();
                  return request.get();
                }));
      }
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : sent) {
        answers.add(answer.get(MOST_SECONDS, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }
}
