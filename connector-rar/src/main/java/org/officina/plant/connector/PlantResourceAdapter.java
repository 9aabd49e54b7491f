package org.officina.plant.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.Objects;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/**
 * The resource adapter through which Officina will reach its plant's machines and automatic
 * warehouses. It is started and stopped with the application by the server's connector runtime; it
 * offers no connections yet.
 */
public class PlantResourceAdapter implements ResourceAdapter {

  private static final Logger LOG = Logger.getLogger(PlantResourceAdapter.class.getName());

  private String plantCode;

  @Override
  public void start(BootstrapContext context) {
    LOG.info(() -> "plant connector started for plant " + plantCode);
  }

  @Override
  public void stop() {
    LOG.info(() -> "plant connector stopped for plant " + plantCode);
  }

  @Override
  public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec)
      throws ResourceException {
    throw new jakarta.resource.NotSupportedException(
        "the plant connector has no inbound endpoints yet");
  }

  @Override
  public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
    // nothing was activated
  }

  @Override
  public XAResource[] getXAResources(ActivationSpec[] specs) {
    return new XAResource[0];
  }

  public String getPlantCode() {
    return plantCode;
  }

  public void setPlantCode(String plantCode) {
    this.plantCode = plantCode;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PlantResourceAdapter adapter
        && Objects.equals(plantCode, adapter.plantCode);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(plantCode);
  }
}
