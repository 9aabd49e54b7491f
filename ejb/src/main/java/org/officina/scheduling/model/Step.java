package org.officina.scheduling.model;

/**
 * One step of an order of placement: an operation of an order ({@code job} and {@code index} number
 * them from 0) and, when the proposer chose it, the work center and unit to run it on (null and -1
 * leave the choice to the builder: wherever it ends first).
 */
public record Step(int job, int index, String workCenter, int unit) {

  public static Step of(int job, int index) {
    return new Step(job, index, null, -1);
  }

  public boolean chosen() {
    return workCenter != null;
  }
}
