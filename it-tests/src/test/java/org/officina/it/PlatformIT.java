package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the deployed application offers beside its pages and resources: the connector, OpenAPI, the
 * login wall.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class PlatformIT {

  @ArquillianResource ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  @Test
  void the_plant_connector_is_deployed_and_started_with_the_application() throws Exception {
    ModelNode read =
        Operations.createReadResourceOperation(
            Operations.createAddress(
                "deployment", "officina.ear", "subdeployment", "officina-connector.rar"));
    assertThat(Operations.isSuccessfulOutcome(management.getControllerClient().execute(read)))
        .isTrue();
    ModelNode status =
        Operations.createReadAttributeOperation(
            Operations.createAddress("deployment", "officina.ear"), "status");
    assertThat(Operations.readResult(management.getControllerClient().execute(status)).asString())
        .isEqualTo("OK");
  }

  @Test
  void the_server_publishes_an_openapi_description_of_the_api() {
    HttpResponse<String> openapi =
        Api.as(TestUsers.PLANNER).get("http://localhost:8080/openapi?format=JSON");
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/v1/items/{code}").contains("/api/v1/import/items");
  }

  @Test
  void without_a_user_the_portal_answers_with_its_login_page() {
    HttpResponse<String> page =
        Api.anonymous().get("http://localhost:8080/officina/engineering/items.xhtml");
    assertThat(page.body()).contains("j_security_check").doesNotContain("itemsForm");
  }
}
