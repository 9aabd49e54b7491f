package org.officina.engineering.model;

import java.util.List;
import java.util.Optional;

/** Routing documents: the file's bytes beside what describes it. */
public interface Documents {
  long add(Document document, byte[] content);

  List<Document> of(String item);

  Optional<Document> find(long id);

  byte[] content(long id);

  boolean delete(long id);
}
