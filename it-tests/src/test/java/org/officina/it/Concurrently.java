package org.officina.it;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
    List<Callable<HttpResponse<String>>> tasks = new ArrayList<>();
    for (Supplier<HttpResponse<String>> request : requests) {
      tasks.add(request::get);
    }
    return run(tasks);
  }

  /** What each task gave, in the order of the tasks, all started at the same instant. */
  static <T> List<T> run(List<Callable<T>> tasks) throws Exception {
    CyclicBarrier ready = new CyclicBarrier(tasks.size());
    ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
    try {
      List<Future<T>> started = new ArrayList<>();
      for (Callable<T> task : tasks) {
        started.add(
            threads.submit(
                () -> {
                  ready.await();
                  return task.call();
                }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> result : started) {
        results.add(result.get(MOST_SECONDS, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
