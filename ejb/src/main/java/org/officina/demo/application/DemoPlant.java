package org.officina.demo.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.ItemSearch;
import org.officina.integration.application.DatasetImport;
import org.officina.integration.application.DatasetResult;
import org.officina.integration.model.ExchangeFormat;
import org.officina.shared.model.Roles;

/**
 * Loads the demo plant (demo-plant/, a dataset in the exchange format) into an empty database at
 * first start, when the server is configured for the demo (system property
 * officina.demo-plant=true, set by config/wildfly/demo.cli). It goes through the same import as any
 * other dataset, so the demo data keeps the same rules; then the floor gets its first orders
 * ({@link DemoFloor}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.ADMIN)
public class DemoPlant {

  public static final String SWITCH = "officina.demo-plant";
  private static final String FOLDER = "demo-plant/";
  private static final Logger LOG = Logger.getLogger(DemoPlant.class.getName());

  @Inject DatasetImport datasetImport;
  @Inject DemoFloor floor;
  @Inject ItemService items;

  private static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : ExchangeFormat.names()) {
      try (InputStream stream =
          DemoPlant.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
        if (stream != null) {
          files.put(name, new String(stream.readAllBytes(), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** Each step commits on its own: the floor's declarations see the orders made before them. */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void loadIfWanted() {
    if (!Boolean.getBoolean(SWITCH) || items.search(ItemSearch.all(0, 1)).total() > 0) {
      return;
    }
    DatasetResult result = datasetImport.importFiles(files());
    if (!result.accepted()) {
      throw new IllegalStateException("the demo plant is invalid: " + result.errors());
    }
    LOG.info(() -> "demo plant loaded: " + result.lines());
    floor.start();
  }
}
