package dk.hrassistenten.deploy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Slack's Web API and response URLs: records every call and answers as Slack
 * documents it. {@link #rateLimitNextPosts} makes chat.postMessage answer 429 with Retry-After first. Files go
 * through Slack's upload flow: files.getUploadURLExternal hands out an upload URL on this server, whose bytes are
 * kept in {@link #uploads}, and files.completeUploadExternal shares them.
 */
final class FakeSlackApi implements AutoCloseable {

    /** One recorded call: the method (or "respond"), its decoded body, and when it came. */
    record Call(String method, String body, long atMillis) {
    }

    /** A bot token Slack no longer takes: auth.test answers it as Slack does, {"ok": false, "error": "invalid_auth"}. */
    static final String REVOKED_TOKEN = "xoxb-revoked";

    private final HttpServer server;
    final List<Call> calls = new CopyOnWriteArrayList<>();
    /** The bytes uploaded to each upload URL, by file id. */
    final java.util.Map<String, byte[]> uploads = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger fileIds = new AtomicInteger();
    /** The calls of each response URL, by the id it was made with ({@link #responseUrl}). */
    private final java.util.Map<String, List<Call>> responses = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger rateLimited = new AtomicInteger();
    volatile String socketModeUrl = "ws://127.0.0.1:1/";

    FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/respond/", exchange -> {
            Call call = new Call("respond", body(exchange), System.currentTimeMillis());
            calls.add(call);
            responses.computeIfAbsent(exchange.getRequestURI().getPath().substring("/respond/".length()), id -> new CopyOnWriteArrayList<>())
                    .add(call);
            send(exchange, 200, "ok", "text/plain");
        });
        server.createContext("/upload/", exchange -> {
            String fileId = exchange.getRequestURI().getPath().substring("/upload/".length());
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            uploads.put(fileId, bytes);
            calls.add(new Call("upload", fileId, System.currentTimeMillis()));
            send(exchange, 200, "OK - " + bytes.length, "text/plain");
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + id;
    }

    /** What was said through the response URL of this id, in order. */
    List<Call> responses(String id) {
        return List.copyOf(responses.getOrDefault(id, List.of()));
    }

    void rateLimitNextPosts(int count) {
        rateLimited.set(count);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits until at least {@code count} calls of a method have come, or ten seconds pass. */
    List<Call> await(String method, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (calls(method).size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        return calls(method);
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = body(exchange);
        calls.add(new Call(method, body, System.currentTimeMillis()));
        switch (method) {
            case "auth.test" -> {
                if (("Bearer " + REVOKED_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    send(exchange, 200, "{\"ok\":false,\"error\":\"invalid_auth\"}", "application/json");
                    return;
                }
                send(exchange, 200, "{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"Test\",\"user\":\"hr\","
                    + "\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}", "application/json");
            }
            case "chat.postMessage" -> {
                if (rateLimited.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}", "application/json");
                } else {
                    send(exchange, 200, "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000001.000200\"}", "application/json");
                }
            }
            case "files.getUploadURLExternal" -> {
                String fileId = "F" + fileIds.incrementAndGet();
                send(exchange, 200, "{\"ok\":true,\"upload_url\":\"http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + fileId
                        + "\",\"file_id\":\"" + fileId + "\"}", "application/json");
            }
            case "files.completeUploadExternal" -> send(exchange, 200, "{\"ok\":true,\"files\":[{\"id\":\"F" + fileIds.get()
                    + "\",\"title\":\"uploaded\"}]}", "application/json");
            case "chat.getPermalink" -> send(exchange, 200, "{\"ok\":true,\"channel\":\"C1\",\"permalink\":"
                    + "\"https://test.slack.com/archives/C1/p1700000000000500\"}", "application/json");
            case "apps.connections.open" -> send(exchange, 200, "{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}", "application/json");
            default -> send(exchange, 200, "{\"ok\":true}", "application/json");
        }
    }

    private static String body(HttpExchange exchange) throws IOException {
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
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
