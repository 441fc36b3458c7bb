package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.hrassistenten.adapters.teams.FakeConnector;
import dk.hrassistenten.adapters.teams.TeamsActivities;
import dk.hrassistenten.adapters.teams.TeamsSettings;
import dk.hrassistenten.bot.Inbound;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Teams app in the running service with {@code TEAMS_LOCAL_DEV}: real activities in the shapes Teams sends
 * are POSTed to {@code /api/messages}, and the Bot Connector at their {@code serviceUrl} is played by
 * {@link FakeConnector}. (Authentication is proven in the adapter's own TeamsAuthenticationIT and below.)
 */
class TeamsIT {

    static final Duration ANSWER_WITHIN = Duration.ofMillis(800);

    @TempDir
    Path corpus;
    FakeConnector connector;
    TeamsActivities activities;
    TestServer server;
    final ObservedHandler observed = new ObservedHandler();

    @BeforeEach
    void start() throws Exception {
        TestServer.writeCycleMinutes(corpus);
        Files.writeString(corpus.resolve("alarm.txt"), "Brandøvelse\n\n<at>Alle</at> skal forlade bygningen ved brandøvelsen den 3. marts 2099, "
                + "læs [mere her](https://evil.example/login) og se ![logo](https://evil.example/pixel.png).\n");
        connector = new FakeConnector();
        activities = new TeamsActivities(connector.serviceUrl());
        Settings settings = new Settings(corpus, Files.createTempDirectory("hr-data"), null, null, null, null, null)
                .withTeams(new TeamsSettings(null, null, null, null, null, ANSWER_WITHIN));
        server = new TestServer(settings, true, observed);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        connector.close();
    }

    HttpResponse<String> post(JsonNode activity) throws Exception {
        return server.http.send(HttpRequest.newBuilder(server.uri("/api/messages")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode card(FakeConnector.Call call) {
        assertThat(call.body().at("/attachments/0/contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        return call.body().at("/attachments/0/content");
    }

    @Test
    void installedInThePersonalScopeTheBotWelcomesWithQuestionsFromTheDocumentsOnce() throws Exception {
        Files.copy(TestServer.fixture("mixed").resolve("faq.txt"), corpus.resolve("faq.txt"));
        server.services.knowledge.reload(p -> { });
        ObjectNode installed = activities.installedPersonally("anne");
        assertThat(post(installed).statusCode()).isEqualTo(200);
        assertThat(post(installed).statusCode()).as("delivered again").isEqualTo(200);
        FakeConnector.Call welcome = connector.awaitSent(1).get(0);
        assertThat(welcome.path()).startsWith("/v3/conversations/" + installed.at("/conversation/id").asText() + "/activities");
        assertThat(card(welcome).get("body").toString()).contains("HR-assistenten").contains("Prøv for eksempel")
                .contains("Hvor mange dage om ugen må jeg arbejde hjemme?");
        Thread.sleep(1000);
        assertThat(connector.sent()).as("welcomed once").hasSize(1);

        assertThat(post(activities.installedInATeam("anne")).statusCode()).isEqualTo(200);
        Thread.sleep(1000);
        assertThat(connector.sent()).as("no greeting to a whole team").hasSize(1);
    }

    @Test
    void aQuestionsAnswerCardArrivesAtTheServiceUrlAsAReply() throws Exception {
        ObjectNode activity = activities.personal("anne", "Hvornår træder cykelordningen i kraft?");

        assertThat(post(activity).statusCode()).isEqualTo(200);

        FakeConnector.Call reply = connector.awaitSent(1).get(0);
        assertThat(reply.path()).isEqualTo("/v3/conversations/" + activity.at("/conversation/id").asText() + "/activities/" + activity.get("id").asText());
        JsonNode card = card(reply);
        assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.get("version").asText()).isEqualTo("1.5");
        assertThat(card.get("body").toString()).contains("1. august 2026")
                .contains("Referat Personaleudvalget 12-03-2026 › Punkt 1: Cykelordning › Beslutning").contains("12. marts 2026");
        assertThat(card.get("body").toString()).as("the source once, in the list").containsOnlyOnce("Punkt 1: Cykelordning › Beslutning")
                .doesNotContain("Kilde:");
        assertThat(card.get("actions").toString()).contains("Action.Submit").contains("\"hr_action\":\"feedback\"").contains("👍").contains("👎");
        assertThat(reply.body().has("entities")).as("no mention entities, ever").isFalse();
        assertThat(observed.questions).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Hvornår træder cykelordningen i kraft?");
            assertThat(q.userId()).isEqualTo("aad-anne");
        });
    }

    @Test
    void aSlowAnswerArrivesAsAPlaceholderFirstAndThenProactively() throws Exception {
        observed.delayMillis = 2500;
        long start = System.nanoTime();

        HttpResponse<String> response = post(activities.personal("anne", "Hvornår træder cykelordningen i kraft?"));
        long answeredMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(answeredMillis).as("Teams gets its answer long before the slow answer is ready").isLessThan(observed.delayMillis);
        List<FakeConnector.Call> sent = connector.awaitSent(2);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).body().get("text").asText()).isEqualTo("Jeg søger …");
        assertThat(card(sent.get(1)).get("body").toString()).contains("1. august 2026");
        assertThat(sent.get(1).path()).as("proactive: into the conversation, not as a reply to the request")
                .startsWith("/v3/conversations/a:1personal-anne/activities");
        assertThat(observed.handled).hasValue(1);
    }

    @Test
    void theSameActivityDeliveredAgainIsAnsweredOnce() throws Exception {
        ObjectNode activity = activities.personal("anne", "Hvornår træder cykelordningen i kraft?");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<HttpResponse<String>>> deliveries = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                deliveries.add(pool.submit(() -> post(activity)));
            }
            for (Future<HttpResponse<String>> d : deliveries) {
                assertThat(d.get().statusCode()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(post(activity).statusCode()).isEqualTo(200);

        connector.awaitSent(1);
        Thread.sleep(1000);
        assertThat(connector.sent()).hasSize(1);
        assertThat(observed.handled).hasValue(1);
    }

    @Test
    void aChannelMessageIsAnsweredOnlyWhenItMentionsTheBotAndWithoutTheMention() throws Exception {
        assertThat(post(activities.channelChatter("bo", "Hvornår træder cykelordningen i kraft?")).statusCode()).isEqualTo(200);
        ObjectNode mention = activities.channelMention("bo", "Hvornår træder cykelordningen i kraft?");
        assertThat(post(mention).statusCode()).isEqualTo(200);

        FakeConnector.Call reply = connector.awaitSent(1).get(0);
        assertThat(reply.path()).contains(mention.at("/conversation/id").asText()).endsWith(mention.get("id").asText());
        assertThat(observed.questions).singleElement().extracting(Inbound::text).isEqualTo("Hvornår træder cykelordningen i kraft?");
    }

    @Test
    void aDocumentsMarkupIsRenderedInertInTheCard() throws Exception {
        post(activities.personal("anne", "Hvornår er brandøvelsen?"));

        JsonNode reply = connector.awaitSent(1).get(0).body();
        String cardText = card(connector.sent().get(0)).get("body").toString();
        assertThat(cardText).contains("3. marts 2099");
        assertThat(cardText).doesNotContain("[mere her](").doesNotContain("![logo](").doesNotContain("<at>");
        // JSON doubles the backslash: \\< in the JSON text is \< in the card, which Teams shows as <
        assertThat(cardText).contains("\\\\<at\\\\>Alle").contains("mere her (https://evil.example/login)");
        assertThat(reply.has("entities")).isFalse();
    }

    @Test
    void thumbsUpIsStoredLikeSlacksAndThanked() throws Exception {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.put("hr_action", "feedback").put("helpful", true).put("kind", "answer").put("path", "cykel.md");

        assertThat(post(activities.submit("anne", value)).statusCode()).isEqualTo(200);

        assertThat(connector.awaitSent(1).get(0).body().get("text").asText()).isEqualTo("Tak for din feedback.");
        try (Connection c = server.services.database.connection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select channel, rating, reply_kind, source_path from feedback")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("teams");
            assertThat(rows.getInt(2)).isEqualTo(1);
            assertThat(rows.getString(3)).isEqualTo("answer");
            assertThat(rows.getString(4)).isEqualTo("cykel.md");
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void theAgendaFormShowsErrorsByFieldAndStoresNothingUntilItIsRight() throws Exception {
        post(activities.personal("sekretaer", "dagsorden ny"));
        JsonNode form = card(connector.awaitSent(1).get(0));
        assertThat(form.get("body").findValuesAsText("id")).containsExactly("forum", "dato", "titel", "indstilling", "sagsfremstilling",
                "sagsnr", "minutter", "bilag");
        assertThat(form.at("/actions/0/data/hr_action").asText()).isEqualTo("agenda_form");

        ObjectNode wrong = JsonNodeFactory.instance.objectNode();
        wrong.put("hr_action", "agenda_form").put("forum", "HMU Eksempel").put("dato", "2020-13-45").put("minutter", "mange");
        post(activities.submit("sekretaer", wrong));
        JsonNode again = card(connector.awaitSent(2).get(1));
        String errors = again.get("body").toString();
        assertThat(errors).contains("\"color\":\"attention\"");
        assertThat(again.get("body").findValuesAsText("value")).contains("HMU Eksempel", "2020-13-45", "mange");
        assertThat(countItems()).isZero();

        String date = LocalDate.now().plusDays(14).toString();
        ObjectNode right = JsonNodeFactory.instance.objectNode();
        right.put("hr_action", "agenda_form").put("forum", "HMU Eksempel").put("dato", date).put("titel", "Orientering om vikarer")
                .put("minutter", "20");
        post(activities.submit("sekretaer", right));
        assertThat(card(connector.awaitSent(3).get(2)).get("body").toString()).contains("Orientering om vikarer");
        assertThat(countItems()).isEqualTo(1);
        assertThat(observed.questions).as("both submissions went through the assistant as typed form actions")
                .filteredOn(i -> i.action() instanceof dk.hrassistenten.bot.InboundAction.AgendaForm).hasSize(2);

        post(activities.personal("sekretaer", "/dagsorden vis forum=\"HMU Eksempel\" dato=" + date));
        JsonNode list = card(connector.awaitSent(4).get(3));
        assertThat(list.get("body").findValues("facts").toString()).contains("Orientering om vikarer").contains("14:00–14:20");

        // As Teams' command menu inserts it: without the slash.
        post(activities.personal("sekretaer", "dagsorden vis forum=\"HMU Eksempel\" dato=" + date));
        JsonNode slashless = card(connector.awaitSent(5).get(4));
        assertThat(slashless.get("body").findValues("facts").toString()).contains("Orientering om vikarer");
    }

    @Test
    void aForumsSecretariesMayBeListedByTheEmailTeamsGivesForThem() throws Exception {
        Path forums = Files.writeString(Files.createTempFile("forums", ".yaml"), """
                forums:
                  - name: HMU Test
                    secretaries: [sekretaer@example.org]
                    starts: "14:00"
                    default_minutes: 10
                """);
        String date = LocalDate.now().plusDays(14).toString();
        try (TestServer withForums = new TestServer(new Settings(corpus, Files.createTempDirectory("hr-data"), forums, null, null, null, null)
                .withTeams(new TeamsSettings(null, null, null, null, null, ANSWER_WITHIN)), true, observed)) {
            String add = "/dagsorden tilføj forum=\"HMU Test\" dato=" + date + " titel=\"Orientering om vikarer\"";
            for (String user : new String[] {"anne", "sekretaer"}) {
                server.http.send(HttpRequest.newBuilder(withForums.uri("/api/messages")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(activities.personal(user, add).toString())).build(), HttpResponse.BodyHandlers.ofString());
            }
            List<FakeConnector.Call> replies = connector.awaitSent(2);
            assertThat(card(replies.get(0)).get("body").toString()).as("anne is no secretary").contains("Kun sekretærerne for HMU Test");
            assertThat(card(replies.get(1)).get("body").toString()).contains("Orientering om vikarer").doesNotContain("Kun sekretærerne");
            assertThat(connector.calls).filteredOn(c -> c.method().equals("GET")).extracting(FakeConnector.Call::path)
                    .containsExactly("/v3/conversations/a:1personal-anne/members/29:1anne", "/v3/conversations/a:1personal-sekretaer/members/29:1sekretaer");
        }
    }

    /** Waits for an activity sent into a conversation, as a reply or on the bot's own, whose body holds a text. */
    private FakeConnector.Call awaitSentTo(String conversation, String containing) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (FakeConnector.Call call : connector.sent()) {
                if (call.path().startsWith("/v3/conversations/" + conversation + "/activities") && call.body().toString().contains(containing)) {
                    return call;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("nothing sent to " + conversation + " containing " + containing + ": " + connector.sent());
    }

    @Test
    void aProposalReachesTheSecretarysChatAsACardWhoseApproveSubmitPutsItOnTheAgendaAndTellsTheProposer() throws Exception {
        Path forums = Files.writeString(Files.createTempFile("forums", ".yaml"), """
                forums:
                  - name: HMU Test
                    secretaries: [aad-sekretaer]
                    starts: "14:00"
                    default_minutes: 10
                    deadline_days: 7
                """);
        LocalDate meeting = LocalDate.now().plusDays(14);
        try (TestServer hr = new TestServer(new Settings(corpus, Files.createTempDirectory("hr-data"), forums, null, null, null, null)
                .withTeams(new TeamsSettings(null, null, null, null, null, ANSWER_WITHIN)), true, null)) {
            HttpRequest.Builder to = HttpRequest.newBuilder(hr.uri("/api/messages")).header("Content-Type", "application/json");
            hr.http.send(to.POST(HttpRequest.BodyPublishers.ofString(activities.personal("sekretaer", "hej").toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            connector.awaitSent(1);

            String propose = "dagsorden foreslå forum=\"HMU Test\" dato=" + meeting + " titel=\"Trivselsmåling\"";
            hr.http.send(to.POST(HttpRequest.BodyPublishers.ofString(activities.personal("anne", propose).toString())).build(),
                    HttpResponse.BodyHandlers.ofString());

            awaitSentTo("a:1personal-anne", "er gemt");
            FakeConnector.Call notice = awaitSentTo("a:1personal-sekretaer", "Trivselsmåling");
            assertThat(notice.path()).as("proactive: into the secretary's own chat, which they started").startsWith("/v3/conversations/a:1personal-sekretaer/activities");
            JsonNode proposalCard = card(notice);
            assertThat(proposalCard.get("body").findValuesAsText("id")).contains("reason");
            JsonNode approve = proposalCard.at("/actions/0/data");
            assertThat(approve.get("hr_action").asText()).isEqualTo("proposal");
            assertThat(approve.get("decision").asText()).isEqualTo("approve");
            assertThat(proposalCard.at("/actions/1/data/decision").asText()).isEqualTo("reject");

            ObjectNode reject = ((ObjectNode) proposalCard.at("/actions/1/data")).deepCopy();
            reject.put("reason", "");
            hr.http.send(to.POST(HttpRequest.BodyPublishers.ofString(activities.submit("sekretaer", reject).toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            awaitSentTo("a:1personal-sekretaer", "Skriv en begrundelse");

            ObjectNode submit = ((ObjectNode) approve).deepCopy();
            submit.put("reason", "");
            hr.http.send(to.POST(HttpRequest.BodyPublishers.ofString(activities.submit("sekretaer", submit).toString())).build(),
                    HttpResponse.BodyHandlers.ofString());

            awaitSentTo("a:1personal-sekretaer", "Forslaget er godkendt");
            FakeConnector.Call outcome = awaitSentTo("a:1personal-anne", "er godkendt og står");
            assertThat(outcome.path()).startsWith("/v3/conversations/a:1personal-anne/activities");
            assertThat(card(outcome).get("body").toString()).contains("er godkendt og står som punkt 1 på dagsordenen for HMU Test");
            assertThat(hr.services.assistant.handle(Inbound.of(dk.hrassistenten.bot.Channel.API, "x",
                    "/dagsorden vis forum=\"HMU Test\" dato=" + meeting)).text()).contains("1. Trivselsmåling");

            String late = "dagsorden foreslå forum=\"HMU Test\" dato=" + LocalDate.now().plusDays(2) + " titel=\"For sent\"";
            hr.http.send(to.POST(HttpRequest.BodyPublishers.ofString(activities.personal("anne", late).toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            awaitSentTo("a:1personal-anne", "Fristen");
        }
    }

    @Test
    void aWordExportGetsACardThatOpensTheDownloadAtThePublicAddress() throws Exception {
        String date = LocalDate.now().plusDays(21).toString();
        try (TestServer withUrl = new TestServer(new Settings(corpus, Files.createTempDirectory("hr-data"), null, null, null, null, null)
                .withTeams(new TeamsSettings(null, null, null, null, "https://hr.example.org/", ANSWER_WITHIN)), true, observed)) {
            withUrl.services.assistant.handle(Inbound.of(dk.hrassistenten.bot.Channel.API, "sek", "/dagsorden tilføj forum=HMU dato=" + date + " titel=Budget"));
            server.http.send(HttpRequest.newBuilder(withUrl.uri("/api/messages")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(activities.personal("anne", "dagsorden eksport forum=HMU dato=" + date + " format=docx")
                            .toString())).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode card = card(connector.awaitSent(1).get(0));
            assertThat(card.get("body").toString()).contains("Word-dokument (1 punkt)").contains("Budget");
            JsonNode open = card.at("/actions/0");
            assertThat(open.get("type").asText()).isEqualTo("Action.OpenUrl");
            assertThat(open.get("url").asText()).isEqualTo("https://hr.example.org/agenda/export.docx?forum=HMU+Eksempel&date=" + date);
        }
        post(activities.personal("anne", "dagsorden eksport forum=HMU dato=" + date + " format=docx"));
        JsonNode withoutUrl = card(connector.awaitSent(2).get(1));
        assertThat(withoutUrl.has("actions")).as("no address to open without HR_ASSISTANT_PUBLIC_URL").isFalse();
        assertThat(withoutUrl.get("body").findValuesAsText("text")).anySatisfy(t -> assertThat(t).contains("HR\\_ASSISTANT\\_PUBLIC\\_URL"));
    }

    @Test
    void theMessageActionOpensTheAgendaFormFilledInFromTheMessageAndItsSubmissionStoresTheItem() throws Exception {
        String html = "<p>Vi mangler vikarer &amp; afløsere om natten.</p><p>Se <a href=\"https://intra.example/plan\">planen</a>.</p>";
        HttpResponse<String> fetched = post(activities.messageAction("sekretaer", "composeExtension/fetchTask", "makeAgendaItem", html, null));

        assertThat(fetched.statusCode()).isEqualTo(200);
        JsonNode task = new com.fasterxml.jackson.databind.ObjectMapper().readTree(fetched.body()).get("task");
        assertThat(task.get("type").asText()).isEqualTo("continue");
        assertThat(task.at("/value/card/contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode form = task.at("/value/card/content");
        assertThat(form.get("body").findValuesAsText("id")).containsExactly("forum", "dato", "titel", "indstilling", "sagsfremstilling",
                "sagsnr", "minutter", "bilag");
        JsonNode description = java.util.stream.StreamSupport.stream(form.get("body").spliterator(), false)
                .filter(b -> "sagsfremstilling".equals(b.path("id").asText())).findFirst().orElseThrow();
        assertThat(description.get("value").asText()).isEqualTo("Vi mangler vikarer & afløsere om natten.\nSe planen .\n\n"
                + "Fra beskeden: https://teams.microsoft.com/l/message/19:general@thread.tacv2/1700000000000?tenantId=" + TeamsActivities.TENANT);

        ObjectNode wrong = JsonNodeFactory.instance.objectNode();
        wrong.put("hr_action", "agenda_form").put("forum", "HMU Eksempel").put("dato", "2020-01-01").put("sagsfremstilling", "Vi mangler vikarer.");
        JsonNode again = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                post(activities.messageAction("sekretaer", "composeExtension/submitAction", "makeAgendaItem", html, wrong)).body()).get("task");
        assertThat(again.get("type").asText()).isEqualTo("continue");
        assertThat(again.at("/value/card/content/body").toString()).contains("\"color\":\"attention\"").contains("Vi mangler vikarer.");
        assertThat(countItems()).isZero();

        ObjectNode right = wrong.deepCopy().put("dato", LocalDate.now().plusDays(14).toString()).put("titel", "Vikarer om natten");
        JsonNode stored = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                post(activities.messageAction("sekretaer", "composeExtension/submitAction", "makeAgendaItem", html, right)).body()).get("task");
        assertThat(stored.get("type").asText()).isEqualTo("message");
        assertThat(stored.get("value").asText()).contains("Vikarer om natten");
        assertThat(countItems()).isEqualTo(1);
        assertThat(observed.questions).as("the dialog's submissions went through the assistant as typed form actions, and nothing else did")
                .hasSize(2).allSatisfy(i -> assertThat(i.action()).isInstanceOf(dk.hrassistenten.bot.InboundAction.AgendaForm.class));
    }

    private int countItems() throws Exception {
        try (Connection c = server.services.database.connection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select count(*) from agenda_item")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void throttlingByTheConnectorIsRetriedWithBackoff() throws Exception {
        connector.failNext(2, 429);

        assertThat(post(activities.personal("anne", "Hvornår træder cykelordningen i kraft?")).statusCode()).isEqualTo(200);

        assertThat(connector.awaitSent(1)).hasSize(1);
        List<FakeConnector.Call> attempts = connector.calls;
        assertThat(attempts).hasSize(3);
        assertThat(attempts.get(2).atMillis() - attempts.get(0).atMillis()).as("Retry-After: 1 honoured twice").isGreaterThanOrEqualTo(1900);
    }

    @Test
    void withoutAuthenticationTheServiceListensOnLoopbackAndRepliesOnlyThere() throws Exception {
        assertThat(server.server.host()).isEqualTo("127.0.0.1");
        ObjectNode elsewhere = activities.personal("mallory", "Hvornår træder cykelordningen i kraft?");
        elsewhere.put("serviceUrl", "https://smba.trafficmanager.net/emea/");

        HttpResponse<String> response = post(elsewhere);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("serviceUrl");
        assertThat(observed.handled).hasValue(0);
    }

    @Test
    void whatIsNotAnActivityGetsAClearError() throws Exception {
        HttpResponse<String> response = server.http.send(HttpRequest.newBuilder(server.uri("/api/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{not json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("activity");
    }

    @Test
    void withCredentialsEveryRequestNeedsAValidTokenAndTheServiceListensEverywhere() throws Exception {
        try (dk.hrassistenten.adapters.teams.FakeOpenIdProvider openId = new dk.hrassistenten.adapters.teams.FakeOpenIdProvider();
             TestServer authenticated = new TestServer(new Settings(corpus, Files.createTempDirectory("hr-data"), null, null, null, null, null)
                     .withTeams(new TeamsSettings("hr-assistant-app", "client-secret", null, openId.metadataUrl(), null, ANSWER_WITHIN)),
                     true, observed)) {
            assertThat(authenticated.server.host()).isEqualTo("0.0.0.0");
            ObjectNode activity = activities.personal("mallory", "Hvornår træder cykelordningen i kraft?");
            for (String authorization : new String[] {null, "Bearer " + openId.unsignedToken("hr-assistant-app", connector.serviceUrl()),
                    "Bearer " + openId.token("another-bot", connector.serviceUrl())}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(authenticated.uri("/api/messages"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(activity.toString()));
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                assertThat(authenticated.http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            }
            assertThat(observed.handled).hasValue(0);
            assertThat(connector.calls).isEmpty();
        }
    }

    @Test
    void withoutTeamsSettingsThereIsNoMessagesEndpoint() throws Exception {
        try (TestServer plain = new TestServer(corpus, false)) {
            assertThat(plain.post("/api/messages", activities.personal("anne", "hej").toString()).statusCode()).isIn(404, 405);
        }
    }
}
