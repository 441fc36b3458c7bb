package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.bot.reply.ReplyJson;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the running service over real HTTP, including the bad requests. The service is a local trial,
 * so that agenda commands can name their user; WebIdentityIT covers who is believed elsewhere.
 */
class HttpServerIT {

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.localTrial(TestServer.fixture("mixed"), null);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return ReplyJson.mapper().readTree(response.body());
    }

    @Test
    void chatAnswersWithTheContractsReplyJson() throws Exception {
        HttpResponse<String> response = server.post("/api/chat", "{\"user\": \"U1\", \"text\": \"Hvornår træder cykelordningen i kraft?\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode reply = json(response);
        assertThat(reply.get("kind").asText()).isEqualTo("answer");
        assertThat(reply.get("text").asText()).contains("1. august 2026");
        assertThat(reply.at("/sources/0/path").asText()).isEqualTo("minutes.md");
        assertThat(reply.has("unit")).isTrue();
        assertThat(reply.has("agenda")).isTrue();
    }

    @Test
    void agendaCommandsWorkThroughTheApi() throws Exception {
        JsonNode added = json(server.post("/api/chat", "{\"user\": \"sek\", \"text\": \"/agenda add forum=\\\"HMU Eksempel\\\" "
                + "date=2099-01-15 title=\\\"Budget\\\" minutes=25\"}"));
        assertThat(added.get("kind").asText()).isEqualTo("agenda");
        assertThat(added.at("/agenda/end").asText()).isEqualTo("14:25");
        JsonNode listed = json(server.post("/api/chat", "{\"text\": \"/dagsorden vis forum=HMU dato=15.01.2099\"}"));
        assertThat(listed.at("/agenda/items/0/title").asText()).isEqualTo("Budget");
        // Without its slash, as Teams' command menu and a typing user write it.
        JsonNode slashless = json(server.post("/api/chat", "{\"text\": \"dagsorden vis forum=HMU dato=15.01.2099\"}"));
        assertThat(slashless.at("/agenda/items/0/title").asText()).isEqualTo("Budget");
        JsonNode bad = json(server.post("/api/chat", "{\"text\": \"/dagsorden tilføj forum=Ukendt dato=15.01.2099 titel=x\"}"));
        assertThat(bad.get("kind").asText()).isEqualTo("error");
        assertThat(bad.get("text").asText()).contains("Mente du");
    }

    @Test
    void anAgendaExportedAsWordDownloadsAsADocxHoldingEveryItemsFieldsInOrder() throws Exception {
        json(server.post("/api/chat", "{\"user\": \"sek\", \"text\": \"/dagsorden tilføj forum=HMU dato=2099-06-10 titel=\\\"Orientering om vikarer\\\" "
                + "indstilling=\\\"HMU tager orienteringen til efterretning\\\" sagsfremstilling=\\\"Mange vikarer i efteråret.\\\" "
                + "sagsnr=1-13-3-65-23 minutter=20 bilag=\\\"Notat.pdf\\\"\"}"));
        json(server.post("/api/chat", "{\"user\": \"sek\", \"text\": \"/dagsorden tilføj forum=HMU dato=2099-06-10 titel=Budget\"}"));

        JsonNode export = json(server.post("/api/chat", "{\"text\": \"dagsorden eksport forum=HMU dato=10.06.2099 format=docx\"}"));
        assertThat(export.get("kind").asText()).isEqualTo("agenda");
        String download = export.at("/agenda/download").asText();
        assertThat(download).isEqualTo("/agenda/export.docx?forum=HMU+Eksempel&date=2099-06-10");
        assertThat(export.at("/agenda/items").findValuesAsText("title")).containsExactly("Orientering om vikarer", "Budget");

        HttpResponse<byte[]> docx = server.http.send(HttpRequest.newBuilder(server.uri(download)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertThat(docx.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v)
                .contains("attachment", "filename=\"Dagsorden-HMU-Eksempel-2099-06-10.docx\"", "filename*=UTF-8''Dagsorden%20HMU%20Eksempel%202099-06-10.docx"));
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()))) {
            assertThat(doc.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).filter(t -> !t.isBlank()).toList())
                    .containsSubsequence("Dagsorden", "Møde i HMU Eksempel", "10. juni 2099 kl. 14.00", "Mødelokale 1", "Indholdsfortegnelse",
                            "1. Orientering om vikarer (kl. 14.00-14.20)", "2. Budget (kl. 14.20-14.30)",
                            "1-13-3-65-23", "1. Orientering om vikarer (kl. 14.00-14.20)", "Det indstilles, at", "HMU tager orienteringen til efterretning",
                            "Sagsfremstilling", "Mange vikarer i efteråret.", "Bilag", "- Notat.pdf", "2. Budget (kl. 14.20-14.30)");
        }
    }

    @Test
    void aDownloadOfAnUnknownForumOrABadDateSaysWhatToFix() throws Exception {
        HttpResponse<String> unknown = server.get("/agenda/export.docx?forum=Ukendt&date=2099-06-10");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Forummet &quot;Ukendt&quot; kender jeg ikke");
        HttpResponse<String> badDate = server.get("/agenda/export.docx?forum=HMU&date=%3Cscript%3E");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("Datoen &quot;&lt;script&gt;&quot; kan jeg ikke læse").doesNotContain("<script>");
        HttpResponse<String> nothing = server.get("/agenda/export.docx");
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(nothing.body()).contains("Angiv et forum");
        for (HttpResponse<String> r : java.util.List.of(unknown, badDate, nothing)) {
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at dk.");
        }
    }

    private static JsonNode postWithRequestId(String requestId, String user, String text) throws Exception {
        String body = ReplyJson.mapper().writeValueAsString(java.util.Map.of("user", user, "text", text));
        return json(server.http.send(HttpRequest.newBuilder(server.uri("/api/chat")).header("Content-Type", "application/json")
                .header("X-Request-Id", requestId).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void aConversationIsAShortIdOrARefusal() throws Exception {
        String question = "\"text\": \"Hvornår træder cykelordningen i kraft?\"";
        assertThat(json(server.post("/api/chat", "{" + question + ", \"conversation\": \"" + java.util.UUID.randomUUID() + "\"}"))
                .get("kind").asText()).isEqualTo("answer");
        assertThat(server.post("/api/chat", "{" + question + ", \"conversation\": null}").statusCode()).isEqualTo(200);
        for (String bad : java.util.List.of("7", "\"\"", "\"a b\"", "\"<x>\"", "\"" + "x".repeat(101) + "\"", "[\"x\"]")) {
            HttpResponse<String> refused = server.post("/api/chat", "{" + question + ", \"conversation\": " + bad + "}");
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(json(refused).get("error").asText()).contains("\"conversation\"");
        }
        assertThat(server.post("/api/chat", "{" + question + ", \"conversation\": \"" + "x".repeat(100) + "\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void aReusedRequestIdIsAReplayOnlyForTheSameUserAndCommand() throws Exception {
        String add = "/dagsorden tilføj forum=HMU dato=2099-04-02 titel=";
        JsonNode first = postWithRequestId("r-1", "sek", add + "Første");
        assertThat(first.get("text").asText()).startsWith("Tilføjet");
        JsonNode retry = postWithRequestId("r-1", "sek", add + "Første");
        assertThat(retry.get("text").asText()).as("the same delivery again").contains("allerede behandlet");
        assertThat(retry.at("/agenda/id").asLong()).isEqualTo(first.at("/agenda/id").asLong());

        JsonNode otherCommand = postWithRequestId("r-1", "sek", add + "Anden");
        assertThat(otherCommand.get("text").asText()).startsWith("Tilføjet").contains("Anden");
        JsonNode otherUser = postWithRequestId("r-1", "sek2", add + "Første");
        assertThat(otherUser.get("text").asText()).as("another user's request is never answered with someone else's item")
                .startsWith("Tilføjet");
        assertThat(otherUser.at("/agenda/created_by").asText()).isEqualTo("sek2");

        JsonNode listed = json(server.post("/api/chat", "{\"text\": \"/dagsorden vis forum=HMU dato=2099-04-02\"}"));
        assertThat(listed.at("/agenda/items").findValuesAsText("title")).containsExactly("Første", "Anden", "Første");
    }

    @Test
    void anItemThatWouldEndAfterMidnightIsRefusedAndNothingIsStored() throws Exception {
        String add = "{\"user\": \"sek\", \"text\": \"/dagsorden tilføj forum=HMU dato=2099-03-05 titel=%s minutter=%d\"}";
        assertThat(json(server.post("/api/chat", add.formatted("Lang", 480))).at("/agenda/end").asText()).isEqualTo("22:00");
        assertThat(json(server.post("/api/chat", add.formatted("Sidst", 120))).at("/agenda/end").asText())
                .as("ending at midnight is allowed").isEqualTo("00:00");

        JsonNode refused = json(server.post("/api/chat", add.formatted("Efter", 10)));
        assertThat(refused.get("kind").asText()).isEqualTo("error");
        assertThat(refused.get("text").asText()).contains("midnat", "kl. 14.00", "ingen minutter", "Intet er gemt");
        JsonNode listed = json(server.post("/api/chat", "{\"text\": \"/dagsorden vis forum=HMU dato=2099-03-05\"}"));
        assertThat(listed.at("/agenda/items").findValuesAsText("title")).containsExactly("Lang", "Sidst");
    }

    @Test
    void aQuestionIsStoredWithoutPersonalDataAndBelongsToWhoAskedUntilDeleted() throws Exception {
        JsonNode reply = json(server.post("/api/chat", "{\"user\": \"U-CPR\", \"text\": \"Hvad koster en parkeringslicens? "
                + "Mit cpr er 010190-1234, mail jens@example.dk, tlf. +45 12 34 56 78\"}"));
        assertThat(reply.get("kind").asText()).isEqualTo("not_found");
        String exported = ReplyJson.mapper().writeValueAsString(server.services.privacy.export("U-CPR"));
        assertThat(exported).contains("Hvad koster en parkeringslicens? Mit cpr er [CPR-nummer], mail [e-mail], tlf. [telefonnummer]")
                .doesNotContain("010190", "1234", "jens@", "12 34 56 78");
        assertThat(server.services.privacy.frequentUnanswered(java.time.Duration.ofDays(1), 100).toString()).doesNotContain("010190");

        assertThat(server.services.privacy.delete("U-CPR")).containsEntry("unanswered_questions", 1);
        assertThat(server.services.privacy.frequentUnanswered(java.time.Duration.ofDays(1), 100).toString()).doesNotContain("parkeringslicens");
    }

    @Test
    void afterPrivacyDeleteNoOneCanUndoTheDeletedPersonsChanges() throws Exception {
        JsonNode added = json(server.post("/api/chat", "{\"user\": \"U-GONE\", \"text\": \"/dagsorden tilføj forum=HMU dato=2099-05-07 titel=Budget\"}"));
        assertThat(added.get("kind").asText()).isEqualTo("agenda");
        server.services.privacy.delete("U-GONE");

        JsonNode undo = json(server.post("/api/chat", "{\"user\": \"slettet-bruger\", \"text\": \"/dagsorden fortryd\"}"));
        assertThat(undo.get("kind").asText()).isEqualTo("error");
        JsonNode listed = json(server.post("/api/chat", "{\"text\": \"/dagsorden vis forum=HMU dato=2099-05-07\"}"));
        assertThat(listed.at("/agenda/items").findValuesAsText("title")).containsExactly("Budget");
        assertThat(listed.at("/agenda/items/0/created_by").asText()).isEqualTo("slettet-bruger");
    }

    @Test
    void malformedInputGets400WithAJsonErrorAndNoStackTrace() throws Exception {
        for (String body : new String[] {"{not json", "[]", "{\"user\": \"u\"}", "{\"text\": 42}", "{\"text\": \"x\", \"user\": {}}", ""}) {
            HttpResponse<String> response = server.post("/api/chat", body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(json(response).get("error").asText()).as(body).isNotBlank();
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dk.");
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return server.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder chat(String contentType, byte[] body) {
        return HttpRequest.newBuilder(server.uri("/api/chat")).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    @Test
    void onlyJsonBodiesAreTaken() throws Exception {
        String question = "{\"text\": \"hjælp\"}";
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/json; charset=iso-8859-1", "application/jsonp"}) {
            HttpResponse<String> response = send(chat(type, question.getBytes(StandardCharsets.UTF_8)));
            assertThat(response.statusCode()).as(type).isEqualTo(415);
            assertThat(json(response).get("error").asText()).as(type).contains("application/json");
        }
        HttpResponse<String> none = send(HttpRequest.newBuilder(server.uri("/api/chat")).POST(HttpRequest.BodyPublishers.ofString(question)));
        assertThat(none.statusCode()).as("no Content-Type").isEqualTo(415);
        assertThat(send(chat("application/json; charset=UTF-8", question.getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(200);
    }

    @Test
    void requestsFromAnotherSiteAreRefused() throws Exception {
        byte[] question = "{\"text\": \"hjælp\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> otherOrigin = send(chat("application/json", question).header("Origin", "https://evil.example"));
        assertThat(otherOrigin.statusCode()).isEqualTo(403);
        assertThat(json(otherOrigin).get("error").asText()).contains("another site");
        assertThat(send(chat("application/json", question).header("Origin", "null")).statusCode()).isEqualTo(403);
        assertThat(send(chat("application/json", question).header("Origin", "http://127.0.0.1:" + (server.server.port() + 1))).statusCode())
                .as("another port is another origin").isEqualTo(403);
        assertThat(send(chat("application/json", question).header("Sec-Fetch-Site", "cross-site")).statusCode()).isEqualTo(403);
        assertThat(send(chat("application/json", question).header("Sec-Fetch-Site", "same-site")).statusCode()).isEqualTo(403);

        assertThat(send(chat("application/json", question).header("Origin", "http://127.0.0.1:" + server.server.port())
                .header("Sec-Fetch-Site", "same-origin")).statusCode()).as("the web chat itself").isEqualTo(200);
    }

    @Test
    void onlyStrictJsonIsTaken() throws Exception {
        byte[] invalidUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        HttpResponse<String> utf8 = send(chat("application/json", invalidUtf8));
        assertThat(utf8.statusCode()).isEqualTo(400);
        assertThat(json(utf8).get("error").asText()).contains("UTF-8");

        for (String trailing : new String[] {"{\"text\": \"hjælp\"} {\"text\": \"x\"}", "{\"text\": \"hjælp\"}garbage", "{\"text\": \"hjælp\"}]"}) {
            HttpResponse<String> response = send(chat("application/json", trailing.getBytes(StandardCharsets.UTF_8)));
            assertThat(response.statusCode()).as(trailing).isEqualTo(400);
            assertThat(json(response).get("error").asText()).as(trailing).contains("after the JSON object");
        }

        HttpResponse<String> duplicate = send(chat("application/json",
                "{\"user\": \"sek\", \"text\": \"hjælp\", \"user\": \"boss\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(json(duplicate).get("error").asText()).contains("\"user\"").contains("twice");
        assertThat(duplicate.body()).doesNotContain("Exception").doesNotContain("jackson");
    }

    @Test
    void wrongMethodGets405AndAHugeBody413() throws Exception {
        HttpResponse<String> get = server.get("/api/chat");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(json(get).get("error").asText()).contains("POST");

        String huge = "{\"text\": \"" + "a".repeat(200_000) + "\"}";
        HttpResponse<String> tooBig = server.post("/api/chat", huge);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(json(tooBig).get("error").asText()).contains("bytes");

        HttpResponse<String> chunked = server.http.send(HttpRequest.newBuilder(server.uri("/api/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as("a body without Content-Length is limited too").isEqualTo(413);
    }

    @Test
    void healthReadinessAndMetrics() throws Exception {
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(server.get("/readyz").statusCode()).isEqualTo(200);
        server.post("/api/chat", "{\"text\": \"hjælp\"}");
        HttpResponse<String> metrics = server.get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("hr_assistant_reply_seconds_count{channel=\"web\",kind=\"help\"}")
                .contains("hr_assistant_index_passages").contains("hr_assistant_ready 1.0");
    }

    @Test
    void readinessWaitsForTheIndex() throws Exception {
        try (TestServer fresh = new TestServer(TestServer.fixture("mixed"), false)) {
            assertThat(fresh.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(fresh.get("/readyz").statusCode()).isEqualTo(503);
            HttpResponse<String> early = fresh.post("/api/chat", "{\"text\": \"Hvornår lukker kantinen?\"}");
            assertThat(json(early).get("kind").asText()).isEqualTo("error");
            fresh.services.knowledge.reload(p -> { });
            assertThat(fresh.get("/readyz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theWebChatPageAndSourceLinks() throws Exception {
        HttpResponse<String> page = server.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(page.body()).contains("<html lang=\"da\">").contains("/api/chat").doesNotContain("http://").doesNotContain("https://");

        HttpResponse<String> source = server.get("/kilde?path=minutes.md&section=" + java.net.URLEncoder.encode(
                "Punkt 2: Kantineordning › Beslutning", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(source.statusCode()).isEqualTo(200);
        assertThat(source.body()).contains("Kantinen holder lukket").contains("<h1>Referat Personaleudvalget 12-03-2026</h1>")
                .contains("<h2>Punkt 2: Kantineordning › Beslutning</h2>").contains("<p class=meta>12. marts 2026, Region Vestkyst, minutes.md</p>")
                .doesNotContain("**");
        double before = webNotFound();
        assertThat(server.get("/kilde?path=../../etc/passwd").statusCode()).isEqualTo(404);
        assertThat(server.get("/kilde").statusCode()).isEqualTo(404);
        assertThat(webNotFound()).as("a source link is a request to the assistant like any other").isEqualTo(before + 2);
        assertThat(server.get("/no/such/page").statusCode()).isEqualTo(404);
    }

    /** How many web requests the assistant has answered with not_found, by its metrics. */
    private static double webNotFound() throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("hr_assistant_reply_seconds_count\\{channel=\"web\",kind=\"not_found\"} (\\S+)")
                .matcher(server.get("/metrics").body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void aPressOnABotButtonIsAnActionThroughTheApiAndFeedbackIsStoredLikeSlacksAndTeams() throws Exception {
        JsonNode thanked = json(server.post("/api/chat", "{\"user\": \"U7\", \"conversation\": \"tab-1\", "
                + "\"action\": {\"type\": \"feedback\", \"helpful\": false, \"kind\": \"answer\", \"path\": \"minutes.md\"}}"));
        assertThat(thanked.get("kind").asText()).isEqualTo("help");
        assertThat(thanked.get("text").asText()).isEqualTo("Tak for din feedback.");
        try (java.sql.Connection c = server.services.database.connection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rows = s.executeQuery("select channel, rating, reply_kind, source_path from feedback where channel = 'web'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(2)).isEqualTo(-1);
            assertThat(rows.getString(3)).isEqualTo("answer");
            assertThat(rows.getString(4)).isEqualTo("minutes.md");
        }
        JsonNode shown = json(server.post("/api/chat", "{\"action\": {\"type\": \"show_source\", \"path\": \"minutes.md\"}}"));
        assertThat(shown.get("text").asText()).startsWith("**Referat Personaleudvalget 12-03-2026**\n12. marts 2026, Region Vestkyst, minutes.md\n\n");

        for (String body : new String[] {"{\"text\": \"hjælp\", \"action\": {\"type\": \"feedback\", \"helpful\": true}}",
                "{\"action\": {\"type\": \"agenda_form\", \"titel\": \"x\"}}", "{\"action\": \"feedback\"}"}) {
            HttpResponse<String> refused = server.post("/api/chat", body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(json(refused).get("error").asText()).as(body).isNotBlank();
        }
    }

    @Test
    void aPortInUseStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> HttpServer.start(server.services, server.server.port(), null, null))
                .isInstanceOf(Settings.InvalidSettingException.class).hasMessageContaining("already in use");
    }
}
