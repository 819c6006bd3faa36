package co.bank.enterprisetoken.management;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like session of the Camunda webapps: Camunda's login form, its cookie and CSRF token. */
final class WebappSession {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String csrf;

  WebappSession(int port) {
    this.base = "http://127.0.0.1:" + port + "/camunda";
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs in to {@code app} (cockpit, tasklist): the session then serves every webapp. */
  WebappSession login(String app, String user, String password) throws Exception {
    get("/app/" + app + "/default/");
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(
            URI.create(base + "/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password="
            + enc(password))).build(), HttpResponse.BodyHandlers.ofString());
    remember(login);
    if (login.statusCode() != 200) {
      throw new IllegalStateException("login " + user + ": " + login.statusCode());
    }
    return this;
  }

  HttpResponse<byte[]> get(String path) throws Exception {
    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    remember(response);
    return response;
  }

  HttpResponse<String> post(String path, String json) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    remember(response);
    return response;
  }

  private void remember(HttpResponse<?> response) {
    response.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> csrf = t);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
