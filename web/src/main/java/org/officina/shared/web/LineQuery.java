package org.officina.shared.web;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.officina.shared.model.LineSearch;

/**
 * The query parameters of a list of order lines: item, type, number, due_from and due_to
 * (YYYY-MM-DD), offset and limit.
 */
public class LineQuery {

  @QueryParam("item")
  String item;

  @QueryParam("type")
  String type;

  @QueryParam("number")
  String number;

  @QueryParam("due_from")
  String dueFrom;

  @QueryParam("due_to")
  String dueTo;

  @QueryParam("offset")
  @DefaultValue("0")
  int offset;

  @QueryParam("limit")
  @DefaultValue("100")
  int limit;

  public LineSearch toSearch() {
    return new LineSearch(
        item,
        type,
        number,
        ApiErrors.date("due_from", dueFrom),
        ApiErrors.date("due_to", dueTo),
        offset,
        limit);
  }
}
