package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.adapters.web.WebSettings;
import dk.hrassistenten.bot.feedback.FeedbackStore;
import dk.hrassistenten.bot.privacy.Pseudonyms;
import dk.hrassistenten.bot.reply.ReplyJson;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HR's view at {@code /admin} over real HTTP: questions asked through the web chat are counted per day and channel
 * with the share answered, the unanswered ones grouped by topic, 👎 shown by what it was on, the documents listed;
 * each table as CSV; for administrators only (here named by a trusted proxy's header).
 */
class AdminIT {

    private static final String ADMIN = "hr-chef@example.org";
    private static final String STAFF = "medarbejder@example.org";

    private static Settings behindAProxy() throws Exception {
        return new Settings(TestServer.fixture("mixed"), Files.createTempDirectory("hr-data"), null, null, null, null, null)
                .withWeb(WebSettings.fromEnvironment(Map.of(WebSettings.PROXY_USER_HEADER, "X-Forwarded-User",
                        WebSettings.TRUSTED_PROXIES, "127.0.0.1, ::1", WebSettings.ADMINS, "HR-Chef@example.org")));
    }

    private static String ask(TestServer server, String text) throws Exception {
        return chat(server, Map.of("text", text)).get("kind").asText();
    }

    /** What the web chat sends, as the staff member the proxy vouches for: the reply. */
    private static JsonNode chat(TestServer server, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = server.http.send(HttpRequest.newBuilder(server.uri("/api/chat")).header("Content-Type", "application/json")
                .header("X-Forwarded-User", STAFF).POST(HttpRequest.BodyPublishers.ofString(
                        ReplyJson.mapper().writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ReplyJson.mapper().readTree(response.body());
    }

    private static HttpResponse<String> get(TestServer server, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).GET();
        if (user != null) {
            request.header("X-Forwarded-User", user);
        }
        return server.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void administratorsSeeWhatWasAskedAndDownloadItOthersAreRefused() throws Exception {
        try (TestServer server = new TestServer(behindAProxy(), true, null)) {
            JsonNode cycling = chat(server, Map.of("text", "Hvornår træder cykelordningen i kraft?"));
            assertThat(cycling.get("kind").asText()).isEqualTo("answer");
            assertThat(ask(server, "Hvornår holder kantinen lukket?")).isEqualTo("answer");
            assertThat(ask(server, "Hvad koster en parkeringslicens?")).isEqualTo("not_found");
            assertThat(ask(server, "hvad koster en  parkeringslicens")).isEqualTo("not_found");
            assertThat(ask(server, "Må jeg tage min hund med på arbejde?")).isEqualTo("not_found");
            assertThat(ask(server, "hjælp")).as("a command is no question").isEqualTo("help");
            FeedbackStore feedback = new FeedbackStore(server.services.database, new Pseudonyms(null), Clock.systemUTC(), new SimpleMeterRegistry());
            feedback.record(STAFF, "slack", false, "answer", "minutes.md", null);
            feedback.record(STAFF, "teams", false, "answer", "minutes.md", null);
            feedback.record(STAFF, "teams", true, "answer", "faq.txt", null);
            assertThat(chat(server, Map.of("action", Map.of("type", "feedback", "helpful", false, "kind", "answer", "reply", cycling.get("id").asText())))
                    .get("kind").asText()).isEqualTo("help");
            // Questions are counted on the organisation's day; the times of single records are shown in UTC. Between
            // 23:00 and 01:00 UTC the two are different days.
            String today = dk.hrassistenten.bot.OrganisationTime.today(Clock.systemUTC()).toString();
            String todayUtc = LocalDate.now(java.time.ZoneOffset.UTC).toString();

            HttpResponse<String> anonymous = get(server, "/admin", null);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.body()).contains("href=\"/auth/login\"").doesNotContain("parkeringslicens");
            HttpResponse<String> staff = get(server, "/admin", STAFF);
            assertThat(staff.statusCode()).isEqualTo(403);
            assertThat(staff.body()).contains("ikke administrator").doesNotContain("parkeringslicens");
            assertThat(get(server, "/admin/not-found.csv", STAFF).statusCode()).isEqualTo(403);
            assertThat(get(server, "/admin/dislike-replies.csv", STAFF).statusCode()).isEqualTo(403);

            HttpResponse<String> page = get(server, "/admin", "hr-chef@example.org");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).contains("<td>" + today + "</td><td>web</td><td>5</td><td>2</td><td>3</td><td>40</td>")
                    .contains("<td>hvad koster en parkeringslicens</td><td>2</td>")
                    .contains("<td>må jeg tage min hund med på arbejde</td><td>1</td>")
                    .contains("<td>answer</td><td>minutes.md</td><td>2</td>").doesNotContain("faq.txt</td><td>1")
                    .contains("<td>faq.txt</td>").contains("<td>minutes.md</td>")
                    .contains("href=\"/admin/questions.csv\"")
                    .containsPattern("<td>" + todayUtc + " \\d\\d:\\d\\d</td><td>web</td><td>Hvornår træder cykelordningen i kraft\\?</td><td>[^<]*cykelordning");
            assertThat(page.body()).as("the figures HR would rather look at, with their numbers")
                    .contains("I alt <strong>5</strong> spørgsmål, heraf <strong>40 %</strong> besvaret")
                    .contains("<figure class=chart id=\"questions-chart\">").contains("<span class=number>5 (40 % besvaret)</span>")
                    .contains("<figure class=chart id=\"not-found-chart\">")
                    .contains("<span class=label>hvad koster en parkeringslicens</span>").contains("<span class=number>2</span>");

            HttpResponse<String> questions = get(server, "/admin/questions.csv", ADMIN);
            assertThat(questions.statusCode()).isEqualTo(200);
            assertThat(questions.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            assertThat(questions.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"questions.csv\"");
            assertThat(questions.body().replace("\uFEFF", "")).isEqualTo("Dag,Kanal,Spørgsmål,Besvaret,Ikke fundet,Andel besvaret (%)\r\n"
                    + today + ",web,5,2,3,40\r\n");
            assertThat(get(server, "/admin/not-found.csv", ADMIN).body()).contains("\r\nhvad koster en parkeringslicens,2,")
                    .contains("\r\nmå jeg tage min hund med på arbejde,1,");
            assertThat(get(server, "/admin/dislikes.csv", ADMIN).body()).contains("\r\nanswer,minutes.md,2,");
            assertThat(get(server, "/admin/dislike-replies.csv", ADMIN).body()).contains(",web,Hvornår træder cykelordningen i kraft?,");
            assertThat(get(server, "/admin/documents.csv", ADMIN).body()).contains("\r\nfaq.txt,").contains("\r\nminutes.md,");
            assertThat(get(server, "/admin/nothing.csv", ADMIN).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void withoutSignInOnlyALocalTrialOnThisMachineOpensTheView() throws Exception {
        try (TestServer open = new TestServer(new Settings(TestServer.fixture("mixed"), Files.createTempDirectory("hr-data"), null, null, null,
                null, null), true, null)) {
            HttpResponse<String> refused = get(open, "/admin", "anyone");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains(WebSettings.ADMINS);
        }
        try (TestServer trial = TestServer.localTrial(TestServer.fixture("mixed"), null)) {
            assertThat(get(trial, "/admin", null).statusCode()).isEqualTo(200);
            assertThat(get(trial, "/admin/documents.csv", null).body()).contains("faq.txt");
        }
    }
}
