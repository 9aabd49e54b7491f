package org.officina.engineering.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.officina.engineering.model.Document;
import org.officina.engineering.model.Documents;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Work instructions and drawings of routings: attached to an item's routing or to one of its
 * operations, listed, downloaded and removed.
 */
@Stateless
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.OPERATOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class DocumentService {

  /** Drawings and instructions are documents, not archives: larger files belong in a DMS. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  @Inject Documents documents;
  @Inject ItemService items;
  @Resource SessionContext session;
  Clock clock = Clock.systemUTC();

  /** Attaches a file; returns it as listed, or why it was refused. */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<Document> attach(
      String item, Integer operationSeq, String name, String contentType, byte[] content) {
    if (items.find(item).isEmpty()) {
      return Outcome.refused(
          Outcome.Refusal.NOT_FOUND, List.of(Violation.of("item", "item.notFound", item)));
    }
    List<Violation> violations = new ArrayList<>();
    if (name == null || name.isBlank() || name.length() > 200) {
      violations.add(Violation.of("name", "document.name"));
    }
    if (content.length == 0 || content.length > MAX_BYTES) {
      violations.add(Violation.of("content", "document.size", content.length, MAX_BYTES));
    }
    if (!violations.isEmpty()) {
      return Outcome.refused(Outcome.Refusal.INVALID, violations);
    }
    String type =
        contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
    Document document =
        new Document(
            0,
            item,
            operationSeq,
            name.strip(),
            type,
            content.length,
            clock.instant(),
            session.getCallerPrincipal().getName());
    long id = documents.add(document, content);
    return new Outcome.Done<>(documents.find(id).orElseThrow());
  }

  public List<Document> of(String item) {
    return documents.of(item);
  }

  public Optional<Document> find(long id) {
    return documents.find(id);
  }

  public byte[] content(long id) {
    return documents.content(id);
  }

  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public boolean remove(long id) {
    return documents.delete(id);
  }
}
