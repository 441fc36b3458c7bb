package dk.hrassistenten.deploy;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** The real service on an ephemeral port, and a real HTTP client for it. */
final class TestServer implements AutoCloseable {

    final Services services;
    final HttpServer server;
    final dk.hrassistenten.adapters.slack.SlackAdapter slack;
    final dk.hrassistenten.adapters.teams.TeamsAdapter teams;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(Path corpus, boolean indexed) throws Exception {
        this(new Settings(corpus, Files.createTempDirectory("hr-data"), null, null, null, null, null), indexed, null);
    }

    /** @param handlerWrapper wraps the assistant for the Slack and Teams apps (a slow answer, say); null for none */
    TestServer(Settings settings, boolean indexed, java.util.function.UnaryOperator<java.util.function.Function<dk.hrassistenten.bot.Inbound,
            dk.hrassistenten.bot.reply.Reply>> handlerWrapper) throws Exception {
        this(settings, indexed, handlerWrapper, 0);
    }

    /** @param port the port to listen on, 0 for any free one */
    TestServer(Settings settings, boolean indexed, java.util.function.UnaryOperator<java.util.function.Function<dk.hrassistenten.bot.Inbound,
            dk.hrassistenten.bot.reply.Reply>> handlerWrapper, int port) throws Exception {
        services = new Services(settings);
        java.util.function.Function<dk.hrassistenten.bot.Inbound, dk.hrassistenten.bot.reply.Reply> handler = services.assistant::handle;
        java.util.function.Function<dk.hrassistenten.bot.Inbound, dk.hrassistenten.bot.reply.Reply> chat =
                handlerWrapper == null ? handler : handlerWrapper.apply(handler);
        slack = services.slack(chat);
        teams = services.teams(chat);
        server = HttpServer.start(services, port, slack, teams);
        if (indexed) {
            services.knowledge.reload(p -> { });
        }
    }

    /** The web settings of a local trial, as HR_ASSISTANT_LOCAL_TRIAL=true gives them. */
    static final dk.hrassistenten.adapters.web.WebSettings LOCAL_TRIAL = dk.hrassistenten.adapters.web.WebSettings.fromEnvironment(
            java.util.Map.of(dk.hrassistenten.adapters.web.WebSettings.LOCAL_TRIAL, "true"));

    /** A local trial on loopback, whose web chat takes the user a request names: for tests of what a secretary may do. */
    static TestServer localTrial(Path corpus, Path forums) throws Exception {
        return new TestServer(new Settings(corpus, Files.createTempDirectory("hr-data"), forums, null, null, null, null)
                .withWeb(LOCAL_TRIAL), true, null);
    }

    /** A port that was free a moment ago, for a server whose URL must be known before it starts. */
    static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Minutes with one decision, the question both chat adapters' tests ask about. */
    static void writeCycleMinutes(Path corpus) throws java.io.IOException {
        Files.writeString(corpus.resolve("cykel.md"), "# Referat Personaleudvalget d. 12-03-2026\n\n## Punkt 1: Cykelordning\n\n### Beslutning\n\n"
                + "Cykelordningen træder i kraft den 1. august 2026.\n");
    }

    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(TestServer.class.getResource("/fixtures/" + name)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample corpus in ../shared beside the checkout (README). */
    static Path sampleCorpus() {
        for (String candidate : new String[] {"../shared/corpus", "../../shared/corpus"}) {
            if (Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("The sample corpus ../shared/corpus is missing: check the project out with shared/ beside it.");
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws java.io.IOException {
        server.close();
        try {
            if (slack != null) {
                slack.close();
            }
            if (teams != null) {
                teams.close();
            }
        } catch (Exception e) {
            throw new java.io.IOException(e);
        }
        services.close();
    }
}
