package org.officina.engineering.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.officina.engineering.application.DocumentService;
import org.officina.engineering.application.RoutingService;
import org.officina.engineering.model.Document;
import org.officina.engineering.model.Routing;
import org.officina.resources.application.PlantResourceService;
import org.officina.resources.model.WorkCenter;
import org.officina.shared.model.Outcome;
import org.officina.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The routing editor: an item's operations and sub-operations in order, each row edited in place,
 * operations added after the last and removed; every save is checked (work centers, tools,
 * sub-operations) and refused if somebody saved the routing meanwhile.
 */
@Named
@ViewScoped
public class RoutingView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SEQ_STEP = 10;

  @Inject RoutingService routings;
  @Inject PlantResourceService plant;
  @Inject DocumentService documents;

  private String item;
  private long version;
  private int revision;
  private List<OperationRow> operations = new ArrayList<>();
  private List<String> workCenters;
  private List<Document> attached = List.of();
  private Integer documentOperation;

  public void show() {
    operations = new ArrayList<>();
    version = 0;
    revision = 0;
    if (item == null || item.isBlank()) {
      return;
    }
    item = item.strip();
    attached = documents.of(item);
    routings
        .routing(item)
        .ifPresent(
            routing -> {
              version = routing.version();
              revision = routing.revision();
              routing.operations().forEach(op -> operations.add(new OperationRow(op)));
            });
  }

  public void save() {
    Outcome<Routing> outcome =
        routings.save(item, operations.stream().map(OperationRow::toOperation).toList(), version);
    if (outcome instanceof Outcome.Done) {
      Messages.info("routing.saved", item);
    } else {
      ((Outcome.Refused<Routing>) outcome)
          .violations()
          .forEach(v -> Messages.violation(null, item, v));
    }
    show();
  }

  public void addOperation() {
    int last = operations.stream().mapToInt(OperationRow::getSeq).max().orElse(0);
    String center =
        operations.isEmpty()
            ? getWorkCenters().get(0)
            : operations.get(operations.size() - 1).getWorkCenter();
    operations.add(OperationRow.next(item, (last / SEQ_STEP + 1) * SEQ_STEP, center));
    save();
  }

  public void remove(OperationRow row) {
    operations.remove(row);
    save();
  }

  public void upload(FileUploadEvent event) {
    Outcome<Document> outcome =
        documents.attach(
            item,
            documentOperation,
            event.getFile().getFileName(),
            event.getFile().getContentType(),
            event.getFile().getContent());
    if (outcome instanceof Outcome.Done) {
      Messages.info("routing.documentAttached", event.getFile().getFileName());
    } else {
      ((Outcome.Refused<Document>) outcome)
          .violations()
          .forEach(v -> Messages.violation(null, item, v));
    }
    attached = documents.of(item);
  }

  public void removeDocument(Document document) {
    documents.remove(document.id());
    attached = documents.of(item);
  }

  public List<Document> getAttached() {
    return attached;
  }

  public Integer getDocumentOperation() {
    return documentOperation;
  }

  public void setDocumentOperation(Integer documentOperation) {
    this.documentOperation = documentOperation;
  }

  public List<String> getWorkCenters() {
    if (workCenters == null) {
      workCenters = plant.workCenters().stream().map(WorkCenter::code).toList();
    }
    return workCenters;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public int getRevision() {
    return revision;
  }

  public List<OperationRow> getOperations() {
    return operations;
  }
}
