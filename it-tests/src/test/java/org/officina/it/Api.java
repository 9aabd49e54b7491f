package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A client of Officina's REST API, calling it as another system would: HTTP Basic, JSON and CSV.
 */
final class Api {

  static final String BASE = "http://localhost:8080/officina/api/v1/";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String authorization;

  private Api(String authorization) {
    this.authorization = authorization;
  }

  static Api as(String user) {
    return as(user, TestUsers.PASSWORD);
  }

  static Api as(String user, String password) {
    String credentials = user + ":" + password;
    return new Api(
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  static Api anonymous() {
    return new Api(null);
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  HttpResponse<String> get(String path, String accept) {
    return send(request(path).header("Accept", accept).GET());
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType).POST(body(body)));
  }

  HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  HttpResponse<byte[]> getBytes(String path) {
    try {
      return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> put(String path, String body, String ifMatch) {
    HttpRequest.Builder request =
        request(path).header("Content-Type", "application/json").PUT(body(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  /** Any request: a body of the type given, or none when the type is null. */
  HttpResponse<String> send(String method, String path, String contentType, String body) {
    return send(method, path, contentType, body, "Accept", "*/*");
  }

  /** Any request, with one more header. */
  HttpResponse<String> send(
      String method, String path, String contentType, String body, String header, String value) {
    HttpRequest.Builder request = request(path).header(header, value);
    if (contentType == null) {
      return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
    }
    return send(request.header("Content-Type", contentType).method(method, body(body)));
  }

  HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  static JsonObject object(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /**
   * The list of every error of a refusal, after checking that it came in the API's one format (RFC
   * 9457 problem details, with the errors as an extension member).
   */
  static JsonArray errors(HttpResponse<String> response) {
    return problem(response).getJsonArray("errors");
  }

  /** What a refusal says happened (the problem's detail). */
  static String detail(HttpResponse<String> response) {
    return problem(response).getString("detail");
  }

  static JsonObject problem(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type"))
        .as(response.body())
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = object(response);
    assertThat(problem.getInt("status")).isEqualTo(response.statusCode());
    return problem;
  }

  static JsonArray array(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
            .timeout(Duration.ofMinutes(5));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request;
  }

  private static HttpRequest.BodyPublisher body(String body) {
    return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
