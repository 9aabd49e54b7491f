package org.officina.shared.model;

/** The roles of Officina's users, as the security domain names them. */
public final class Roles {
  public static final String PLANNER = "planner";
  public static final String SUPERVISOR = "supervisor";
  public static final String OPERATOR = "operator";
  public static final String COST_ACCOUNTANT = "cost-accountant";
  public static final String ADMIN = "admin";

  /** The account of another corporate system (a PLM, the sales system) calling over REST or JMS. */
  public static final String INTEGRATION = "integration";

  /** The roles that see suppliers' prices: buyers (planners), cost accountants, admins, systems. */
  public static final java.util.List<String> PRICE_READERS =
      java.util.List.of(PLANNER, COST_ACCOUNTANT, ADMIN, INTEGRATION);

  private Roles() {}
}
