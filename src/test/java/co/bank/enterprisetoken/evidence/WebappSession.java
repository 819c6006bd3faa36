package co.bank.enterprisetoken.evidence;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like Tasklist session: Camunda's login form, its session cookie and CSRF token. */
final class WebappSession {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  WebappSession(int port) {
    this.base = "http://localhost:" + port + "/camunda";
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs in to Tasklist; returns the login's HTTP status (200 when the user may use Tasklist). */
  int login(String user, String password) throws IOException, InterruptedException {
    send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).GET());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    int status = send(HttpRequest.newBuilder(
            URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
    // The login starts a new session: its CSRF token comes with the next read, as in Tasklist.
    send(HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default")).GET());
    return status;
  }

  HttpResponse<String> upload(String path, String fileName, byte[] content)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(plugin(path) + "?fileName="
            + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
        .header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  HttpResponse<byte[]> download(String scanId) throws IOException, InterruptedException {
    return client.send(request(HttpRequest.newBuilder(URI.create(plugin("scans/" + scanId))).GET()),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(plugin(path))).GET());
  }

  private String plugin(String path) {
    return base + "/api/tasklist/plugin/token-scans/default/" + path;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder)
      throws IOException, InterruptedException {
    return client.send(request(builder), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(HttpRequest.Builder builder) {
    cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
        .ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
    return builder.build();
  }
}
