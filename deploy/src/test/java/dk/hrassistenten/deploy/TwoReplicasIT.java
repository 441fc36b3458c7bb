package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.adapters.slack.SlackSettings;
import dk.hrassistenten.bot.reply.ReplyJson;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the service, as two Kubernetes replicas, sharing one PostgreSQL and one corpus: the
 * same Slack event delivered to both is answered once, a follow-up question is understood on the replica
 * other than the one that answered the question before it, and agenda adds arriving at both at once get
 * distinct positions.
 */
class TwoReplicasIT {

    @Test
    void twoInstancesOnOnePostgresAnswerAnEventOnceAndNumberAgendaItemsUniquely(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("cykel.md"), "# Cykler\n\n## Cykelordning\n\nCykelordningen træder i kraft den 1. august 2026.\n");
        try (var organisation = Files.list(Path.of("../bot/src/test/resources/fixtures/org"))) {
            for (Path file : organisation.toList()) {
                Files.copy(file, corpus.resolve(file.getFileName()));
            }
        }
        String schema = "replicas_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?user=postgres")) {
            c.createStatement().execute("create schema " + schema);
        }
        String db = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + schema;
        try (FakeSlackApi slack = new FakeSlackApi()) {
            SlackSettings slackSettings = new SlackSettings("xoxb-test", SlackIT.SECRET, null, slack.apiUrl(), null);
            // Local trials, so that the agenda adds can name their secretary in the body.
            try (TestServer a = new TestServer(new Settings(corpus, Files.createTempDirectory("a"), null, db, null, slackSettings, null)
                         .withWeb(TestServer.LOCAL_TRIAL), true, null);
                 TestServer b = new TestServer(new Settings(corpus, Files.createTempDirectory("b"), null, db, null, slackSettings, null)
                         .withWeb(TestServer.LOCAL_TRIAL), true, null)) {
                String event = SlackIT.mention("EvR1", "Hvornår træder cykelordningen i kraft?");
                List<CompletableFuture<HttpResponse<String>>> deliveries = new ArrayList<>();
                for (TestServer replica : List.of(a, b, a, b)) {
                    long now = Instant.now().getEpochSecond();
                    deliveries.add(replica.http.sendAsync(java.net.http.HttpRequest.newBuilder(replica.uri("/slack/events"))
                            .header("Content-Type", "application/json").header("X-Slack-Request-Timestamp", Long.toString(now))
                            .header("X-Slack-Signature", SlackIT.sign(Long.toString(now), event))
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(event)).build(), HttpResponse.BodyHandlers.ofString()));
                }
                for (var d : deliveries) {
                    assertThat(d.join().statusCode()).isEqualTo(200);
                }
                slack.await("chat.postMessage", 1);
                Thread.sleep(1500);
                assertThat(slack.calls("chat.postMessage")).as("answered once across both replicas").hasSize(1);

                // A follow-up lands on the other replica, as a load balancer may send it.
                var asked = ReplyJson.mapper().readTree(a.post("/api/chat",
                        "{\"user\":\"u1\",\"conversation\":\"tab-1\",\"text\":\"Hvem håndterer feriehenlæggelser?\"}").body());
                assertThat(asked.at("/unit/name").asText()).isEqualTo("Personaleafdelingen, Løn og Ferie");
                var followUp = ReplyJson.mapper().readTree(b.post("/api/chat",
                        "{\"user\":\"u1\",\"conversation\":\"tab-1\",\"text\":\"og hvor ligger den?\"}").body());
                assertThat(followUp.get("kind").asText()).as(followUp.toString()).isEqualTo("unit");
                assertThat(followUp.at("/unit/location").asText()).isEqualTo("Servicecentret");

                AtomicInteger n = new AtomicInteger();
                List<CompletableFuture<HttpResponse<String>>> adds = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    TestServer replica = i % 2 == 0 ? a : b;
                    String body = "{\"user\":\"sek\",\"text\":\"/dagsorden tilføj forum=\\\"HMU Eksempel\\\" dato=2099-05-05 titel=\\\"Punkt "
                            + n.incrementAndGet() + "\\\"\"}";
                    adds.add(replica.http.sendAsync(java.net.http.HttpRequest.newBuilder(replica.uri("/api/chat")).header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
                }
                for (var add : adds) {
                    assertThat(ReplyJson.mapper().readTree(add.join().body()).get("kind").asText()).isEqualTo("agenda");
                }
                var listed = ReplyJson.mapper().readTree(b.post("/api/chat", "{\"text\":\"/dagsorden vis forum=HMU dato=2099-05-05\"}").body());
                List<Integer> positions = new ArrayList<>();
                listed.at("/agenda/items").forEach(item -> positions.add(item.get("position").asInt()));
                assertThat(positions).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
            }
        } finally {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?user=postgres")) {
                c.createStatement().execute("drop schema " + schema + " cascade");
            }
        }
    }
}
