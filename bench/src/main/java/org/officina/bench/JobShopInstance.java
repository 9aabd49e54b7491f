package org.officina.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.officina.scheduling.model.Job;
import org.officina.scheduling.model.Objective;
import org.officina.scheduling.model.Operation;
import org.officina.scheduling.model.Resource;
import org.officina.scheduling.model.SchedulingProblem;

/**
 * A classic job-shop instance in the OR-Library format (a first line "jobs machines", then one line
 * per job of "machine time" pairs in processing order, machines numbered from 0), as a problem for
 * the production engine: machine m is work center Mm with one unit, always open; job j is order Jj,
 * without a due date, so makespan decides.
 */
record JobShopInstance(int jobs, int machines, int[][] machine, int[][] time) {

  static JobShopInstance parse(String text) {
    String[] tokens = text.strip().split("\\s+");
    if (tokens.length < 2) {
      throw new IllegalArgumentException("a job-shop instance starts with 'jobs machines'");
    }
    int jobs = number(tokens, 0, "the number of jobs");
    int machines = number(tokens, 1, "the number of machines");
    if (tokens.length != 2 + 2 * jobs * machines) {
      throw new IllegalArgumentException(
          "expected "
              + jobs * machines
              + " 'machine time' pairs for "
              + jobs
              + " jobs on "
              + machines
              + " machines, found "
              + (tokens.length - 2) / 2.0);
    }
    int[][] machine = new int[jobs][machines];
    int[][] time = new int[jobs][machines];
    int at = 2;
    for (int job = 0; job < jobs; job++) {
      for (int op = 0; op < machines; op++) {
        machine[job][op] = number(tokens, at++, "the machine of job " + job + " operation " + op);
        time[job][op] = number(tokens, at++, "the time of job " + job + " operation " + op);
        if (machine[job][op] >= machines) {
          throw new IllegalArgumentException(
              "job " + job + " operation " + op + " names machine " + machine[job][op]);
        }
      }
    }
    return new JobShopInstance(jobs, machines, machine, time);
  }

  private static int number(String[] tokens, int at, String what) {
    try {
      int value = Integer.parseInt(tokens[at]);
      if (value < 0) {
        throw new IllegalArgumentException(what + " is negative: " + tokens[at]);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " is not a whole number: " + tokens[at], e);
    }
  }

  SchedulingProblem problem() {
    List<Resource> resources = new ArrayList<>();
    for (int m = 0; m < machines; m++) {
      resources.add(Resource.machine("M" + m));
    }
    List<Job> orders = new ArrayList<>();
    for (int job = 0; job < jobs; job++) {
      List<Operation> operations = new ArrayList<>();
      for (int op = 0; op < machines; op++) {
        operations.add(Operation.plain(op, "M" + machine[job][op], time[job][op]));
      }
      orders.add(Job.plain("J" + job, operations));
    }
    return new SchedulingProblem(resources, Map.of(), orders, List.of(Objective.MAKESPAN));
  }
}
