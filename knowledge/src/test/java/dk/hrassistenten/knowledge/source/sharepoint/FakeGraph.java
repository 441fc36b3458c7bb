package dk.hrassistenten.knowledge.source.sharepoint;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A local stand-in for Microsoft Graph and the Microsoft identity platform's token endpoint, over TLS with a
 * certificate made for this run by the JDK's keytool (msal4j accepts only https authorities). The token endpoint
 * issues a token for the client credentials below; Graph answers the routes a test sets, only with that token as
 * Bearer; {@code /download/…} plays SharePoint's pre-authenticated download URLs and refuses a request that
 * carries a token. Every request is logged.
 */
final class FakeGraph implements AutoCloseable {

    static final String TENANT = "72f988bf-0000-4000-8000-2d7cd011db47";
    static final String CLIENT_ID = "3f1c6a0e-1111-4222-8333-944445555666";
    static final String SECRET = "hemmelig-klient-nøgle";
    static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.graph-token";

    /** One canned answer. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        static Response json(String body) {
            return new Response(200, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
        }

        static Response error(int status, String code, Map<String, String> headers) {
            return new Response(status, headers, ("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + code + "\"}}").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final HttpsServer server;
    private final Map<String, Deque<Response>> routes = new ConcurrentHashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile int graphRefusal;
    private boolean closed;

    FakeGraph() throws IOException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(Tls.SERVER));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The server's certificate and who trusts it, made once per test run: keytool takes seconds. */
    private static final class Tls {
        static final SSLContext SERVER;
        static final SSLContext CLIENT;

        static {
            try {
                KeyStore keys = selfSignedKeyStore();
                KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keyManagers.init(keys, PASSWORD);
                SERVER = SSLContext.getInstance("TLS");
                SERVER.init(keyManagers.getKeyManagers(), null, null);

                KeyStore trusted = KeyStore.getInstance("PKCS12");
                trusted.load(null, null);
                trusted.setCertificateEntry("graph", keys.getCertificate("graph"));
                TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trustManagers.init(trusted);
                CLIENT = SSLContext.getInstance("TLS");
                CLIENT.init(null, trustManagers.getTrustManagers(), null);
            } catch (Exception e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        /** A key pair and certificate for 127.0.0.1, made by keytool as an administrator would. */
        private static KeyStore selfSignedKeyStore() throws Exception {
            Path dir = Files.createTempDirectory("fake-graph");
            Path file = dir.resolve("graph.p12");
            try {
                Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                        "-genkeypair", "-alias", "graph", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                        "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                        "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                        .redirectErrorStream(true).start();
                String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                    throw new IllegalStateException("keytool failed: " + output);
                }
                KeyStore keys = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(file)) {
                    keys.load(in, PASSWORD);
                }
                return keys;
            } finally {
                Files.deleteIfExists(file);
                Files.delete(dir);
            }
        }
    }

    /** The TLS context that trusts this server, as a source under test gets it. */
    SSLContext clientTls() {
        return Tls.CLIENT;
    }

    /** https://127.0.0.1:port */
    String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    String graphUrl() {
        return url() + "/v1.0";
    }

    String authorityUrl() {
        return url() + "/" + TENANT;
    }

    /**
     * Answers {@code GET <pathAndQuery>} (below Graph's /v1.0, or /download/…) with these responses in turn, the last
     * one from then on.
     */
    void on(String pathAndQuery, Response... responses) {
        routes.put(pathAndQuery, new ArrayDeque<>(Arrays.asList(responses)));
    }

    void onJson(String pathAndQuery, String body) {
        on(pathAndQuery, Response.json(body));
    }

    /** Serves a file as Graph does: {@code /content} redirects to a pre-authenticated download URL on "another host". */
    void onContent(String driveId, String itemId, byte[] content) {
        String download = "/download/" + itemId + "?tempauth=" + itemId.hashCode();
        on("/v1.0/drives/" + driveId + "/items/" + itemId + "/content", new Response(302, Map.of("Location", url() + download), new byte[0]));
        on(download, new Response(200, Map.of("Content-Type", "application/octet-stream"), content));
    }

    /** The next download of the item fails with this status; later ones succeed. */
    void failContentOnce(String driveId, String itemId, int status) {
        routes.get("/v1.0/drives/" + driveId + "/items/" + itemId + "/content").addFirst(Response.error(status, "generalException", Map.of()));
    }

    /** From now on Graph answers every call with this status (401: the token is refused). */
    void refuseGraph(int status) {
        graphRefusal = status;
    }

    /** Every request so far, as "METHOD path?query", in order. */
    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    void clearRequests() {
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String raw = exchange.getRequestURI().getRawPath() + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(exchange.getRequestMethod() + " " + raw);
            Response response;
            if (raw.equals("/" + TENANT + "/oauth2/v2.0/token")) {
                response = token(exchange);
            } else if (raw.startsWith("/v1.0/") && !("Bearer " + TOKEN).equals(authorization)) {
                response = Response.error(401, "InvalidAuthenticationToken", Map.of());
            } else if (raw.startsWith("/v1.0/") && graphRefusal != 0) {
                response = Response.error(graphRefusal, graphRefusal == 401 ? "InvalidAuthenticationToken" : "accessDenied", Map.of());
            } else if (raw.startsWith("/download/") && authorization != null) {
                response = Response.error(400, "a pre-authenticated download URL got a token", Map.of());
            } else {
                response = route(raw);
            }
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            if (response.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        }
    }

    private Response route(String raw) {
        Deque<Response> answers = routes.get(raw);
        if (answers == null) {
            return Response.error(404, "itemNotFound", Map.of());
        }
        synchronized (answers) {
            return answers.size() > 1 ? answers.poll() : answers.peek();
        }
    }

    /** The client-credentials grant, answered as the identity platform does. */
    private Response token(HttpExchange exchange) throws IOException {
        Map<String, String> form = Arrays.stream(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&"))
                .map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : ""));
        if (!"POST".equals(exchange.getRequestMethod()) || !"client_credentials".equals(form.get("grant_type"))
                || !CLIENT_ID.equals(form.get("client_id")) || !SECRET.equals(form.get("client_secret"))
                || !form.getOrDefault("scope", "").contains("https://graph.microsoft.com/.default")) {
            return new Response(401, Map.of("Content-Type", "application/json"), ("{\"error\":\"invalid_client\",\"error_description\":"
                    + "\"AADSTS7000215: Invalid client secret provided.\",\"error_codes\":[7000215]}").getBytes(StandardCharsets.UTF_8));
        }
        return Response.json("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"" + TOKEN + "\"}");
    }

    /** Stops answering; a second call does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            server.stop(0);
        }
    }
}
