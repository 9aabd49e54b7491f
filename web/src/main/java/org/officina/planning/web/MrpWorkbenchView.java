package org.officina.planning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.officina.planning.application.MrpRunProgress;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.application.MrpStart;
import org.officina.planning.batch.MrpRunJobs;
import org.officina.planning.model.ActionMessage;
import org.officina.planning.model.MessageSearch;
import org.officina.planning.model.MessageType;
import org.officina.planning.model.MrpMode;
import org.officina.planning.model.MrpParameters;
import org.officina.planning.model.MrpRunRecord;
import org.officina.planning.model.MrpRunRequest;
import org.officina.planning.model.MrpRunStatus;
import org.officina.planning.model.OrderChange;
import org.officina.planning.model.PeggingNode;
import org.officina.planning.model.PlannedOrderRow;
import org.officina.planning.model.RunComparison;
import org.officina.resources.model.Department;
import org.officina.shared.model.Page;
import org.officina.shared.model.Violation;
import org.officina.shared.web.Messages;
import org.officina.shared.web.PagedTable;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.FilterMeta;
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

  @Inject MrpRunService runs;
  @Inject MrpRunJobs jobs;

  private LocalDate start = LocalDate.now();
  private int horizonDays = 365;
  private MrpMode mode = MrpMode.REGENERATIVE;
  private boolean simulation;
  private boolean suggestionsOnly;
  private int earlyToleranceDays = MrpParameters.DEFAULT_EARLY_TOLERANCE_DAYS;
  private int lateToleranceDays = MrpParameters.DEFAULT_LATE_TOLERANCE_DAYS;

  /** An array, not a list: JSF converts the checkbox menu's values to its element type. */
  private MessageType[] suppressedMessages = {};

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
  private List<RunComparison> comparison;
  private final PagedTable<PlannedOrderRow> plannedOrders =
      new PagedTable<>(this::plannedOrders, row -> Integer.toString(row.number()));
  private final PagedTable<ActionMessage> messages =
      new PagedTable<>(this::messages, message -> message.toString());

  @PostConstruct
  void init() {
    latest = runs.latest(null, LATEST);
    latest.stream()
        .filter(MrpRunRecord::live)
        .findFirst()
        .or(() -> latest.stream().findFirst())
        .ifPresent(r -> choose(r.id()));
  }

  /** Starts a run; net change plans with the live plan's settings, whatever the form says. */
  public void start() {
    boolean netChange = mode == MrpMode.NET_CHANGE;
    MrpStart started =
        jobs.start(
            new MrpRunRequest(
                Department.DEFAULT_PLANT,
                netChange ? null : start,
                netChange ? null : horizonDays,
                mode,
                simulation,
                netChange ? null : earlyToleranceDays,
                netChange ? null : lateToleranceDays,
                netChange ? Set.of() : Set.of(suppressedMessages),
                !netChange && suggestionsOnly));
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
    firm(selected.stream().map(PlannedOrderRow::number).toList());
  }

  public void firmOne(PlannedOrderRow row) {
    firm(List.of(row.number()));
  }

  private void firm(List<Integer> numbers) {
    if (numbers.isEmpty()) {
      Messages.error("mrp.selectFirst");
      return;
    }
    report(runs.firm(runId, numbers), "mrp.firmed");
  }

  public void convertSelected() {
    convert(
        selected.stream().map(PlannedOrderRow::firmPlannedOrder).filter(id -> id != null).toList());
  }

  public void convertOne(PlannedOrderRow row) {
    convert(row.firmPlannedOrder() == null ? List.of() : List.of(row.firmPlannedOrder()));
  }

  private void convert(List<Long> firmIds) {
    if (firmIds.isEmpty()) {
      Messages.error("mrp.selectFirmFirst");
      return;
    }
    report(runs.convert(firmIds), "mrp.converted");
  }

  private void report(OrderChange change, String done) {
    if (change.violations().isEmpty()) {
      Messages.info(done, change.ids().size());
      selected = new ArrayList<>();
    } else {
      change.violations().forEach(v -> Messages.violation(null, null, v));
    }
  }

  public void showRecord() {
    grid =
        runs.itemRecord(runId, recordItem == null ? "" : recordItem.strip())
            .map(r -> new TimePhasedGrid(r, run.request().start(), period))
            .orElse(null);
    if (grid == null) {
      Messages.error("mrp.noRecord", recordItem, runId);
    }
  }

  public void showPegging() {
    String reference = peggingReference == null ? "" : peggingReference.strip();
    Optional<PeggingNode> root = Optional.empty();
    if (reference.startsWith("PLN-")) {
      try {
        root =
            Optional.of(
                runs.peggingOfPlannedOrder(runId, Integer.parseInt(reference.substring(4))));
      } catch (NumberFormatException e) {
        root = Optional.empty();
      }
    } else if (reference.contains("/")) {
      int slash = reference.lastIndexOf('/');
      try {
        root =
            runs.peggingOfDemand(
                runId,
                reference.substring(0, slash),
                Integer.parseInt(reference.substring(slash + 1)));
      } catch (NumberFormatException e) {
        root = Optional.empty();
      }
    }
    peggingTree = root.map(MrpWorkbenchView::tree).orElse(null);
    if (peggingTree == null) {
      Messages.error("mrp.noPegging", reference);
    }
  }

  private static TreeNode<PeggingNode> tree(PeggingNode root) {
    TreeNode<PeggingNode> top = new DefaultTreeNode<>(null, null);
    add(root, top);
    return top;
  }

  private static void add(PeggingNode node, TreeNode<PeggingNode> parent) {
    TreeNode<PeggingNode> treeNode = new DefaultTreeNode<>(node, parent);
    treeNode.setExpanded(true);
    node.children().forEach(child -> add(child, treeNode));
  }

  public void compare() {
    comparison = compareRunId == null ? null : runs.compare(compareRunId, runId);
  }

  private Page<PlannedOrderRow> plannedOrders(
      Map<String, FilterMeta> filterBy, int first, int size) {
    return runId == null
        ? new Page<>(List.of(), 0)
        : runs.plannedOrders(runId, PagedTable.filter(filterBy, "item"), first, size);
  }

  private Page<ActionMessage> messages(Map<String, FilterMeta> filterBy, int first, int size) {
    if (runId == null) {
      return new Page<>(List.of(), 0);
    }
    String type = PagedTable.filter(filterBy, "type");
    return runs.messages(
        runId,
        new MessageSearch(
            type == null ? null : MessageType.valueOf(type),
            PagedTable.filter(filterBy, "item"),
            PagedTable.filter(filterBy, "planner")),
        first,
        size);
  }

  // the form's fields and what the page reads

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }

  public int getHorizonDays() {
    return horizonDays;
  }

  public void setHorizonDays(int horizonDays) {
    this.horizonDays = horizonDays;
  }

  public MrpMode getMode() {
    return mode;
  }

  public void setMode(MrpMode mode) {
    this.mode = mode;
  }

  public MrpMode[] getModes() {
    return MrpMode.values();
  }

  public boolean isSimulation() {
    return simulation;
  }

  public void setSimulation(boolean simulation) {
    this.simulation = simulation;
  }

  public boolean isSuggestionsOnly() {
    return suggestionsOnly;
  }

  public void setSuggestionsOnly(boolean suggestionsOnly) {
    this.suggestionsOnly = suggestionsOnly;
  }

  public int getEarlyToleranceDays() {
    return earlyToleranceDays;
  }

  public void setEarlyToleranceDays(int days) {
    this.earlyToleranceDays = days;
  }

  public int getLateToleranceDays() {
    return lateToleranceDays;
  }

  public void setLateToleranceDays(int days) {
    this.lateToleranceDays = days;
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

  public MessageType[] getSuppressedMessages() {
    return suppressedMessages.clone();
  }

  public void setSuppressedMessages(MessageType[] types) {
    this.suppressedMessages = types == null ? new MessageType[0] : types.clone();
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
