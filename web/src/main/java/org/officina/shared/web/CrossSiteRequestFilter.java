package org.officina.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Cross-site request forgery: a page on another site can make a logged-in user's browser send a
 * request with the portal's session cookie, but cannot make it say that the request comes from
 * Officina's own origin. So a request that would change something and is authenticated by the
 * session cookie (no Authorization header) must name Officina's own host in {@code Origin}, or,
 * when a browser sends no Origin, in {@code Referer}; otherwise it is refused 403 before it reaches
 * an endpoint. Other systems, which send HTTP Basic credentials, are not affected: a browser never
 * adds them by itself, since the API never asks for them.
 */
@WebFilter("/api/*")
public class CrossSiteRequestFilter extends HttpFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE.contains(request.getMethod()) || allowed(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType(ApiErrors.PROBLEM + ";charset=UTF-8");
    response
        .getOutputStream()
        .write(
            ("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":"
                    + "\"a request from a browser must come from the portal's own pages (its Origin"
                    + " or Referer names another site, or it names none and brings no credentials);"
                    + " other systems send HTTP Basic credentials\"}")
                .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether Origin, or failing it Referer, names the host the request was sent to; or, when neither
   * is sent, whether the request brings its own credentials.
   */
  static boolean allowed(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    String from = origin != null ? origin : request.getHeader("Referer");
    if (from == null) {
      return request.getHeader("Authorization") != null;
    }
    String host = request.getHeader("Host");
    if (host == null || from.equals("null")) {
      return false;
    }
    try {
      return host.equalsIgnoreCase(URI.create(from).getRawAuthority());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
