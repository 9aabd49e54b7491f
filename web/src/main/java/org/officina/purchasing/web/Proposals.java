package org.officina.purchasing.web;

import java.util.List;
import org.officina.execution.application.FirmOrderConversionService;
import org.officina.shared.model.Outcome;
import org.officina.shared.web.Messages;

/** The workbenches' Convert selected: the proposals chosen made into orders, or why not. */
final class Proposals {

  private Proposals() {}

  /** Converts the proposals, naming the orders made or each refusal; true when made. */
  static boolean convert(FirmOrderConversionService conversion, List<ProposalRow> selected) {
    if (selected.isEmpty()) {
      Messages.error("purchaseOrders.selectProposals");
      return false;
    }
    Outcome<List<String>> made =
        conversion.convert(selected.stream().map(ProposalRow::id).toList());
    if (made instanceof Outcome.Refused<List<String>> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
      return false;
    }
    Messages.info(
        "purchaseOrders.converted", String.join(", ", ((Outcome.Done<List<String>>) made).value()));
    return true;
  }
}
