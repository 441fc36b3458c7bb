package dk.hrassistenten.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.store.Database;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveryLogTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private Database database;
    private DeliveryLog log;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(null, Files.createTempDirectory("deliveries"));
        log = new DeliveryLog(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aDeliveryIsClaimedOnceAndADoneOneNeverAgain() {
        assertThat(log.claim("slack:Ev1")).isTrue();
        assertThat(log.claim("slack:Ev1")).isFalse();
        log.done("slack:Ev1");
        now.set(now.get().plus(Duration.ofHours(1)));
        assertThat(log.claim("slack:Ev1")).isFalse();
    }

    @Test
    void aFailedHandlingIsReleasedAndAnAbandonedOneTakenOverLater() {
        assertThat(log.claim("slack:Ev2")).isTrue();
        log.release("slack:Ev2");
        assertThat(log.claim("slack:Ev2")).as("the platform's retry of a failed delivery").isTrue();
        assertThat(log.claim("slack:Ev2")).isFalse();
        now.set(now.get().plus(DeliveryLog.ABANDONED).plusSeconds(1));
        assertThat(log.claim("slack:Ev2")).as("the replica that claimed it died").isTrue();
    }

    @Test
    void aDatabaseThatIsDownDoesNotSilenceTheAssistant() {
        database.close();
        assertThat(log.claim("slack:Ev3")).isTrue();
    }
}
