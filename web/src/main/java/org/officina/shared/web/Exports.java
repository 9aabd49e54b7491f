package org.officina.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.DecimalFormatSymbols;
import org.primefaces.component.export.CSVOptions;

/**
 * How tables are exported for the reader's spreadsheet: a CSV splits on ';' where the language
 * writes decimals with a comma (an Italian Excel does not split on ','), on ',' elsewhere.
 */
@Named
@RequestScoped
public class Exports {

  public CSVOptions getCsv() {
    var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ','
        ? CSVOptions.EXCEL_NORTHERN_EUROPE
        : CSVOptions.EXCEL;
  }
}
