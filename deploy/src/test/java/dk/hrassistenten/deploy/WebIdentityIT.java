package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.adapters.web.WebSettings;
import dk.hrassistenten.bot.agenda.AgendaItem;
import dk.hrassistenten.bot.agenda.AgendaStore;
import dk.hrassistenten.bot.reply.ReplyJson;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Who the web chat and {@code POST /api/chat} believe a person to be, over real HTTP: nobody without a sign-in;
 * the signed-in person with OpenID Connect, against a real provider (NAV's mock-oauth2-server) running in the test;
 * the user a trusted proxy names, from the proxy's address only.
 */
class WebIdentityIT {

    private static final String DATE = "2099-04-01";
    private static final String ADD = "/dagsorden tilføj forum=Lukket dato=" + DATE + " titel=";

    private static Path forums() throws Exception {
        return Files.writeString(Files.createTempFile("forums", ".yaml"), """
                forums:
                  - name: Lukket
                    secretaries: [sekretaer@example.org]
                    starts: "14:00"
                    default_minutes: 10
                  - name: Aaben
                    secretaries: ["*"]
                    starts: "09:00"
                    default_minutes: 10
                """);
    }

    private static Settings settings() throws Exception {
        return new Settings(TestServer.fixture("mixed"), Files.createTempDirectory("hr-data"), forums(), null, null, null, null);
    }

    private static List<String> titles(TestServer server, String forum) {
        return new AgendaStore(server.services.database, Clock.systemUTC()).list(forum, LocalDate.parse(DATE)).stream()
                .map(AgendaItem::title).toList();
    }

    private static HttpResponse<String> chat(TestServer server, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/api/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return server.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode reply(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ReplyJson.mapper().readTree(response.body());
    }

    private static String body(String user, String text) throws Exception {
        return ReplyJson.mapper().writeValueAsString(Map.of("user", user, "text", text));
    }

    @Nested
    class WithoutSignIn {

        @Test
        void questionsAreAnsweredButAgendaChangesAreRefusedWithHowToSignIn() throws Exception {
            try (TestServer server = new TestServer(settings(), true, null)) {
                assertThat(server.server.host()).as("not a local trial").isEqualTo("0.0.0.0");
                JsonNode answer = reply(chat(server, body("sekretaer@example.org", "Hvornår træder cykelordningen i kraft?")));
                assertThat(answer.get("kind").asText()).isEqualTo("answer");

                for (String forum : new String[] {"Lukket", "Aaben"}) {
                    JsonNode refused = reply(chat(server, body("sekretaer@example.org", ADD.replace("Lukket", forum) + "Forsøg")));
                    assertThat(refused.get("kind").asText()).isEqualTo("error");
                    assertThat(refused.get("text").asText()).contains("ikke logget ind").contains("/auth/login");
                    assertThat(titles(server, forum)).as("the body's user is not believed").isEmpty();
                }
                HttpResponse<String> login = server.get("/auth/login");
                assertThat(login.statusCode()).isEqualTo(404);
                assertThat(login.body()).contains("Log ind er ikke slået til");
                assertThat(ReplyJson.mapper().readTree(server.get("/auth/me").body()).get("login").asBoolean()).isTrue();
                assertThat(server.get("/agenda/export.docx?forum=Lukket&date=" + DATE).statusCode())
                        .as("anyone may export, so without a sign-in anyone may download").isEqualTo(200);
            }
        }
    }

    @Nested
    class WithOpenIdConnect {

        private static final String CLIENT_ID = "hr-assistant-test";
        /** An answer the provider's token endpoint gives once instead of its own, when set. */
        private static final AtomicReference<String> NEXT_TOKEN_ANSWER = new AtomicReference<>();
        private static MockOAuth2Server provider;
        private static TestServer server;

        @BeforeAll
        static void start() throws Exception {
            provider = new MockOAuth2Server(new OAuth2Config(), new Route() {
                @Override
                public boolean match(OAuth2HttpRequest request) {
                    return NEXT_TOKEN_ANSWER.get() != null && request.getUrl().encodedPath().endsWith("/token");
                }

                @Override
                public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
                    return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, NEXT_TOKEN_ANSWER.getAndSet(null), null);
                }
            });
            provider.start();
            int port = TestServer.freePort();
            WebSettings web = WebSettings.fromEnvironment(Map.of(
                    WebSettings.OIDC_ISSUER, provider.issuerUrl("default").toString(),
                    WebSettings.OIDC_CLIENT_ID, CLIENT_ID,
                    WebSettings.OIDC_CLIENT_SECRET, "a-test-secret-of-some-length",
                    WebSettings.OIDC_REDIRECT_URL, "http://127.0.0.1:" + port + "/auth/callback"));
            server = new TestServer(settings().withWeb(web), true, null, port);
        }

        @AfterAll
        static void stop() throws Exception {
            server.close();
            provider.shutdown();
        }

        private static final Map<String, Object> SECRETARY = Map.of("preferred_username", "sekretaer@example.org", "email", "sekretaer@example.org");

        /**
         * The provider's next tokens: for the secretary, the ID token to this client and valid for an hour, unless
         * {@code override} sets its claims otherwise (the provider applies them last).
         */
        private static void nextToken(Map<String, Object> override) {
            Map<String, Object> claims = new HashMap<>(SECRETARY);
            claims.putAll(override);
            provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", "sub-of-sekretaer", "JWT", null, claims, 3600));
        }

        /**
         * The provider's answer to the next token request: valid in itself, with an ID token it signed for this login
         * that expired an hour ago. (Its own token endpoint derives expires_in from the ID token, so it cannot issue
         * an expired one without making the whole response malformed.)
         */
        private static void nextAnswerWithExpiredIdToken(Login login) throws Exception {
            long now = Instant.now().getEpochSecond();
            Map<String, Object> claims = new HashMap<>(SECRETARY);
            claims.putAll(Map.of("nonce", query(login.authorize()).get("nonce"), "iat", now - 7200, "nbf", now - 7200, "exp", now - 3600));
            String idToken = provider.issueToken("default", CLIENT_ID,
                    new DefaultOAuth2TokenCallback("default", "sub-of-sekretaer", "JWT", List.of(CLIENT_ID), claims, 3600)).serialize();
            NEXT_TOKEN_ANSWER.set(ReplyJson.mapper().writeValueAsString(Map.of("access_token", "an-access-token", "token_type", "Bearer",
                    "expires_in", 3600, "id_token", idToken)));
        }

        private static Map<String, String> query(URI uri) {
            return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
                    .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        }

        private static String setCookie(HttpResponse<?> response, String name) {
            return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
        }

        private static String cookie(HttpResponse<?> response, String name) {
            String header = setCookie(response, name);
            return header == null ? null : header.substring(0, header.indexOf(';'));
        }

        /** A login up to the provider's redirect back: the login cookie, where it began, and the callback the browser would open. */
        private record Login(String cookie, URI authorize, URI callback) {
        }

        private static Login login() throws Exception {
            HttpResponse<String> start = server.get("/auth/login");
            assertThat(start.statusCode()).isEqualTo(302);
            URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
            HttpResponse<String> atProvider = server.http.send(HttpRequest.newBuilder(authorize).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(atProvider.statusCode()).as(atProvider.body()).isEqualTo(302);
            return new Login(cookie(start, "__Host-hr-login"), authorize, URI.create(atProvider.headers().firstValue("Location").orElseThrow()));
        }

        private static HttpResponse<String> callback(URI callback, String cookie) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(callback).GET();
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            return server.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String signIn() throws Exception {
            nextToken(Map.of());
            Login login = login();
            HttpResponse<String> back = callback(login.callback(), login.cookie());
            assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
            return cookie(back, "__Host-hr-session");
        }

        @Test
        void loginSendsThePersonToTheProviderWithStateNonceAndPkce() throws Exception {
            HttpResponse<String> start = server.get("/auth/login");
            assertThat(start.statusCode()).isEqualTo(302);
            URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
            assertThat(authorize.toString()).startsWith(provider.issuerUrl("default") + "/authorize");
            Map<String, String> query = query(authorize);
            assertThat(query).containsEntry("client_id", CLIENT_ID).containsEntry("response_type", "code")
                    .containsEntry("redirect_uri", "http://127.0.0.1:" + server.server.port() + "/auth/callback")
                    .containsEntry("code_challenge_method", "S256").containsKeys("state", "nonce", "code_challenge");
            assertThat(query.get("scope")).contains("openid");
            assertThat(setCookie(start, "__Host-hr-login")).contains("HttpOnly").contains("Secure").contains("SameSite=Lax").contains("Path=/");
        }

        @Test
        void theCallbackStartsASessionAndTheApiActsAsThatPerson() throws Exception {
            nextToken(Map.of());
            Login login = login();
            HttpResponse<String> back = callback(login.callback(), login.cookie());
            assertThat(back.statusCode()).isEqualTo(302);
            assertThat(back.headers().firstValue("Location")).hasValue("/");
            assertThat(setCookie(back, "__Host-hr-session")).contains("HttpOnly").contains("Secure").contains("SameSite=Lax").contains("Path=/")
                    .contains("Max-Age=28800");
            assertThat(setCookie(back, "__Host-hr-login")).as("the login is used up").contains("Max-Age=0");
            String session = cookie(back, "__Host-hr-session");

            JsonNode added = reply(chat(server, body("someone-else", ADD + "Indlogget"), "Cookie", session));
            assertThat(added.get("kind").asText()).as(added.toString()).isEqualTo("agenda");
            assertThat(added.at("/agenda/created_by").asText()).as("the signed-in person, not the body's user").isEqualTo("sekretaer@example.org");
            assertThat(titles(server, "Lukket")).contains("Indlogget");

            JsonNode me = ReplyJson.mapper().readTree(server.http.send(HttpRequest.newBuilder(server.uri("/auth/me")).header("Cookie", session)
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(me.get("user").asText()).isEqualTo("sekretaer@example.org");
            assertThat(me.get("logout").asBoolean()).isTrue();

            JsonNode withoutCookie = reply(chat(server, body("sekretaer@example.org", ADD + "Uden")));
            assertThat(withoutCookie.get("text").asText()).contains("ikke logget ind");
            String forged = session.substring(0, session.length() - 3) + (session.endsWith("AAA") ? "BBB" : "AAA");
            JsonNode withForgedCookie = reply(chat(server, body("sekretaer@example.org", ADD + "Forfalsket"), "Cookie", forged));
            assertThat(withForgedCookie.get("text").asText()).contains("ikke logget ind");
            assertThat(titles(server, "Lukket")).doesNotContain("Uden", "Forfalsket");
        }

        @Test
        void aCallbackWithAnotherStateOrFromAnotherBrowserIsRefused() throws Exception {
            // No token is enqueued: neither callback may get as far as redeeming its code.
            Login login = login();
            String wrongState = login.callback().toString().replaceAll("state=[^&]+", "state=not-the-login-s-state");
            HttpResponse<String> refused = callback(URI.create(wrongState), login.cookie());
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("Log ind mislykkedes").doesNotContain("Exception");
            assertThat(setCookie(refused, "__Host-hr-session")).isNull();

            Login other = login();
            HttpResponse<String> noCookie = callback(other.callback(), null);
            assertThat(noCookie.statusCode()).as("no login of this browser").isEqualTo(403);
            assertThat(setCookie(noCookie, "__Host-hr-session")).isNull();
        }

        @Test
        void anExpiredIdTokenIsRefused() throws Exception {
            Login login = login();
            nextAnswerWithExpiredIdToken(login);
            HttpResponse<String> refused = callback(login.callback(), login.cookie());
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(setCookie(refused, "__Host-hr-session")).isNull();
        }

        @Test
        void anIdTokenForAnotherClientIsRefused() throws Exception {
            nextToken(Map.of("aud", List.of("another-client")));
            Login login = login();
            HttpResponse<String> refused = callback(login.callback(), login.cookie());
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(setCookie(refused, "__Host-hr-session")).isNull();
        }

        @Test
        void logoutEndsTheSession() throws Exception {
            String session = signIn();
            HttpResponse<String> fromElsewhere = server.http.send(HttpRequest.newBuilder(server.uri("/auth/logout")).header("Cookie", session)
                    .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(fromElsewhere.statusCode()).as("another site cannot sign the person out").isEqualTo(403);
            assertThat(setCookie(fromElsewhere, "__Host-hr-session")).isNull();

            HttpResponse<String> logout = server.http.send(HttpRequest.newBuilder(server.uri("/auth/logout")).header("Cookie", session)
                    .header("Origin", "http://127.0.0.1:" + server.server.port()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(logout.statusCode()).isEqualTo(303);
            assertThat(logout.headers().firstValue("Location")).hasValue("/");
            String cleared = setCookie(logout, "__Host-hr-session");
            assertThat(cleared).startsWith("__Host-hr-session=;").contains("Max-Age=0").contains("Secure").contains("HttpOnly");

            // The browser now sends what the service left it: an empty cookie, or none.
            JsonNode after = reply(chat(server, body("sekretaer@example.org", ADD + "EfterLogUd"), "Cookie", cookie(logout, "__Host-hr-session")));
            assertThat(after.get("kind").asText()).isEqualTo("error");
            assertThat(after.get("text").asText()).contains("ikke logget ind");
            assertThat(titles(server, "Lukket")).doesNotContain("EfterLogUd");
        }
    }

    @Nested
    class BehindAProxy {

        @Test
        void theProxysUserHeaderCountsFromTheProxysAddressOnly() throws Exception {
            String add = ReplyJson.mapper().writeValueAsString(Map.of("text", ADD + "ViaProxy"));
            WebSettings trusted = WebSettings.fromEnvironment(Map.of(WebSettings.PROXY_USER_HEADER, "X-Forwarded-User",
                    WebSettings.TRUSTED_PROXIES, "127.0.0.1, ::1"));
            try (TestServer server = new TestServer(settings().withWeb(trusted), true, null)) {
                JsonNode added = reply(chat(server, add, "X-Forwarded-User", "sekretaer@example.org"));
                assertThat(added.get("kind").asText()).as(added.toString()).isEqualTo("agenda");
                assertThat(added.at("/agenda/created_by").asText()).isEqualTo("sekretaer@example.org");
                assertThat(reply(chat(server, add)).get("text").asText()).as("no header: anonymous").contains("ikke logget ind");
                String download = "/agenda/export.docx?forum=Lukket&date=" + DATE;
                HttpResponse<String> anonymous = server.get(download);
                assertThat(anonymous.statusCode()).as("with a sign-in, only those it vouches for download").isEqualTo(401);
                assertThat(anonymous.body()).contains("/auth/login");
                assertThat(server.http.send(HttpRequest.newBuilder(server.uri(download)).header("X-Forwarded-User", "anne@example.org").build(),
                        HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(200);
            }
            WebSettings elsewhere = WebSettings.fromEnvironment(Map.of(WebSettings.PROXY_USER_HEADER, "X-Forwarded-User",
                    WebSettings.TRUSTED_PROXIES, "10.20.30.40/32"));
            try (TestServer server = new TestServer(settings().withWeb(elsewhere), true, null)) {
                JsonNode refused = reply(chat(server, add, "X-Forwarded-User", "sekretaer@example.org"));
                assertThat(refused.get("text").asText()).as("the header from a peer that is not the proxy").contains("ikke logget ind");
                assertThat(titles(server, "Lukket")).isEmpty();
            }
        }
    }
}
