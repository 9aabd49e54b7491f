package org.officina.scheduling.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backward scheduling's first pass: for each operation, the latest instant it may start for its
 * order to end on its due date, counted back from the due date through each operation's first work
 * center's calendar (its own setup included, its overlap ignored, capacity infinite). An order
 * without a due date, one due after its calendars end, and every operation of a forward problem may
 * start at any time.
 */
public final class LatestStarts {

  private LatestStarts() {}

  public static long[][] of(SchedulingProblem problem) {
    Map<String, Resource> resources = new HashMap<>();
    problem.resources().forEach(resource -> resources.put(resource.code(), resource));
    long[][] latest = new long[problem.jobs().size()][];
    for (int job = 0; job < latest.length; job++) {
      Job order = problem.jobs().get(job);
      List<Operation> operations = order.operations();
      latest[job] = new long[operations.size()];
      long end = order.due();
      for (int index = operations.size() - 1; index >= 0; index--) {
        Operation operation = operations.get(index);
        if (problem.mode() == SchedulingProblem.Mode.FORWARD
            || !order.hasDue()
            || end == Long.MIN_VALUE) {
          latest[job][index] = Long.MIN_VALUE;
          continue;
        }
        Resource resource = resources.get(operation.workCenters().get(0));
        if (end > resource.availability().lastOpen()) {
          // due past what the calendar knows: counting back from its end would push it there
          latest[job][index] = Long.MIN_VALUE;
          end = Long.MIN_VALUE;
          continue;
        }
        long work = resource.work(operation.setup()) + operation.runWork(resource);
        long start = resource.availability().latestStart(end - operation.move(), work);
        latest[job][index] = start;
        end = start == Long.MIN_VALUE ? start : start - operation.queue();
      }
    }
    return latest;
  }
}
