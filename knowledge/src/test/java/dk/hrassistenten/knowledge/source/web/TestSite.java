package dk.hrassistenten.knowledge.source.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A web site on the loopback interface for a crawler to read: each path answers as the test sets it (and may change
 * between crawls), every request is logged with the headers a polite crawler sends, and any other path is 404.
 */
final class TestSite implements AutoCloseable {

    /** A request as the site saw it. */
    record Request(String path, String userAgent, String ifNoneMatch, String ifModifiedSince, long nanoTime) {
    }

    /** An answer: status, headers, body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        static Answer html(String html) {
            return new Answer(200, Map.of("Content-Type", "text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8));
        }

        static Answer of(String contentType, byte[] body) {
            return new Answer(200, Map.of("Content-Type", contentType), body);
        }

        static Answer status(int status) {
            return new Answer(status, Map.of(), new byte[0]);
        }
    }

    private final HttpServer server;
    private final Map<String, Function<Request, Answer>> paths = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** "http://127.0.0.1:PORT" */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void put(String path, Answer answer) {
        paths.put(path, request -> answer);
    }

    void put(String path, Function<Request, Answer> answer) {
        paths.put(path, answer);
    }

    /** What the path answers now (for a second URL of the same page). */
    Answer answerOf(String path, Request request) {
        return paths.getOrDefault(path, r -> Answer.status(404)).apply(request);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<String> requestedPaths() {
        return requests.stream().map(Request::path).toList();
    }

    void forgetRequests() {
        requests.clear();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath() + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        Request request = new Request(path, exchange.getRequestHeaders().getFirst("User-Agent"),
                exchange.getRequestHeaders().getFirst("If-None-Match"), exchange.getRequestHeaders().getFirst("If-Modified-Since"), System.nanoTime());
        requests.add(request);
        Answer answer = answerOf(path, request);
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        boolean noBody = answer.body().length == 0;
        exchange.sendResponseHeaders(answer.status(), noBody ? -1 : answer.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
