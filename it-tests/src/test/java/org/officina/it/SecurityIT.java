package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Officina on a plant network, tried as an attacker would: another site posting with a planner's
 * session, a session id in a URL, a page framed by another site.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class SecurityIT {

  private static final String EVIL = "http://evil.example";
  private static final String OWN = "http://localhost:8080";

  private final Api planner = Api.as(TestUsers.PLANNER);

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  private static PortalSession plannerInThePortal() {
    PortalSession session = PortalSession.loggedIn(TestUsers.PLANNER, TestUsers.PASSWORD);
    PortalSession.assertLoggedIn(session);
    return session;
  }

  private static String itemsCsv(String code) {
    return "code,description,supply_type,uom\n" + code + ",forged,BUY,PCS\n";
  }

  @Test
  void another_site_posting_with_the_planners_session_is_refused_and_writes_nothing() {
    PortalSession session = plannerInThePortal();
    String code = "CSRF-" + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> items =
        session.post("api/v1/import/items", "text/plain", itemsCsv(code), EVIL);
    HttpResponse<String> stop =
        session.post("api/v1/mrp/runs/1/stop", "application/x-www-form-urlencoded", "", EVIL);
    HttpResponse<String> noOrigin =
        session.post("api/v1/import/items", "text/csv", itemsCsv(code), null);

    assertThat(items.statusCode()).as(items.body()).isEqualTo(403);
    assertThat(Api.detail(items)).contains("portal's own pages");
    assertThat(stop.statusCode()).isEqualTo(403);
    assertThat(noOrigin.statusCode()).isEqualTo(403);
    assertThat(planner.get("items/" + code).statusCode()).isEqualTo(404);
  }

  @Test
  void the_portals_own_pages_and_other_systems_with_basic_credentials_still_post() {
    PortalSession session = plannerInThePortal();
    String own = "CSRF-" + UUID.randomUUID().toString().substring(0, 8);
    String system = "CSRF-" + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> fromThePortal =
        session.post("api/v1/import/items", "text/csv", itemsCsv(own), OWN);
    HttpResponse<String> fromASystem = planner.post("import/items", "text/csv", itemsCsv(system));

    assertThat(fromThePortal.statusCode()).as(fromThePortal.body()).isEqualTo(200);
    assertThat(fromASystem.statusCode()).as(fromASystem.body()).isEqualTo(200);
    assertThat(planner.get("items/" + own).statusCode()).isEqualTo(200);
  }

  @Test
  void the_session_cookie_is_out_of_reach_of_scripts_and_other_sites_and_never_in_a_url() {
    PortalSession session = plannerInThePortal();
    String setCookie =
        session.setCookies().stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();

    HttpResponse<String> byUrl =
        Api.anonymous().get(Api.BASE + "items;jsessionid=" + session.sessionId());

    assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    assertThat(byUrl.statusCode()).isIn(400, 401);
    assertThat(session.get("api/v1/items").statusCode()).isEqualTo(200);
  }

  @Test
  void another_site_cannot_borrow_basic_credentials_a_browser_remembers() {
    HttpResponse<String> forged =
        planner.send("POST", "import/items", "text/csv", itemsCsv("CSRF-BASIC"), "Origin", EVIL);

    assertThat(forged.statusCode()).isEqualTo(403);
  }

  @Test
  void every_answer_tells_the_browser_not_to_sniff_types_nor_to_let_other_sites_frame_it() {
    for (HttpResponse<String> response :
        List.of(
            Api.anonymous().get("items"),
            planner.get("items"),
            Api.anonymous().get(PortalSession.PORTAL + "login.xhtml"),
            Api.as(TestUsers.OPERATOR).get(PortalSession.PORTAL + "planning/mrp.xhtml"))) {
      assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .contains("frame-ancestors 'none'");
    }
  }

  @Test
  void guessing_a_users_password_is_slowed_down_after_five_failures_and_a_success_clears_it()
      throws InterruptedException {
    Api guesser = Api.as(TestUsers.COST_ACCOUNTANT, "wrong");
    List<Integer> guesses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      guesses.add(guesser.get("items").statusCode());
    }
    HttpResponse<String> rightButTooSoon = Api.as(TestUsers.COST_ACCOUNTANT).get("items");

    assertThat(guesses).containsExactly(401, 401, 401, 401, 401, 429);
    assertThat(rightButTooSoon.statusCode()).isEqualTo(429);
    long wait = Long.parseLong(rightButTooSoon.headers().firstValue("Retry-After").orElseThrow());
    assertThat(wait).isBetween(1L, 2L);
    Thread.sleep(wait * 1000 + 200);
    assertThat(Api.as(TestUsers.COST_ACCOUNTANT).get("items").statusCode()).isEqualTo(200);
    assertThat(guesser.get("items").statusCode()).isEqualTo(401);
  }

  @Test
  void any_site_may_read_the_api_description_but_never_with_a_users_credentials() {
    HttpResponse<String> described =
        Api.anonymous().send("GET", "http://localhost:8080/openapi", null, null, "Origin", EVIL);

    assertThat(described.statusCode()).isEqualTo(200);
    assertThat(described.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    assertThat(described.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
  }
}
