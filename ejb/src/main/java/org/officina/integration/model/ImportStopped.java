package org.officina.integration.model;

import org.officina.shared.model.ImportError;

/**
 * Reading or checking an import stopped before the end: it found more errors than are worth
 * listing, or holds more lines than an import takes. Stopping keeps a hostile or mistaken file from
 * holding a core and the memory of every error it would give; what stopped it is reported as one
 * more error, beside those found.
 */
public final class ImportStopped extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ImportError reason;

  public ImportStopped(ImportError reason) {
    super(reason.toString(), null, false, false);
    this.reason = reason;
  }

  public ImportError reason() {
    return reason;
  }
}
