package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.bot.reply.ReplyJson;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** {@code GET /readyz} over real HTTP when the corpus or the store goes away under the running service. */
class ReadinessServletIT {

    private static final String QUESTION = "{\"text\": \"Hvornår træder cykelordningen i kraft?\"}";

    @TempDir
    Path corpus;
    @TempDir
    Path data;
    TestServer server;
    final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void start() throws Exception {
        TestServer.writeCycleMinutes(corpus);
        Files.writeString(corpus.resolve("kantine.md"), "# Kantine\n\nKantinen holder lukket i juli.\n");
        // A local trial: the agenda change names its secretary in the body.
        server = new TestServer(new Settings(corpus, data, null, null, null, null, null).withWeb(TestServer.LOCAL_TRIAL), true, null);
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void stop() throws Exception {
        root().detachAppender(log);
        server.close();
    }

    private static ch.qos.logback.classic.Logger root() {
        return (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return ReplyJson.mapper().readTree(response.body());
    }

    private boolean loggedError(String loggerSuffix, String text) {
        return log.list.stream().anyMatch(e -> e.getLevel() == Level.ERROR && e.getLoggerName().endsWith(loggerSuffix)
                && e.getFormattedMessage().contains(text));
    }

    @Test
    void anEmptiedCorpusKeepsThePreviousIndexAnsweringAndIsNotReadyWithTheReason() throws Exception {
        HttpResponse<String> ready = server.get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json(ready).get("ready").asBoolean()).isTrue();
        assertThat(json(ready).at("/index/documents").asInt()).isEqualTo(2);

        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.toList()) {
                Files.delete(f); // the share is unmounted: the folder stays, empty
            }
        }
        server.services.knowledge.reload(p -> { });

        HttpResponse<String> notReady = server.get("/readyz");
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(json(notReady).get("ready").asBoolean()).isFalse();
        assertThat(json(notReady).get("reason").asText()).contains("no documents").contains("previous index");
        assertThat(json(notReady).at("/index/documents").asInt()).isEqualTo(2);
        assertThat(loggedError("KnowledgeBase", "no documents")).isTrue();

        JsonNode answer = json(server.post("/api/chat", QUESTION));
        assertThat(answer.get("kind").asText()).isEqualTo("answer");
        assertThat(answer.get("text").asText()).contains("1. august 2026");
    }

    @Test
    void aDeletedDatabaseFileRefusesChangesInsteadOfLosingThemAndReadinessShowsTheStore() throws Exception {
        String add = "{\"user\": \"sek\", \"text\": \"/agenda add forum=\\\"HMU Eksempel\\\" date=2099-01-15 title=\\\"%s\\\"\"}";
        assertThat(json(server.post("/api/chat", add.formatted("Budget"))).get("kind").asText()).isEqualTo("agenda");
        assertThat(json(server.get("/readyz")).at("/store/reachable").asBoolean()).isTrue();

        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.delete(f); // a clean-up script, or the volume went away
                }
            }
        }

        JsonNode refused = json(server.post("/api/chat", add.formatted("Vikarer")));
        assertThat(refused.get("kind").asText()).isEqualTo("error");
        assertThat(refused.get("text").asText()).contains("Nothing was saved");

        HttpResponse<String> ready = server.get("/readyz");
        assertThat(ready.statusCode()).as("questions need no store: the replica stays in rotation (contract.md)").isEqualTo(200);
        assertThat(json(ready).at("/store/reachable").asBoolean()).isFalse();
        assertThat(json(ready).at("/store/reason").asText()).contains("deleted or replaced").doesNotContain(data.toString());
        assertThat(loggedError("StoreCheck", "deleted or replaced")).isTrue();

        assertThat(json(server.post("/api/chat", QUESTION)).get("kind").asText()).isEqualTo("answer");
    }
}
