package org.officina.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants as UTC timestamps. EclipseLink 4.0 would serialize an Instant as bytes; a plain
 * TIMESTAMP in UTC reads the same on PostgreSQL, Oracle and H2 whatever the server's time zone.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

  @Override
  public LocalDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime timestamp) {
    return timestamp == null ? null : timestamp.toInstant(ZoneOffset.UTC);
  }
}
