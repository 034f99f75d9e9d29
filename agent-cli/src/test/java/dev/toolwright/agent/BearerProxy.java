package dev.toolwright.agent;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback reverse proxy that does what the gateway's CUSTOM_JWT authorizer does first: a request
 * without {@code Authorization: Bearer <the expected token>} gets {@code 401} and a {@code
 * WWW-Authenticate: Bearer} challenge; anything else is passed to the upstream MCP endpoint (a
 * {@code LocalGateway}) and its answer streamed back, server-sent events included. It records the
 * {@code Authorization} header of every request.
 */
final class BearerProxy implements AutoCloseable {

  /** Hop-by-hop headers and those java.net.http sets itself. */
  private static final Set<String> NOT_FORWARDED =
      Set.of(
          "host",
          "connection",
          "content-length",
          "expect",
          "upgrade",
          "transfer-encoding",
          "keep-alive",
          "authorization");

  /** One request as the proxy saw it. */
  record Seen(String method, String authorization) {}

  private final URI upstream;
  private final String expected;
  private final HttpServer server;
  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "bearer-proxy");
            t.setDaemon(true);
            return t;
          });
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  BearerProxy(URI upstream, String expectedToken) throws IOException {
    this.upstream = upstream;
    this.expected = "Bearer " + expectedToken;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor); // the MCP client may hold a GET stream open while it POSTs
    server.createContext("/", this::handle);
    server.start();
  }

  /** The proxied MCP endpoint (same path as upstream). */
  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + upstream.getRawPath());
  }

  List<Seen> seen() {
    return seen;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      seen.add(new Seen(exchange.getRequestMethod(), authorization));
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (!expected.equals(authorization)) {
        byte[] answer = "{\"message\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(401, answer.length);
        exchange.getResponseBody().write(answer);
        return;
      }
      URI target =
          upstream.resolve(
              exchange.getRequestURI().getRawPath()
                  + (exchange.getRequestURI().getRawQuery() == null
                      ? ""
                      : "?" + exchange.getRequestURI().getRawQuery()));
      HttpRequest.Builder request =
          HttpRequest.newBuilder(target)
              .method(
                  exchange.getRequestMethod(),
                  body.length == 0
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                  values.forEach(v -> request.header(name, v));
                }
              });
      HttpResponse<InputStream> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.sendResponseHeaders(502, -1);
        return;
      }
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))
                    && !name.startsWith(":")) {
                  values.forEach(v -> exchange.getResponseHeaders().add(name, v));
                }
              });
      boolean empty =
          response.headers().firstValue("content-length").map("0"::equals).orElse(false);
      exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : 0);
      try (InputStream in = response.body();
          OutputStream out = exchange.getResponseBody()) {
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
          out.write(buffer, 0, n);
          out.flush(); // server-sent events must arrive as they are written
        }
      } catch (IOException e) {
        // the client went away (e.g. it closed its event stream), or the upstream stopped: done
        // either way
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
