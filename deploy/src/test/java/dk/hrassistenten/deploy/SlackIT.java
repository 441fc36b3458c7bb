package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.adapters.slack.SlackSettings;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Slack app in the running service: real HTTP requests signed with a test secret, Slack's Web API
 * played by {@link FakeSlackApi}, payloads in the shapes Slack documents.
 */
class SlackIT {

    static final String SECRET = "test-signing-secret";

    @TempDir
    Path corpus;
    FakeSlackApi slack;
    TestServer server;
    final ObservedHandler observed = new ObservedHandler();

    @BeforeEach
    void start() throws Exception {
        TestServer.writeCycleMinutes(corpus);
        Files.writeString(corpus.resolve("alarm.md"), "# Brandøvelse\n\n<!channel> Alle skal forlade bygningen ved brandøvelsen den 3. marts 2099, "
                + "læs mere på <https://evil.example|denne side> og skriv til <@U0ADMIN>.\n");
        slack = new FakeSlackApi();
        Settings settings = new Settings(corpus, Files.createTempDirectory("hr-data"), null, null, null,
                new SlackSettings("xoxb-test", SECRET, null, slack.apiUrl(), null), null);
        server = new TestServer(settings, true, observed);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        slack.close();
    }

    static String sign(String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> post(String body, String contentType, long timestamp, String signature, Integer retryNum) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/slack/events")).header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp)).header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (retryNum != null) {
            request.header("X-Slack-Retry-Num", retryNum.toString()).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return server.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> signed(String body, String contentType) throws Exception {
        long now = Instant.now().getEpochSecond();
        return post(body, contentType, now, sign(Long.toString(now), body), null);
    }

    static String mention(String eventId, String text) {
        return "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\"" + eventId
                + "\",\"event_time\":1700000000,\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"<@UBOT> " + text
                + "\",\"ts\":\"1700000000.000100\",\"channel\":\"C1\",\"event_ts\":\"1700000000.000100\"}}";
    }

    static String form(String... pairs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.append(b.length() == 0 ? "" : "&").append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    @Test
    void aMentionIsAnsweredInItsThreadWithSources() throws Exception {
        HttpResponse<String> ack = signed(mention("Ev1", "Hvornår træder cykelordningen i kraft?"), "application/json");
        assertThat(ack.statusCode()).isEqualTo(200);
        List<FakeSlackApi.Call> posts = slack.await("chat.postMessage", 1);
        assertThat(posts).hasSize(1);
        String body = posts.get(0).body();
        // chat.postMessage is form-encoded; the blocks are a JSON field of it
        assertThat(body).contains("channel=C1").contains("thread_ts=1700000000.000100")
                .contains("1. august 2026").contains("Referat Personaleudvalget 12-03-2026 › Punkt 1: Cykelordning › Beslutning")
                .contains("feedback_up").contains("show_source").contains("unfurl_links=0").contains("unfurl_media=0");
    }

    @Test
    void theSameEventDeliveredFourTimesIsAnsweredOnce() throws Exception {
        String event = mention("Ev2", "Hvornår træder cykelordningen i kraft?");
        assertThat(signed(event, "application/json").statusCode()).isEqualTo(200);
        for (int retry = 1; retry <= 3; retry++) {
            long now = Instant.now().getEpochSecond();
            assertThat(post(event, "application/json", now, sign(Long.toString(now), event), retry).statusCode()).isEqualTo(200);
        }
        slack.await("chat.postMessage", 1);
        Thread.sleep(1500);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(observed.handled).hasValue(1);
    }

    @Test
    void aDocumentsMarkupIsRenderedInert() throws Exception {
        signed(mention("Ev3", "Hvornår er brandøvelsen?"), "application/json");
        String body = slack.await("chat.postMessage", 1).get(0).body();
        assertThat(body).contains("&lt;!channel&gt;").contains("&lt;https://evil.example|denne side&gt;").contains("&lt;@U0ADMIN&gt;");
        assertThat(body).doesNotContain("<!channel>").doesNotContain("<https://evil.example").doesNotContain("<@U0ADMIN>");
    }

    @Test
    void forgedReplayedAndFutureDatedRequestsGet401AndReachNoHandler() throws Exception {
        String event = mention("Ev4", "Hvornår træder cykelordningen i kraft?");
        long now = Instant.now().getEpochSecond();
        assertThat(post(event, "application/json", now, "v0=" + "0".repeat(64), null).statusCode()).as("forged").isEqualTo(401);
        long old = now - 10 * 60;
        assertThat(post(event, "application/json", old, sign(Long.toString(old), event), null).statusCode()).as("replayed").isEqualTo(401);
        long future = now + 10 * 60;
        assertThat(post(event, "application/json", future, sign(Long.toString(future), event), null).statusCode()).as("future").isEqualTo(401);
        String tampered = event.replace("cykelordningen", "lønnen");
        assertThat(post(tampered, "application/json", now, sign(Long.toString(now), event), null).statusCode()).as("tampered").isEqualTo(401);
        Thread.sleep(500);
        assertThat(observed.handled).hasValue(0);
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void unsignedOrBadlySignedMalformedBodiesGet401AndOneLogLineWithoutAStackTrace() throws Exception {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log = new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        root.addAppender(log);
        long now = Instant.now().getEpochSecond();
        long stale = now - 6 * 60;
        String json = "{\"type\": \"event_callback\", \"event\": {";
        String form = "payload=%7B%22type%22%3A%22block_actions%22%2C";
        try {
            HttpResponse<String> unsignedJson = server.http.send(HttpRequest.newBuilder(server.uri("/slack/events"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> unsignedForm = server.http.send(HttpRequest.newBuilder(server.uri("/slack/events"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> wrongSecret = post(json, "application/json", now, "v0=" + "ab".repeat(32), null);
            HttpResponse<String> staleTimestamp = post(form, "application/x-www-form-urlencoded", stale, sign(Long.toString(stale), form), null);
            for (HttpResponse<String> response : List.of(unsignedJson, unsignedForm, wrongSecret, staleTimestamp)) {
                assertThat(response.statusCode()).isEqualTo(401);
                assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
            }
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list).allSatisfy(e -> assertThat(e.getThrowableProxy()).as(e.getFormattedMessage()).isNull());
        assertThat(log.list).filteredOn(e -> e.getFormattedMessage().contains("Slack request refused")).hasSize(4);
        assertThat(log.list).hasSize(4);
        assertThat(observed.handled).hasValue(0);
    }

    @Test
    void aSlashCommandIsAcknowledgedAtOnceWhileASlowAnswerArrivesLater() throws Exception {
        observed.delayMillis = 2000;
        String body = form("token", "x", "team_id", "T1", "channel_id", "C1", "user_id", "U1", "command", "/hr",
                "text", "Hvornår træder cykelordningen i kraft?", "response_url", slack.responseUrl("1"), "trigger_id", "T.1");
        long start = System.nanoTime();
        HttpResponse<String> ack = signed(body, "application/x-www-form-urlencoded");
        long ackMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ackMillis).isLessThan(1000);
        assertThat(slack.calls("respond")).isEmpty();
        List<FakeSlackApi.Call> responses = slack.await("respond", 1);
        assertThat(responses).hasSize(1);
        assertThat(responses.get(0).body()).contains("1. august 2026").contains("\"response_type\":\"ephemeral\"");
    }

    @Test
    void theAgendaModalOpensAndAValidSubmissionStoresTheItemWhileAnInvalidOneShowsFieldErrors() throws Exception {
        String command = form("token", "x", "team_id", "T1", "channel_id", "C1", "user_id", "U1", "command", "/dagsorden",
                "text", "ny", "response_url", slack.responseUrl("2"), "trigger_id", "T.2");
        assertThat(signed(command, "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
        String opened = slack.await("views.open", 1).get(0).body();
        assertThat(opened).contains("agenda_item_modal").contains("HMU Eksempel").contains("trigger_id=T.2").contains("datepicker");

        HttpResponse<String> invalid = signed(form("payload", submission("V1", "2020-01-01", "")), "application/x-www-form-urlencoded");
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("\"response_action\":\"errors\"").contains("\"dato\"").contains("\"titel\"");

        HttpResponse<String> valid = signed(form("payload", submission("V2", "2099-03-01", "Budget")), "application/x-www-form-urlencoded");
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.body()).doesNotContain("errors");
        String confirmation = slack.await("chat.postMessage", 1).get(0).body();
        assertThat(confirmation).contains("channel=U1").contains("Budget");
        var listed = server.services.assistant.handle(dk.hrassistenten.bot.Inbound.of(dk.hrassistenten.bot.Channel.API, "x",
                "/dagsorden vis forum=\"HMU Eksempel\" dato=2099-03-01"));
        assertThat(listed.text()).contains("1. Budget");
    }

    @Test
    void aWordExportIsPostedIntoTheChannelThroughSlacksUploadFlow() throws Exception {
        server.services.assistant.handle(dk.hrassistenten.bot.Inbound.of(dk.hrassistenten.bot.Channel.API, "sek",
                "/dagsorden tilføj forum=HMU dato=2099-09-09 titel=\"Orientering om vikarer\" indstilling=\"HMU tager den til efterretning\""));
        String command = form("token", "x", "team_id", "T1", "channel_id", "C1", "user_id", "U1", "command", "/dagsorden",
                "text", "eksport forum=HMU dato=2099-09-09 format=docx", "response_url", slack.responseUrl("9"), "trigger_id", "T.9");

        assertThat(signed(command, "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);

        String completed = slack.await("files.completeUploadExternal", 1).get(0).body();
        List<String> flow = slack.calls.stream().map(FakeSlackApi.Call::method).filter(m -> m.startsWith("files.") || m.equals("upload")).toList();
        assertThat(flow).containsExactly("files.getUploadURLExternal", "upload", "files.completeUploadExternal");
        String asked = slack.calls("files.getUploadURLExternal").get(0).body();
        byte[] uploaded = slack.uploads.get("F1");
        assertThat(asked).contains("filename=Dagsorden HMU Eksempel 2099-09-09.docx").contains("length=" + uploaded.length);
        assertThat(completed).contains("channel_id=C1").contains("\"id\":\"F1\"").contains("Word-dokument (1 punkt)");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(uploaded))) {
            assertThat(doc.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList())
                    .contains("Møde i HMU Eksempel", "1. Orientering om vikarer (kl. 14.00-14.10)", "HMU tager den til efterretning");
        }
        Thread.sleep(500);
        assertThat(slack.calls("respond")).as("the file is the answer").isEmpty();
    }

    @Test
    void theMessageShortcutOpensTheAgendaModalWithTheMessageAndItsLinkButOnlyWhenSigned() throws Exception {
        String payload = "{\"type\":\"message_action\",\"token\":\"x\",\"action_ts\":\"1700000001.000001\","
                + "\"team\":{\"id\":\"T1\",\"domain\":\"test\"},\"user\":{\"id\":\"U1\",\"username\":\"anne\",\"team_id\":\"T1\",\"name\":\"anne\"},"
                + "\"channel\":{\"id\":\"C1\",\"name\":\"hmu\"},\"is_enterprise_install\":false,\"enterprise\":null,"
                + "\"callback_id\":\"make_agenda_item\",\"trigger_id\":\"T.10\",\"response_url\":\"" + slack.responseUrl("10") + "\","
                + "\"message_ts\":\"1700000000.000500\",\"message\":{\"type\":\"message\",\"user\":\"U2\",\"ts\":\"1700000000.000500\","
                + "\"text\":\"Vi mangler vikarer &amp; afløsere om natten.\\nSe <https://intra.example/vikarer|planen>.\"}}";
        long now = Instant.now().getEpochSecond();
        assertThat(post(form("payload", payload), "application/x-www-form-urlencoded", now, "v0=" + "0".repeat(64), null).statusCode())
                .as("forged").isEqualTo(401);
        Thread.sleep(300);
        assertThat(slack.calls("views.open")).isEmpty();

        assertThat(signed(form("payload", payload), "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);

        String opened = slack.await("views.open", 1).get(0).body();
        assertThat(slack.calls("chat.getPermalink").get(0).body()).contains("channel=C1").contains("message_ts=1700000000.000500");
        assertThat(opened).contains("trigger_id=T.10").contains("agenda_item_modal").contains("HMU Eksempel")
                .contains("\"block_id\":\"sagsfremstilling\"")
                .contains("\"initial_value\":\"Vi mangler vikarer \\u0026 afløsere om natten.\\nSe planen (https://intra.example/vikarer).\\n\\n"
                        + "Fra beskeden: https://test.slack.com/archives/C1/p1700000000000500\"");
    }

    static String submission(String viewId, String date, String title) {
        return "{\"type\":\"view_submission\",\"team\":{\"id\":\"T1\",\"domain\":\"test\"},\"user\":{\"id\":\"U1\",\"team_id\":\"T1\"},"
                + "\"api_app_id\":\"A1\",\"token\":\"x\",\"trigger_id\":\"T.3\",\"view\":{\"id\":\"" + viewId + "\",\"team_id\":\"T1\",\"type\":\"modal\","
                + "\"callback_id\":\"agenda_item_modal\",\"state\":{\"values\":{"
                + "\"forum\":{\"value\":{\"type\":\"static_select\",\"selected_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"HMU Eksempel\"},\"value\":\"HMU Eksempel\"}}},"
                + "\"dato\":{\"value\":{\"type\":\"datepicker\",\"selected_date\":\"" + date + "\"}},"
                + "\"titel\":{\"value\":{\"type\":\"plain_text_input\",\"value\":" + (title.isEmpty() ? "null" : "\"" + title + "\"") + "}}}}}}";
    }

    @Test
    void aRateLimitIsWaitedOut() throws Exception {
        slack.rateLimitNextPosts(1);
        signed(mention("Ev5", "Hvornår træder cykelordningen i kraft?"), "application/json");
        List<FakeSlackApi.Call> posts = slack.await("chat.postMessage", 2);
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).atMillis() - posts.get(0).atMillis()).isGreaterThanOrEqualTo(950);
        assertThat(posts.get(1).body()).contains("1. august 2026");
    }

    @Test
    void directMessagesAreAnsweredButNeverABotsOwnMessage() throws Exception {
        String human = "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\"EvD1\","
                + "\"event_time\":1700000000,\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U1\","
                + "\"text\":\"Hvornår træder cykelordningen i kraft?\",\"ts\":\"1700000000.000300\",\"channel\":\"D1\"}}";
        String bot = "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\"EvD2\","
                + "\"event_time\":1700000000,\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"bot_id\":\"BOTHER\",\"user\":\"U9\","
                + "\"text\":\"Hvornår træder cykelordningen i kraft?\",\"ts\":\"1700000000.000400\",\"channel\":\"D1\"}}";
        assertThat(signed(bot, "application/json").statusCode()).isEqualTo(200);
        assertThat(signed(human, "application/json").statusCode()).isEqualTo(200);
        List<FakeSlackApi.Call> posts = slack.await("chat.postMessage", 1);
        Thread.sleep(1000);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(posts.get(0).body()).contains("channel=D1").contains("1. august 2026");
        assertThat(observed.handled).hasValue(1);
    }

    @Test
    void showWholeSourceRespondsWithTheSection() throws Exception {
        String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\"},\"api_app_id\":\"A1\",\"token\":\"x\","
                + "\"trigger_id\":\"T.5\",\"response_url\":\"" + slack.responseUrl("5") + "\",\"channel\":{\"id\":\"C1\"},"
                + "\"actions\":[{\"type\":\"button\",\"action_id\":\"show_source\",\"block_id\":\"b\","
                + "\"value\":\"cykel.md\\u001FPunkt 1: Cykelordning › Beslutning\",\"action_ts\":\"1\"}]}";
        assertThat(signed(form("payload", payload), "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
        assertThat(slack.await("respond", 1).get(0).body()).contains("Cykelordningen træder i kraft den 1. august 2026.")
                .contains("\"response_type\":\"ephemeral\"");
    }

    @Test
    void feedbackIsStoredAndCounted() throws Exception {
        String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\"},\"api_app_id\":\"A1\",\"token\":\"x\","
                + "\"trigger_id\":\"T.4\",\"response_url\":\"" + slack.responseUrl("4") + "\",\"channel\":{\"id\":\"C1\"},"
                + "\"actions\":[{\"type\":\"button\",\"action_id\":\"feedback_up\",\"block_id\":\"b\",\"value\":\"answer\\u001Fcykel.md\",\"action_ts\":\"1\"}]}";
        assertThat(signed(form("payload", payload), "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
        assertThat(slack.await("respond", 1).get(0).body()).contains("Tak for din feedback");
        assertThat(server.get("/metrics").body()).contains("hr_assistant_feedback_total{kind=\"answer\",rating=\"up\"} 1.0");
    }
}
