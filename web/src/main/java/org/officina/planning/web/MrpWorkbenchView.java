package org.officina.planning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.Item;
import org.officina.execution.application.FirmOrderConversionService;
import org.officina.planning.application.MrpRunProgress;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.application.MrpStart;
import org.officina.planning.batch.MrpRunJobs;
import org.officina.planning.model.ActionMessage;
import org.officina.planning.model.MessageType;
import org.officina.planning.model.MrpRunRecord;
import org.officina.planning.model.MrpRunStatus;
import org.officina.planning.model.PeggingNode;
import org.officina.planning.model.PlannedOrderRow;
import org.officina.planning.model.RunComparison;
import org.officina.shared.model.Violation;
import org.officina.shared.web.Messages;
import org.officina.shared.web.PagedTable;
import org.primefaces.model.TreeNode;

/**
 * The planner's workbench: start a run and follow it, then read the run chosen: its planned orders
 * (firm them, convert firm ones into orders, one or many), an item's time-phased record by day,
 * week or month, the pegging tree from a sales order down or from a planned order up, the action
 * messages by type and item, and how a simulation differs from the live plan.
 */
@Named
@ViewScoped
public class MrpWorkbenchView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int LATEST = 20;
  private static final int RECORD_TAB = 1;
  private static final int PEGGING_TAB = 2;

  @Inject MrpRunService runs;
  @Inject MrpRunJobs jobs;
  @Inject FirmOrderConversionService conversion;
  @Inject ItemService items;

  private final MrpRunForm form = new MrpRunForm();
  private List<MrpRunRecord> latest = List.of();
  private Long runId;
  private MrpRunRecord run;
  private List<PlannedOrderRow> selected = new ArrayList<>();
  private String recordItem;
  private TimePhasedGrid.Period period = TimePhasedGrid.Period.WEEK;
  private TimePhasedGrid grid;
  private String peggingReference;
  private TreeNode<PeggingNode> peggingTree;
  private Long compareRunId;
  private int activeTab;
  private List<RunComparison> comparison;
  private final PagedTable<PlannedOrderRow> plannedOrders =
      new PagedTable<>(
          (filterBy, first, size) -> RunPages.plannedOrders(runs, runId, filterBy, first, size),
          row -> Integer.toString(row.number()));
  private final PagedTable<ActionMessage> messages =
      new PagedTable<>(
          (filterBy, first, size) -> RunPages.messages(runs, runId, filterBy, first, size),
          message -> message.toString());

  @PostConstruct
  void init() {
    latest = runs.latest(null, LATEST);
    latest.stream()
        .filter(MrpRunRecord::live)
        .findFirst()
        .or(() -> latest.stream().findFirst())
        .ifPresent(r -> choose(r.id()));
  }

  /** Starts the run the form asks for. */
  public void start() {
    MrpStart started = jobs.start(form.request());
    if (started.isAccepted()) {
      choose(started.runId());
      Messages.info("mrp.started", started.runId());
    } else if (started.running() != null) {
      Violation busy =
          Violation.of(
              "plant",
              "mrp.running",
              started.running().request().plant(),
              started.running().id(),
              started.running().requestedBy());
      Messages.violation(null, null, busy);
    } else {
      started.violations().forEach(v -> Messages.violation(null, v.field(), v));
    }
  }

  public void choose(long id) {
    runId = id;
    refresh();
    selected = new ArrayList<>();
    grid = null;
    peggingTree = null;
  }

  public void refresh() {
    run = runId == null ? null : runs.run(runId).orElse(null);
    latest = runs.latest(null, LATEST);
  }

  public void stop() {
    if (runId != null) {
      runs.requestStop(runId);
      Messages.info("mrp.stopRequested", runId);
    }
  }

  public boolean isRunning() {
    return run != null && !run.status().ended();
  }

  public boolean isCompleted() {
    return run != null && run.status() == MrpRunStatus.COMPLETED;
  }

  public int getPercent() {
    if (run == null) {
      return 0;
    }
    if (run.status().ended()) {
      return 100;
    }
    return runs.progress(run.id()).map(MrpRunProgress.Progress::percent).orElse(0);
  }

  /** The latest runs, read again whenever the page refreshes its run. */
  public List<MrpRunRecord> getRuns() {
    return latest;
  }

  public void firmSelected() {
    changed(PlannedOrderChanges.firm(runs, runId, selected));
  }

  public void firmOne(PlannedOrderRow row) {
    changed(PlannedOrderChanges.firm(runs, runId, List.of(row)));
  }

  public void convertSelected() {
    changed(PlannedOrderChanges.convert(conversion, selected));
  }

  public void convertOne(PlannedOrderRow row) {
    changed(PlannedOrderChanges.convert(conversion, List.of(row)));
  }

  /** A change made, the orders it changed are no longer selected. */
  private void changed(boolean made) {
    if (made) {
      selected = new ArrayList<>();
    }
  }

  public void showRecord() {
    String code = recordItem == null ? "" : recordItem.strip();
    grid =
        runs.itemRecord(runId, code)
            .map(
                r ->
                    new TimePhasedGrid(
                        r,
                        items.find(code).map(Item::data).orElse(null),
                        run.request().start(),
                        period,
                        FacesContext.getCurrentInstance().getViewRoot().getLocale()))
            .orElse(null);
    if (grid == null) {
      Messages.error("mrp.noRecord", recordItem, runId);
    }
  }

  /** Opened for an item (from its page): its record in the run shown, if the run has ended. */
  public void openItem() {
    if (recordItem != null && !recordItem.isBlank() && isCompleted()) {
      showRecordOf(recordItem);
    }
  }

  /** Shows an item's record from any row that names it. */
  public void showRecordOf(String item) {
    recordItem = item;
    showRecord();
    activeTab = RECORD_TAB;
  }

  /** Shows the pegging of a reference a row names: a planned order up, a demand line down. */
  public void showPeggingOf(String reference) {
    peggingReference = reference;
    showPegging();
    activeTab = PEGGING_TAB;
  }

  /** What a planned order is pegged to, as a person reads it: safety stock by its name. */
  public String pegLabel(String peg) {
    return "SAFETY_STOCK".equals(peg) ? Messages.text("mrp.safetyStock") : peg;
  }

  /** All that a planned order is pegged to, in one cell of an export. */
  public String pegs(PlannedOrderRow row) {
    return String.join(", ", row.peggedTo().stream().map(this::pegLabel).toList());
  }

  public int getActiveTab() {
    return activeTab;
  }

  public void setActiveTab(int activeTab) {
    this.activeTab = activeTab;
  }

  public void showPegging() {
    String reference = peggingReference == null ? "" : peggingReference.strip();
    peggingTree = PeggingTrees.of(runs, runId, reference);
    if (peggingTree == null) {
      Messages.error("mrp.noPegging", reference);
    }
  }

  public void compare() {
    comparison = compareRunId == null ? null : runs.compare(compareRunId, runId);
  }

  // the form's fields and what the page reads

  public MrpRunForm getForm() {
    return form;
  }

  public Long getRunId() {
    return runId;
  }

  public MrpRunRecord getRun() {
    return run;
  }

  public List<PlannedOrderRow> getSelected() {
    return selected;
  }

  public void setSelected(List<PlannedOrderRow> selected) {
    this.selected = selected;
  }

  public PagedTable<PlannedOrderRow> getPlannedOrders() {
    return plannedOrders;
  }

  public PagedTable<ActionMessage> getMessages() {
    return messages;
  }

  public MessageType[] getMessageTypes() {
    return MessageType.values();
  }

  public String getRecordItem() {
    return recordItem;
  }

  public void setRecordItem(String recordItem) {
    this.recordItem = recordItem;
  }

  public TimePhasedGrid.Period getPeriod() {
    return period;
  }

  public void setPeriod(TimePhasedGrid.Period period) {
    this.period = period;
  }

  public TimePhasedGrid.Period[] getPeriods() {
    return TimePhasedGrid.Period.values();
  }

  public TimePhasedGrid getGrid() {
    return grid;
  }

  public String getPeggingReference() {
    return peggingReference;
  }

  public void setPeggingReference(String peggingReference) {
    this.peggingReference = peggingReference;
  }

  public TreeNode<PeggingNode> getPeggingTree() {
    return peggingTree;
  }

  public Long getCompareRunId() {
    return compareRunId;
  }

  public void setCompareRunId(Long compareRunId) {
    this.compareRunId = compareRunId;
  }

  public List<RunComparison> getComparison() {
    return comparison;
  }
}
