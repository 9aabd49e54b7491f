package org.officina.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.officina.shared.model.Violation;

/** Messages for the portal's pages, in the view's language. */
public final class Messages {

  private static final String BUNDLE = "org.officina.web.messages";

  private Messages() {}

  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    return new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(args);
  }

  public static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args), null);
  }

  public static void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, text(key, args), null);
  }

  /** A refused value, shown beside its field (clientId) and in the dialog's message list. */
  public static void violation(String clientId, String label, Violation violation) {
    String detail = violation.message(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    add(
        clientId,
        FacesMessage.SEVERITY_ERROR,
        label == null ? detail : label + ": " + detail,
        detail);
  }

  private static void add(
      String clientId, FacesMessage.Severity severity, String summary, String detail) {
    FacesContext.getCurrentInstance()
        .addMessage(
            clientId, new FacesMessage(severity, summary, detail == null ? summary : detail));
  }
}
