package dk.hrassistenten.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Bot Connector service at an activity's {@code serviceUrl}: records every call the
 * bot makes ({@code POST /v3/conversations/{id}/activities[/{replyToId}]}, {@code GET …/members/{userId}}) and
 * answers as the connector documents it. {@link #failNext} makes it answer with an error status first (429 with Retry-After …).
 */
public final class FakeConnector implements AutoCloseable {

    /** One recorded call. */
    public record Call(String method, String path, String authorization, JsonNode body, long atMillis) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern MEMBER = java.util.regex.Pattern.compile("/v3/conversations/[^/]+/members/([^/]+)");
    private final HttpServer server;
    public final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile int failureStatus;
    private final AtomicInteger ids = new AtomicInteger();

    public FakeConnector() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The serviceUrl activities name, as Teams writes it (with a trailing slash). */
    public String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public void failNext(int count, int status) {
        failureStatus = status;
        failures.set(count);
    }

    /** The activities the bot sent (not the failed attempts). */
    public List<Call> sent() {
        return calls.stream().filter(c -> c.method().equals("POST") && c.body() != null && c.body().has("type")).toList();
    }

    /** Waits until at least {@code count} activities were sent, or ten seconds pass. */
    public List<Call> awaitSent(int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (sent().size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        return sent();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), null, null, System.currentTimeMillis()));
            exchange.getResponseHeaders().add("Retry-After", "1");
            send(exchange, failureStatus, "{\"error\":{\"code\":\"Throttled\",\"message\":\"try later\"}}");
            return;
        }
        JsonNode json = body.length == 0 ? null : JSON.readTree(body);
        String path = exchange.getRequestURI().getPath();
        calls.add(new Call(exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("Authorization"), json,
                System.currentTimeMillis()));
        java.util.regex.Matcher member = MEMBER.matcher(path);
        if (exchange.getRequestMethod().equals("GET") && member.matches()) {
            // TeamsActivities' users are "29:1<name>"; their address is <name>@example.org
            String name = member.group(1).replaceFirst("^29:1", "");
            send(exchange, 200, "{\"id\":\"" + member.group(1) + "\",\"name\":\"" + name + "\",\"aadObjectId\":\"aad-" + name
                    + "\",\"email\":\"" + name + "@example.org\",\"userPrincipalName\":\"" + name + "@example.org\"}");
            return;
        }
        send(exchange, 200, "{\"id\":\"reply-" + ids.incrementAndGet() + "\"}");
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
