package org.officina.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;

/**
 * The OpenAPI description is public: any site may read it, but never with the reader's credentials.
 * WildFly's OpenAPI handler answers {@code Access-Control-Allow-Origin: *} together with
 * {@code Access-Control-Allow-Credentials: true}, which no setting changes; this handler, in front
 * of it on the host, takes the credentials header out as the answer is committed.
 */
public class OpenApiCors implements HttpHandler {

  private static final HttpString ALLOW_CREDENTIALS =
      HttpString.tryFromString("Access-Control-Allow-Credentials");
  private static final HttpString ALLOW_HEADERS =
      HttpString.tryFromString("Access-Control-Allow-Headers");

  private final HttpHandler next;

  public OpenApiCors(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    exchange.addResponseCommitListener(
        committed -> {
          committed.getResponseHeaders().remove(ALLOW_CREDENTIALS);
          committed.getResponseHeaders().put(ALLOW_HEADERS, "Content-Type");
        });
    next.handleRequest(exchange);
  }
}
