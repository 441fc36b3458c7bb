package dk.hrassistenten.knowledge.source.sharepoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens from a local stand-in of the identity platform's token endpoint (which issues them for an hour). */
class GraphTokensIT {

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void aTokenIsUsedUntilFiveMinutesBeforeItExpires() throws Exception {
        try (FakeGraph graph = new FakeGraph()) {
            SharePointSettings settings = SharePointSettings.parse("HR", Map.of("sharepoint", Map.of("tenant", FakeGraph.TENANT,
                    "client-id", FakeGraph.CLIENT_ID, "client-secret-env", "S", "drive", "b!abc", "authority-url", graph.authorityUrl())));
            MovingClock clock = new MovingClock();
            GraphTokens tokens = new GraphTokens(settings, FakeGraph.SECRET, graph.clientTls(), clock);

            assertThat(tokens.accessToken()).isEqualTo(FakeGraph.TOKEN);
            clock.advance(Duration.ofMinutes(54));
            assertThat(tokens.accessToken()).isEqualTo(FakeGraph.TOKEN);
            assertThat(graph.requests()).hasSize(1);

            clock.advance(Duration.ofMinutes(2)); // 56 minutes into a token of 3599 s
            assertThat(tokens.accessToken()).isEqualTo(FakeGraph.TOKEN);
            assertThat(graph.requests()).containsExactly("POST /" + FakeGraph.TENANT + "/oauth2/v2.0/token",
                    "POST /" + FakeGraph.TENANT + "/oauth2/v2.0/token");
        }
    }
}
