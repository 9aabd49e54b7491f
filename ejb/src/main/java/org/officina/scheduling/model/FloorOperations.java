package org.officina.scheduling.model;

import java.util.List;

/** The operations still to do of the open production orders, order by order in sequence. */
public interface FloorOperations {

  List<FloorOperation> open();
}
