package org.officina.planning.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.officina.planning.model.MessageType;
import org.officina.planning.model.MrpMode;
import org.officina.planning.model.MrpOptions;
import org.officina.planning.model.MrpParameters;
import org.officina.planning.model.MrpRunRequest;
import org.officina.planning.model.MrpSource;
import org.officina.planning.model.PlannedOrderType;
import org.officina.resources.model.Department;

/** The workbench's form to start a run, and the request it makes. */
public class MrpRunForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalDate start = LocalDate.now();
  private int horizonDays = 365;
  private MrpMode mode = MrpMode.REGENERATIVE;
  private boolean simulation;
  private boolean suggestionsOnly;
  private int earlyToleranceDays = MrpParameters.DEFAULT_EARLY_TOLERANCE_DAYS;
  private int lateToleranceDays = MrpParameters.DEFAULT_LATE_TOLERANCE_DAYS;

  /** An array, not a list: JSF converts the checkbox menu's values to its element type. */
  private MessageType[] suppressedMessages = {};

  private PlannedOrderType[] proposals = PlannedOrderType.values();
  private MrpSource[] sources = MrpSource.values();
  private Integer consumptionBackwardDays;
  private Integer consumptionForwardDays;
  private boolean reorderPoint;
  private boolean ignorePastDue;

  /** The request; net change plans with the live plan's settings, whatever the form says. */
  MrpRunRequest request() {
    boolean netChange = mode == MrpMode.NET_CHANGE;
    return new MrpRunRequest(
        Department.DEFAULT_PLANT,
        netChange ? null : start,
        netChange ? null : horizonDays,
        mode,
        simulation,
        netChange ? null : earlyToleranceDays,
        netChange ? null : lateToleranceDays,
        netChange ? Set.of() : Set.of(suppressedMessages),
        !netChange && suggestionsOnly,
        netChange ? null : options());
  }

  private MrpOptions options() {
    return new MrpOptions(
        consumptionBackwardDays,
        consumptionForwardDays,
        Set.of(proposals),
        reorderPoint,
        ignorePastDue,
        Set.of(sources));
  }

  public PlannedOrderType[] getProposalKinds() {
    return PlannedOrderType.values();
  }

  public MrpSource[] getSourceKinds() {
    return MrpSource.values();
  }

  public PlannedOrderType[] getProposals() {
    return proposals;
  }

  public void setProposals(PlannedOrderType[] proposals) {
    this.proposals = proposals == null ? new PlannedOrderType[0] : proposals;
  }

  public MrpSource[] getSources() {
    return sources;
  }

  public void setSources(MrpSource[] sources) {
    this.sources = sources == null ? new MrpSource[0] : sources;
  }

  public Integer getConsumptionBackwardDays() {
    return consumptionBackwardDays;
  }

  public void setConsumptionBackwardDays(Integer days) {
    consumptionBackwardDays = days;
  }

  public Integer getConsumptionForwardDays() {
    return consumptionForwardDays;
  }

  public void setConsumptionForwardDays(Integer days) {
    consumptionForwardDays = days;
  }

  public boolean isReorderPoint() {
    return reorderPoint;
  }

  public void setReorderPoint(boolean reorderPoint) {
    this.reorderPoint = reorderPoint;
  }

  public boolean isIgnorePastDue() {
    return ignorePastDue;
  }

  public void setIgnorePastDue(boolean ignorePastDue) {
    this.ignorePastDue = ignorePastDue;
  }

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

  public MessageType[] getSuppressedMessages() {
    return suppressedMessages.clone();
  }

  public void setSuppressedMessages(MessageType[] types) {
    this.suppressedMessages = types == null ? new MessageType[0] : types.clone();
  }
}
