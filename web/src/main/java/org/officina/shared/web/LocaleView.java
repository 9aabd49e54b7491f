package org.officina.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The portal's language: the browser's, when the portal speaks it, until the user picks another in
 * the header. The languages offered are those of faces-config.xml.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

  private static final long serialVersionUID = 1L;
  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Locale requested = faces.getExternalContext().getRequestLocale();
      locale =
          getLocales().stream()
              .filter(l -> l.getLanguage().equals(requested.getLanguage()))
              .findFirst()
              .orElse(faces.getApplication().getDefaultLocale());
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void setLanguage(String language) {
    locale = Locale.forLanguageTag(language);
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }

  public List<Locale> getLocales() {
    List<Locale> locales = new ArrayList<>();
    var application = FacesContext.getCurrentInstance().getApplication();
    locales.add(application.getDefaultLocale());
    Iterator<Locale> supported = application.getSupportedLocales();
    supported.forEachRemaining(locales::add);
    return locales;
  }

  /** A language's name in that language, as a language menu shows it. */
  public String nameOf(Locale language) {
    String name = language.getDisplayLanguage(language);
    return name.substring(0, 1).toUpperCase(language) + name.substring(1);
  }
}
