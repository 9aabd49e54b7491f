package org.officina.shared.web;

import io.undertow.security.api.SecurityContext;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Throttles guessed passwords, per user name and per client address: a login (HTTP Basic
 * credentials, or the portal's login form) from a user or an address with too many failed ones must
 * wait (429 with Retry-After) before it is even tried. It sits in Undertow's handler chain before
 * the server authenticates, since servlet filters only run after; it learns each login's outcome as
 * its answer is committed, before the client can read it and try again. The portal's form does not
 * tell the user name before the server reads it, so its logins count by address only.
 */
public class LoginThrottleExtension implements ServletExtension {

  private static final Logger LOG = Logger.getLogger(LoginThrottleExtension.class.getName());

  /** A user's first five failures are free: typos. */
  static final LoginThrottle USERS = new LoginThrottle(5, Clock.systemUTC());

  /** Many people may log in from behind one address (a terminal room, a proxy). */
  static final LoginThrottle ADDRESSES = new LoginThrottle(20, Clock.systemUTC());

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addOuterHandlerChainWrapper(Throttled::new);
  }

  private static final class Throttled implements HttpHandler {
    private final HttpHandler next;

    Throttled(HttpHandler next) {
      this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
      String user = basicUser(exchange);
      boolean form =
          Methods.POST.equals(exchange.getRequestMethod())
              && exchange.getRelativePath().endsWith("j_security_check");
      if (user == null && !form) {
        next.handleRequest(exchange);
        return;
      }
      String address =
          "address "
              + (exchange.getSourceAddress() == null
                  ? "unknown"
                  : exchange.getSourceAddress().getAddress().getHostAddress());
      String userKey = user == null ? null : "user " + user;
      Optional<Duration> wait =
          ADDRESSES
              .wait(address)
              .or(() -> userKey == null ? Optional.empty() : USERS.wait(userKey));
      if (wait.isPresent()) {
        refuse(exchange, wait.get(), user == null ? address : userKey);
        return;
      }
      exchange.addResponseCommitListener(
          answered -> {
            SecurityContext security = answered.getSecurityContext();
            boolean in = security != null && security.isAuthenticated();
            record(address, in);
            if (userKey != null) {
              record(userKey, in);
            }
          });
      next.handleRequest(exchange);
    }

    private static void record(String key, boolean in) {
      LoginThrottle throttle = key.startsWith("user ") ? USERS : ADDRESSES;
      if (in) {
        throttle.succeeded(key);
      } else {
        throttle.failed(key);
      }
    }

    private static void refuse(HttpServerExchange exchange, Duration wait, String who) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      LOG.warning(() -> "login throttled for " + who + ": too many failed logins");
      exchange.setStatusCode(429);
      exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(seconds));
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, ApiErrors.PROBLEM + ";charset=UTF-8");
      exchange
          .getResponseSender()
          .send(
              "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                  + "\"detail\":\"too many failed logins: try again in "
                  + seconds
                  + " s\"}");
    }

    /** The user name of HTTP Basic credentials, if the request has them. */
    private static String basicUser(HttpServerExchange exchange) {
      String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
      if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
        return null;
      }
      try {
        String credentials =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).strip()),
                StandardCharsets.UTF_8);
        int colon = credentials.indexOf(':');
        return colon < 0 ? credentials : credentials.substring(0, colon);
      } catch (IllegalArgumentException e) {
        return "";
      }
    }
  }
}
