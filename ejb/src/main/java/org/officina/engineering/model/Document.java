package org.officina.engineering.model;

import java.time.Instant;

/**
 * A work instruction or drawing of an item's routing, or of one of its operations (operationSeq
 * null: the whole routing), as listed: its name, type and size, who uploaded it and when.
 */
public record Document(
    long id,
    String item,
    Integer operationSeq,
    String name,
    String contentType,
    long size,
    Instant uploadedAt,
    String uploadedBy) {}
