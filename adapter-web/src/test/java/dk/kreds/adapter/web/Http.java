package dk.kreds.adapter.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A plain HTTP client for tests against the real server: no redirects followed, cookies passed by hand. */
final class Http {

  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private final List<String> headers = new ArrayList<>();

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** Sends {@code name: value} with every later request (a session cookie, a CSRF token). */
  Http with(String name, String value) {
    headers.add(name);
    headers.add(value);
    return this;
  }

  HttpResponse<String> get(String path, String... extraHeaders) {
    return send(request(path, extraHeaders).GET().build());
  }

  HttpResponse<String> post(String path, String json, String... extraHeaders) {
    return send(request(path, extraHeaders).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
  }

  HttpResponse<String> post(String path, byte[] body, String... extraHeaders) {
    return send(request(path, extraHeaders).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  HttpResponse<String> form(String path, String urlEncoded, String... extraHeaders) {
    return send(request(path, extraHeaders).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(urlEncoded, StandardCharsets.UTF_8)).build());
  }

  /** A multipart form: the text fields (name, value, name, value …) and one file, as a browser sends them. */
  HttpResponse<String> upload(String path, String fileField, byte[] file, String... fields) {
    String boundary = "kreds-test-boundary";
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < fields.length; i += 2) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
          + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
        + "\"; filename=\"aktører.csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  HttpResponse<String> put(String path, String json, String... extraHeaders) {
    return send(request(path, extraHeaders).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
  }

  HttpResponse<String> send(String method, String path) {
    return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()).build());
  }

  private HttpRequest.Builder request(String path, String... extraHeaders) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    for (int i = 0; i < headers.size(); i += 2) {
      builder.header(headers.get(i), headers.get(i + 1));
    }
    for (int i = 0; i < extraHeaders.length; i += 2) {
      builder.header(extraHeaders[i], extraHeaders[i + 1]);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
