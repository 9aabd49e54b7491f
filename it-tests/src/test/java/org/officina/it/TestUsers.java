package org.officina.it;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;
import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * The test configuration has no users: before each test class, this task adds one per role to the
 * Elytron realm, with a password drawn at random for this run, and removes them afterwards. The
 * realm holds only hashes: bcrypt for the administrator, as for every person, and a salted SHA-512
 * digest for the others, whose random passwords need no slow hash and keep the tests fast.
 */
public class TestUsers implements ServerSetupTask {

  static final String PLANNER = "it-planner";
  static final String OPERATOR = "it-operator";
  static final String INTEGRATION = "it-integration";
  static final String SUPERVISOR = "it-supervisor";
  static final String COST_ACCOUNTANT = "it-cost-accountant";
  static final String ADMIN = "it-admin";
  static final String PASSWORD = UUID.randomUUID().toString();

  private static final Map<String, String> ROLES =
      Map.of(
          PLANNER,
          "planner",
          OPERATOR,
          "operator",
          INTEGRATION,
          "integration",
          SUPERVISOR,
          "supervisor",
          COST_ACCOUNTANT,
          "cost-accountant",
          ADMIN,
          "admin");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ModelNode REALM =
      Operations.createAddress("subsystem", "elytron", "filesystem-realm", "OfficinaRealm");

  @Override
  public void setup(ManagementClient client, String containerId) throws Exception {
    for (Map.Entry<String, String> user : ROLES.entrySet()) {
      remove(client, user.getKey());
      execute(client, identityOperation("add-identity", user.getKey()));
      execute(client, hashed(user.getKey()));
      ModelNode roles = identityOperation("add-identity-attribute", user.getKey());
      roles.get("name").set("Roles");
      roles.get("value").add(user.getValue());
      execute(client, roles);
    }
  }

  @Override
  public void tearDown(ManagementClient client, String containerId) throws Exception {
    for (String user : ROLES.keySet()) {
      remove(client, user);
    }
  }

  private static ModelNode hashed(String user) {
    ModelNode password = identityOperation("set-password", user);
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    if (user.equals(ADMIN)) {
      ModelNode bcrypt = password.get("bcrypt");
      bcrypt.get("password").set(PASSWORD);
      bcrypt.get("salt").set(salt);
      bcrypt.get("iteration-count").set(10);
    } else {
      ModelNode digest = password.get("salted-simple-digest");
      digest.get("password").set(PASSWORD);
      digest.get("salt").set(salt);
    }
    return password;
  }

  private static void remove(ManagementClient client, String user) throws Exception {
    ModelNode exists = identityOperation("read-identity", user);
    if (Operations.isSuccessfulOutcome(client.getControllerClient().execute(exists))) {
      execute(client, identityOperation("remove-identity", user));
    }
  }

  private static ModelNode identityOperation(String name, String user) {
    ModelNode operation = Operations.createOperation(name, REALM);
    operation.get("identity").set(user);
    return operation;
  }

  private static void execute(ManagementClient client, ModelNode operation) throws Exception {
    ModelNode result = client.getControllerClient().execute(operation);
    if (!Operations.isSuccessfulOutcome(result)) {
      throw new IllegalStateException(
          operation.get("operation") + " failed: " + Operations.getFailureDescription(result));
    }
  }
}
