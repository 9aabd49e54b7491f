package org.officina.integration.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.ItemSearch;
import org.officina.shared.model.Roles;

/**
 * Loads the demo plant (demo-plant/ in the exchange format) into an empty database at first start,
 * when the server is configured for the demo (system property officina.demo-plant=true, set by
 * config/wildfly/demo.cli). It goes through the same import as any other file, so the demo data
 * keeps the same rules.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.ADMIN)
public class DemoPlant {

  public static final String SWITCH = "officina.demo-plant";
  private static final String ITEMS = "demo-plant/items.csv";
  private static final Logger LOG = Logger.getLogger(DemoPlant.class.getName());

  @Inject ItemImport itemImport;
  @Inject ItemService items;

  @PostConstruct
  void loadIfWanted() {
    if (!Boolean.getBoolean(SWITCH) || items.search(ItemSearch.all(0, 1)).total() > 0) {
      return;
    }
    try (InputStream stream = DemoPlant.class.getClassLoader().getResourceAsStream(ITEMS);
        Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      ImportResult result = itemImport.importCsv(in);
      if (!result.accepted()) {
        throw new IllegalStateException("the demo plant's items are invalid: " + result.errors());
      }
      LOG.info(() -> "demo plant loaded: " + result.summary().created() + " items");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
