package org.officina.purchasing.model;

import java.util.List;
import java.util.Optional;

/** Delivery notes of conto lavoro (DDT) and their numbers. */
public interface DeliveryNotes {

  /** The next delivery note number of a year, taken under a lock so that none is skipped. */
  long nextNumber(int year);

  /**
   * @param clientId the id the client gave the note (may be null): a repeat is recognised
   */
  void insertNote(DeliveryNote note, String clientId);

  /** The note a client posted with its id. */
  Optional<DeliveryNote> noteOf(String clientId);

  Optional<DeliveryNote> note(String number);

  /** The notes, newest first; of a supplier when one is given. */
  List<DeliveryNote> notes(String supplier, int limit);

  /** The notes that sent something for an order. */
  List<DeliveryNote> notesOf(String order);

  /**
   * Marks a note reversed; false when it was already (the row lock makes two at once take turns).
   */
  boolean markReversed(String number);
}
