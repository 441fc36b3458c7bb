package dk.hrassistenten.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignedValueTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final SignedValue sessions = new SignedValue("the-client-secret-xyz", "session");

    private String signed(Instant expires) {
        return sessions.sign(JsonNodeFactory.instance.objectNode().put("user", "sek"), expires);
    }

    @Test
    void aValueItSignedIsBelievedUntilItExpires() {
        String value = signed(NOW.plusSeconds(60));
        assertThat(sessions.verify(value, NOW)).hasValueSatisfying(c -> assertThat(c.get("user").asText()).isEqualTo("sek"));
        assertThat(sessions.verify(value, NOW.plusSeconds(60))).isEmpty();
        assertThat(value).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void anythingElseIsNot() {
        String value = signed(NOW.plusSeconds(60));
        String otherBody = JsonNodeFactory.instance.objectNode().put("user", "boss").put("exp", NOW.plusSeconds(60).getEpochSecond()).toString();
        String swapped = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(otherBody.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + value.substring(value.indexOf('.'));
        assertThat(sessions.verify(swapped, NOW)).as("another body under the signature").isEmpty();
        assertThat(new SignedValue("the-client-secret-xyz", "login").verify(value, NOW)).as("another purpose").isEmpty();
        assertThat(new SignedValue("another-secret-abcdef", "session").verify(value, NOW)).as("another secret").isEmpty();
        for (String junk : new String[] {null, "", ".", "abc", "abc.def", value + "x", "!!.!!"}) {
            assertThat(sessions.verify(junk, NOW)).as(String.valueOf(junk)).isEmpty();
        }
    }
}
