package dk.hrassistenten.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The signed-in person's session: a signed cookie naming them, valid for {@link #LIFETIME}. Signing out removes the
 * cookie from the browser. Thread-safe.
 */
final class Sessions {

    static final String COOKIE = "__Host-hr-session";
    /** A working day: long enough not to interrupt, short enough that a copied cookie soon stops working. */
    static final Duration LIFETIME = Duration.ofHours(8);

    private final SignedValue signer;
    private final Clock clock;

    /** @param secret the OpenID Connect client secret, from which the signing key is derived */
    Sessions(String secret, Clock clock) {
        this.signer = new SignedValue(secret, "session");
        this.clock = clock;
    }

    void start(HttpServletResponse response, Identity identity) {
        ObjectNode claims = JsonNodeFactory.instance.objectNode().put("user", identity.user());
        if (identity.email() != null) {
            claims.put("email", identity.email());
        }
        Cookies.set(response, COOKIE, signer.sign(claims, clock.instant().plus(LIFETIME)), LIFETIME);
    }

    static void end(HttpServletResponse response) {
        Cookies.clear(response, COOKIE);
    }

    /** The person of a valid session cookie, if the request carries one. */
    Optional<Identity> of(HttpServletRequest request) {
        return signer.verify(Cookies.value(request, COOKIE), clock.instant()).filter(c -> c.path("user").isTextual())
                .map(c -> new Identity(c.get("user").asText(), text(c, "email"), Identity.Source.SESSION));
    }

    private static String text(JsonNode claims, String name) {
        return claims.path(name).isTextual() ? claims.get(name).asText() : null;
    }
}
