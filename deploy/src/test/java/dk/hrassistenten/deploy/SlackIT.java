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
    void theHomeTabWelcomesWithQuestionsTakenFromTheDocuments() throws Exception {
        Files.copy(TestServer.fixture("mixed").resolve("faq.txt"), corpus.resolve("faq.txt"));
        server.services.knowledge.reload(p -> { });
        // Slack's app_home_opened event (Events API), as it comes when someone opens the app's Home tab.
        String opened = "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\"EvHome\","
                + "\"event_time\":1700000000,\"event\":{\"type\":\"app_home_opened\",\"user\":\"U1\",\"channel\":\"D1\",\"tab\":\"home\","
                + "\"event_ts\":\"1700000000.000100\"}}";
        assertThat(signed(opened, "application/json").statusCode()).isEqualTo(200);
        List<FakeSlackApi.Call> published = slack.await("views.publish", 1);
        assertThat(published).hasSize(1);
        assertThat(published.get(0).body()).contains("user_id=U1").contains("\"type\":\"home\"").contains("HR-assistenten")
                .contains("Prøv for eksempel").contains("Hvor mange dage om ugen må jeg arbejde hjemme?");
        assertThat(slack.calls("chat.postMessage")).as("the Home tab is no conversation").isEmpty();
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
        String blocks = java.net.URLDecoder.decode(body, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(blocks).as("the source once, as the context line, with a Danish date").containsOnlyOnce(":page_facing_up:")
                .contains("Beslutning* · 12. marts 2026").doesNotContain("Kilde:");
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
        assertThat(observed.questions).as("both submissions went through the assistant as typed form actions")
                .filteredOn(i -> i.action() instanceof dk.hrassistenten.bot.InboundAction.AgendaForm).hasSize(2)
                .allSatisfy(i -> assertThat(i.userId()).isEqualTo("U1"));
        assertThat(server.get("/metrics").body()).as("timed like every request")
                .contains("hr_assistant_reply_seconds_count{channel=\"slack\",kind=\"error\"}")
                .contains("hr_assistant_reply_seconds_count{channel=\"slack\",kind=\"agenda\"}");
        assertThat(valid.body()).doesNotContain("errors");
        String confirmation = slack.await("chat.postMessage", 1).get(0).body();
        assertThat(confirmation).contains("channel=U1").contains("Budget");
        var listed = server.services.assistant.handle(dk.hrassistenten.bot.Inbound.of(dk.hrassistenten.bot.Channel.API, "x",
                "/dagsorden vis forum=\"HMU Eksempel\" dato=2099-03-01"));
        assertThat(listed.text()).contains("1. Budget");

        // A mention without the command's slash lists the agenda too.
        assertThat(signed(mention("EvList", "dagsorden vis forum=HMU dato=2099-03-01"), "application/json").statusCode()).isEqualTo(200);
        assertThat(slack.await("chat.postMessage", 2).get(1).body()).contains("channel=C1").contains("Budget");
    }

    /** A server whose forum HMU Test has the Slack user USEK as its secretary and closes proposals a week before. */
    private TestServer withSecretary() throws Exception {
        Path forums = Files.writeString(Files.createTempFile("forums", ".yaml"), """
                forums:
                  - name: HMU Test
                    secretaries: [USEK, sekretaer@example.org]
                    starts: "14:00"
                    default_minutes: 10
                    deadline_days: 7
                """);
        return new TestServer(new Settings(corpus, Files.createTempDirectory("hr-data"), forums, null, null,
                new SlackSettings("xoxb-test", SECRET, null, slack.apiUrl(), null), null), true, null);
    }

    HttpResponse<String> signed(TestServer to, String body, String contentType) throws Exception {
        long now = Instant.now().getEpochSecond();
        return to.http.send(HttpRequest.newBuilder(to.uri("/slack/events")).header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(now)).header("X-Slack-Signature", sign(Long.toString(now), body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String proposeCommand(String trigger, String date, String title) {
        return form("token", "x", "team_id", "T1", "channel_id", "C1", "user_id", "U1", "command", "/dagsorden",
                "text", "foreslå forum=\"HMU Test\" dato=" + date + " titel=\"" + title + "\"", "response_url", slack.responseUrl(trigger),
                "trigger_id", trigger);
    }

    /** A secretary's press on a proposal's button in their direct message, with what they typed in its reason field. */
    String decision(String trigger, String action, String id, String reason) {
        return "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"USEK\"},\"api_app_id\":\"A1\",\"token\":\"x\","
                + "\"trigger_id\":\"" + trigger + "\",\"response_url\":\"" + slack.responseUrl(trigger) + "\",\"channel\":{\"id\":\"D1\"},"
                + "\"container\":{\"type\":\"message\",\"message_ts\":\"1700000001.000200\",\"channel_id\":\"D1\"},"
                + "\"state\":{\"values\":{\"proposal_reason\":{\"value\":{\"type\":\"plain_text_input\",\"value\":"
                + (reason == null ? "null" : "\"" + reason + "\"") + "}}}},"
                + "\"actions\":[{\"type\":\"button\",\"action_id\":\"" + action + "\",\"block_id\":\"d\",\"value\":\"" + id
                + "\",\"action_ts\":\"1700000002.000300\"}]}";
    }

    private static String proposalId(FakeSlackApi.Call dm) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"action_id\":\"proposal_approve\",\"value\":\"([0-9]+)\"|"
                + "\"value\":\"([0-9]+)\"[^}]*\"action_id\":\"proposal_approve\"").matcher(dm.body());
        assertThat(m.find()).as(dm.body()).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private List<FakeSlackApi.Call> posts(String channel, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            List<FakeSlackApi.Call> to = slack.calls("chat.postMessage").stream().filter(c -> c.body().contains("channel=" + channel + "&")).toList();
            if (to.size() >= count) {
                return to;
            }
            Thread.sleep(50);
        }
        return slack.calls("chat.postMessage").stream().filter(c -> c.body().contains("channel=" + channel + "&")).toList();
    }

    private List<FakeSlackApi.Call> responses(String trigger, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && slack.responses(trigger).size() < count) {
            Thread.sleep(50);
        }
        return slack.responses(trigger);
    }

    @Test
    void aProposalReachesTheSecretaryAsADirectMessageWhoseSignedApproveClickPutsItOnTheAgendaAndTellsTheProposer() throws Exception {
        String date = java.time.LocalDate.now().plusDays(14).toString();
        try (TestServer hr = withSecretary()) {
            String propose = proposeCommand("T.10", date, "Trivselsmåling");
            assertThat(signed(hr, propose, "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
            assertThat(responses("T.10", 1)).singleElement().satisfies(r -> assertThat(r.body()).contains("er gemt").contains("ephemeral"));
            FakeSlackApi.Call dm = posts("USEK", 1).get(0);
            assertThat(dm.body()).contains("Trivselsmåling", "HMU Test", "proposal_approve", "proposal_reject", "proposal_reason", "plain_text_input");
            String id = proposalId(dm);
            assertThat(listed(hr, date)).doesNotContain("Trivselsmåling");

            assertThat(signed(hr, propose, "application/x-www-form-urlencoded").statusCode()).as("Slack delivers the command again")
                    .isEqualTo(200);
            assertThat(responses("T.10", 2).get(1).body()).contains("allerede behandlet");

            String forged = form("payload", decision("T.11", "proposal_approve", id, null));
            HttpResponse<String> unsigned = hr.http.send(HttpRequest.newBuilder(hr.uri("/slack/events"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(forged)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(unsigned.statusCode()).isEqualTo(401);

            assertThat(signed(hr, form("payload", decision("T.12", "proposal_approve", id, null)), "application/x-www-form-urlencoded")
                    .statusCode()).isEqualTo(200);

            assertThat(responses("T.12", 1)).singleElement().satisfies(r -> assertThat(r.body()).contains("godkendt", "punkt 1")
                    .contains("\"replace_original\":true"));
            assertThat(listed(hr, date)).contains("1. Trivselsmåling");
            assertThat(posts("C1", 1)).singleElement().satisfies(c -> assertThat(c.body())
                    .contains("Dit forslag \"Trivselsmåling\" er godkendt og står som punkt 1 på dagsordenen for HMU Test"));
            assertThat(slack.responses("T.11")).isEmpty();
            assertThat(posts("USEK", 1)).as("the replayed proposal told the secretary nothing more").hasSize(1);
            assertThat(new dk.hrassistenten.bot.agenda.AgendaStore(hr.services.database, java.time.Clock.systemUTC())
                    .proposals("HMU Test", java.time.LocalDate.parse(date))).as("stored once").hasSize(1);
        }
    }

    @Test
    void aRejectClickNeedsAReasonWhichTheProposerIsToldAndALateProposalIsRefusedWithTheDeadline() throws Exception {
        java.time.LocalDate meeting = java.time.LocalDate.now().plusDays(14);
        try (TestServer hr = withSecretary()) {
            signed(hr, proposeCommand("T.20", meeting.toString(), "Parkering"), "application/x-www-form-urlencoded");
            String id = proposalId(posts("USEK", 1).get(0));

            signed(hr, form("payload", decision("T.21", "proposal_reject", id, null)), "application/x-www-form-urlencoded");
            assertThat(responses("T.21", 1)).singleElement().satisfies(r -> assertThat(r.body()).contains("begrundelse", "Intet er gemt")
                    .contains("\"replace_original\":false"));
            signed(hr, form("payload", decision("T.22", "proposal_reject", id, "Hører under LMU")), "application/x-www-form-urlencoded");
            assertThat(responses("T.22", 1)).singleElement().satisfies(r -> assertThat(r.body()).contains("afvist", "Hører under LMU"));
            assertThat(posts("C1", 1)).singleElement().satisfies(c -> assertThat(c.body())
                    .contains("Dit forslag \"Parkering\" til HMU Test den ").contains("er afvist. Begrundelse: Hører under LMU"));
            assertThat(listed(hr, meeting.toString())).doesNotContain("Parkering");

            java.time.LocalDate soon = java.time.LocalDate.now().plusDays(3);
            signed(hr, proposeCommand("T.23", soon.toString(), "For sent"), "application/x-www-form-urlencoded");
            String deadline = java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy", java.util.Locale.forLanguageTag("da"))
                    .format(soon.minusDays(7));
            assertThat(responses("T.23", 1)).singleElement().satisfies(r -> assertThat(r.body()).contains("Fristen", deadline, "Intet er gemt"));
            Thread.sleep(300);
            assertThat(posts("USEK", 1)).as("nothing more for the secretary").hasSize(1);
        }
    }

    private static String listed(TestServer hr, String date) {
        return hr.services.assistant.handle(dk.hrassistenten.bot.Inbound.of(dk.hrassistenten.bot.Channel.API, "x",
                "/dagsorden vis forum=\"HMU Test\" dato=" + date)).text();
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
