package org.officina.engineering.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.officina.engineering.model.Document;
import org.officina.engineering.model.Documents;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/** Routing documents in the database: the file's bytes beside what describes it. */
@Dependent
public class JdbcDocuments implements Documents {

  private static final String DESCRIBED =
      "SELECT d.id, i.code, d.operation_seq, d.name, d.content_type, d.size_bytes, d.uploaded_at,"
          + " d.uploaded_by FROM document d JOIN item i ON i.id = d.item_id";

  @PersistenceContext EntityManager em;

  @Override
  public long add(Document document, byte[] content) {
    Jdbc jdbc = Jdbc.of(em);
    long id = jdbc.ids("document_seq", 1)[0];
    long itemId = jdbc.itemIds().get(document.item());
    jdbc.update(
        "INSERT INTO document (id, item_id, operation_seq, name, content_type, size_bytes, content,"
            + " uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p ->
            p.id(id)
                .id(itemId)
                .integer(document.operationSeq())
                .text(document.name())
                .text(document.contentType())
                .id(content.length)
                .bytes(content)
                .instant(document.uploadedAt())
                .text(document.uploadedBy()));
    return id;
  }

  @Override
  public List<Document> of(String item) {
    return Jdbc.of(em)
        .query(
            DESCRIBED + " WHERE i.code = ? ORDER BY d.operation_seq, d.name, d.id",
            JdbcDocuments::document,
            item);
  }

  @Override
  public Optional<Document> find(long id) {
    return Jdbc.of(em).query(DESCRIBED + " WHERE d.id = ?", JdbcDocuments::document, id).stream()
        .findFirst();
  }

  @Override
  public byte[] content(long id) {
    return Jdbc.of(em)
        .query("SELECT content FROM document WHERE id = ?", rs -> rs.getBytes(1), id)
        .get(0);
  }

  @Override
  public boolean delete(long id) {
    return Jdbc.of(em).update("DELETE FROM document WHERE id = ?", p -> p.id(id)) > 0;
  }

  private static Document document(ResultSet rs) throws SQLException {
    return new Document(
        rs.getLong(1),
        rs.getString(2),
        SqlColumns.integer(rs, "operation_seq"),
        rs.getString(4),
        rs.getString(5),
        rs.getLong(6),
        SqlColumns.instant(rs, "uploaded_at"),
        rs.getString(8));
  }
}
