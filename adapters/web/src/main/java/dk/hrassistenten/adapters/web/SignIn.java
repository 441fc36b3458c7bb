package dk.hrassistenten.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * One sign-in from start to session: {@link #begin} remembers the login's state, nonce and PKCE verifier in a
 * short-lived signed cookie of this browser and says where to send the person; {@link #complete} checks the
 * provider's answer against that cookie and starts the session. A callback from another browser, or with another
 * state, is refused. Thread-safe.
 */
final class SignIn {

    static final String LOGIN_COOKIE = "__Host-hr-login";
    /** Time to sign in at the provider. */
    private static final Duration LOGIN_TIME = Duration.ofMinutes(10);

    private final OidcClient oidc;
    private final SignedValue logins;
    private final Sessions sessions;
    private final Clock clock;

    SignIn(OidcClient oidc, String secret, Sessions sessions, Clock clock) {
        this.oidc = oidc;
        this.logins = new SignedValue(secret, "login");
        this.sessions = sessions;
        this.clock = clock;
    }

    /** @return the provider's sign-in page for this login */
    URI begin(HttpServletResponse response) {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        String login = logins.sign(JsonNodeFactory.instance.objectNode().put("state", state.getValue()).put("nonce", nonce.getValue())
                .put("verifier", verifier.getValue()), clock.instant().plus(LOGIN_TIME));
        Cookies.set(response, LOGIN_COOKIE, login, LOGIN_TIME);
        return oidc.authorization(state, nonce, verifier);
    }

    /** Completes the login this browser began, and starts its session. */
    Identity complete(HttpServletRequest request, HttpServletResponse response) throws OidcClient.SignInFailed {
        JsonNode login = logins.verify(Cookies.value(request, LOGIN_COOKIE), clock.instant())
                .orElseThrow(() -> new OidcClient.SignInFailed("no login of this browser is under way (or it took too long)"));
        Cookies.clear(response, LOGIN_COOKIE); // a code is redeemed once, whatever the outcome
        Identity identity = oidc.redeem(request.getQueryString(), new State(login.path("state").asText()),
                new Nonce(login.path("nonce").asText()), new CodeVerifier(login.path("verifier").asText()));
        sessions.start(response, identity);
        return identity;
    }
}
