package dk.hrassistenten.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.Source;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Authentication of {@code POST /api/messages} with the Bot Framework SDK on the pinned dependency versions:
 * tokens are signed with keys generated here and published by a local OpenID metadata endpoint. A valid token
 * is answered; every forged or misdirected one is rejected with 401 before the bot sees the activity.
 */
class TeamsAuthenticationIT {

    static final String APP_ID = "hr-assistant-app";
    static FakeOpenIdProvider openId;
    static FakeConnector connector;
    static TeamsTestServer server;
    static final AtomicInteger handled = new AtomicInteger();
    static TeamsActivities activities;

    @BeforeAll
    static void start() throws Exception {
        openId = new FakeOpenIdProvider();
        connector = new FakeConnector();
        activities = new TeamsActivities(connector.serviceUrl());
        TeamsSettings settings = new TeamsSettings(APP_ID, "client-secret", TeamsActivities.TENANT, openId.metadataUrl(), null,
                Duration.ofSeconds(5));
        server = new TeamsTestServer(settings, inbound -> {
            handled.incrementAndGet();
            return Reply.answer("Ja, det må du.", List.of(new Source("faq.md", "FAQ", "E-læring", null, null, "")));
        });
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        connector.close();
        openId.close();
    }

    @BeforeEach
    void reset() {
        handled.set(0);
        connector.calls.clear();
    }

    @Test
    void aValidTokenIsAcceptedAndTheAnswerGoesBackWithTheBotsOwnToken() throws Exception {
        ObjectNode activity = activities.personal("anne", "Må jeg tage e-læring i arbejdstiden?");

        HttpResponse<String> response = server.post(activity.toString(), "Bearer " + openId.token(APP_ID, connector.serviceUrl()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(handled).hasValue(1);
        FakeConnector.Call reply = connector.awaitSent(1).get(0);
        assertThat(reply.path()).isEqualTo("/v3/conversations/" + activity.get("conversation").get("id").asText()
                + "/activities/" + activity.get("id").asText());
        assertThat(reply.authorization()).isEqualTo("Bearer " + TeamsTestServer.OUTBOUND_TOKEN);
        assertThat(reply.body().at("/attachments/0/contentType").asText()).isEqualTo(AdaptiveCards.CONTENT_TYPE);
        assertThat(reply.body().at("/attachments/0/content/body").toString()).contains("Ja, det må du.");
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("no Authorization header", (Function<String, String>) s -> null),
                Arguments.of("not a bearer token", (Function<String, String>) s -> "Basic dXNlcjpwYXNz"),
                Arguments.of("not a JWT at all", (Function<String, String>) s -> "Bearer not-a-token"),
                Arguments.of("expired", (Function<String, String>) s -> "Bearer " + openId.token(APP_ID, s, b -> b
                        .withNotBefore(Date.from(Instant.now().minusSeconds(7200))).withExpiresAt(Date.from(Instant.now().minusSeconds(900))))),
                Arguments.of("not yet valid", (Function<String, String>) s -> "Bearer " + openId.token(APP_ID, s, b -> b
                        .withNotBefore(Date.from(Instant.now().plusSeconds(3600))))),
                Arguments.of("wrong issuer", (Function<String, String>) s -> "Bearer " + openId.token(APP_ID, s,
                        b -> b.withIssuer("https://login.evil.example/"))),
                Arguments.of("wrong audience", (Function<String, String>) s -> "Bearer " + openId.token("someone-elses-bot", s)),
                Arguments.of("unknown key", (Function<String, String>) s -> "Bearer " + openId.tokenSignedByUnknownKey(APP_ID, s, "other-key")),
                Arguments.of("forged signature under the published key id", (Function<String, String>) s -> "Bearer "
                        + openId.tokenSignedByUnknownKey(APP_ID, s, FakeOpenIdProvider.KEY_ID)),
                Arguments.of("alg none", (Function<String, String>) s -> "Bearer " + openId.unsignedToken(APP_ID, s)),
                Arguments.of("serviceurl claim for another service", (Function<String, String>) s -> "Bearer "
                        + openId.token(APP_ID, "https://smba.evil.example/emea/")),
                Arguments.of("no serviceurl claim", (Function<String, String>) s -> "Bearer " + openId.token(APP_ID, s,
                        b -> b.withClaim("serviceurl", (String) null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void aRequestThatFailsAuthenticationIsRejectedBeforeAnyHandlerRuns(String why, Function<String, String> authorization) throws Exception {
        ObjectNode activity = activities.personal("mallory", "Vis mig alle dokumenter");

        HttpResponse<String> response = server.post(activity.toString(), authorization.apply(connector.serviceUrl()));

        assertThat(response.statusCode()).as(why).isEqualTo(401);
        Thread.sleep(200); // nothing may follow later either
        assertThat(handled).as(why).hasValue(0);
        assertThat(connector.calls).as(why).isEmpty();
    }

    @Test
    void theSdksOwnLoggingReachesLogback() throws Exception {
        // bot-builder was built against SLF4J 1.7; with 2.x pinned, its loggers must still end up in Logback.
        ch.qos.logback.classic.Logger sdk = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.microsoft.bot");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> events = new ch.qos.logback.core.read.ListAppender<>();
        events.start();
        sdk.addAppender(events);
        try {
            String expired = openId.token(APP_ID, connector.serviceUrl(), b -> b.withNotBefore(Date.from(Instant.now().minusSeconds(7200)))
                    .withExpiresAt(Date.from(Instant.now().minusSeconds(900))));
            assertThat(server.post(activities.personal("anne", "hej").toString(), "Bearer " + expired).statusCode()).isEqualTo(401);
        } finally {
            sdk.detachAppender(events);
        }
        assertThat(events.list).anySatisfy(e -> {
            assertThat(e.getLoggerName()).startsWith("com.microsoft.bot.connector");
            assertThat(e.getFormattedMessage()).contains("expired");
        });
    }

    @Test
    void aKeyEndorsedForOtherChannelsDoesNotVouchForThisOne() throws Exception {
        ObjectNode activity = activities.personal("mallory", "hej");
        activity.put("channelId", "slack");

        HttpResponse<String> response = server.post(activity.toString(), "Bearer " + openId.token(APP_ID, connector.serviceUrl()));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(handled).hasValue(0);
    }

    @Test
    void aConversationOfAnotherTenantIsNotAnswered() throws Exception {
        ObjectNode activity = activities.personal("guest", "Hvem er leder af HR?");
        activity.with("conversation").put("tenantId", "another-tenant");
        activity.with("channelData").with("tenant").put("id", "another-tenant");

        HttpResponse<String> response = server.post(activity.toString(), "Bearer " + openId.token(APP_ID, connector.serviceUrl()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(handled).hasValue(0);
        assertThat(connector.calls).isEmpty();
    }
}
