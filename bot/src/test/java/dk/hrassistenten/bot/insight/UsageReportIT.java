package dk.hrassistenten.bot.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.feedback.FeedbackStore;
import dk.hrassistenten.bot.privacy.PrivacyStore;
import dk.hrassistenten.bot.privacy.Pseudonyms;
import dk.hrassistenten.bot.store.Database;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The questions per day counted by {@link QuestionCounter} and what {@link UsageReport} reads back, on the embedded H2
 * and on the machine's PostgreSQL (127.0.0.1:5432, database test, trust auth; a schema of its own, dropped afterwards).
 */
class UsageReportIT {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final Duration MONTH = Duration.ofDays(30);

    private final Clock monday = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final Clock tuesday = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void countsQuestionsPerDayAndChannelAndGroupsWhatWentWrong(String store) throws Exception {
        String schema = "usage_" + UUID.randomUUID().toString().replace("-", "");
        if (store.equals("postgresql")) {
            try (Connection c = DriverManager.getConnection(POSTGRES)) {
                c.createStatement().execute("create schema " + schema);
            }
        }
        try (Database database = Database.open(store.equals("h2") ? null : POSTGRES + "&currentSchema=" + schema, Files.createTempDirectory("usage"))) {
            new QuestionCounter(database, monday).count("slack", true);
            new QuestionCounter(database, monday).count("slack", false);
            new QuestionCounter(database, monday).count("web", true);
            QuestionCounter counter = new QuestionCounter(database, tuesday);
            counter.count("slack", true);
            counter.count("slack", true);
            counter.count("slack", true);
            counter.count("slack", false);

            Pseudonyms pseudonyms = new Pseudonyms("test-key");
            PrivacyStore privacy = new PrivacyStore(database, pseudonyms, tuesday);
            privacy.recordUnanswered("Hvad koster en P-licens?", "slack", "U1");
            privacy.recordUnanswered("hvad koster en p-licens", "web", "U2");
            privacy.recordUnanswered("Må jeg tage hunden med?", "web", "U2");
            FeedbackStore feedback = new FeedbackStore(database, pseudonyms, tuesday, new SimpleMeterRegistry());
            feedback.record("U1", "web", false, "answer", "ferie.md", null);
            feedback.record("U2", "slack", false, "answer", "ferie.md", null);
            feedback.record("U2", "slack", false, "not_found", null, null);
            feedback.record("U3", "slack", true, "answer", "ferie.md", null);

            UsageReport report = new UsageReport(database, () -> null, tuesday);
            assertThat(report.days(MONTH)).containsExactly(
                    new UsageReport.Day(LocalDate.parse("2026-11-24"), "slack", 3, 1),
                    new UsageReport.Day(LocalDate.parse("2026-11-23"), "slack", 1, 1),
                    new UsageReport.Day(LocalDate.parse("2026-11-23"), "web", 1, 0));
            assertThat(report.days(MONTH).get(0).answeredPercent()).isEqualTo(75);
            assertThat(report.unansweredTopics(MONTH)).extracting(UsageReport.Topic::topic, UsageReport.Topic::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("hvad koster en p licens", 2L),
                            org.assertj.core.groups.Tuple.tuple("må jeg tage hunden med", 1L));
            assertThat(report.dislikes(MONTH)).extracting(UsageReport.Dislike::replyKind, UsageReport.Dislike::sourcePath, UsageReport.Dislike::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("answer", "ferie.md", 2L),
                            org.assertj.core.groups.Tuple.tuple("not_found", null, 1L));
            assertThat(report.documents()).as("no index yet").isEmpty();
            assertThat(report.days(Duration.ofDays(0))).as("only today").hasSize(1);
        } finally {
            if (store.equals("postgresql")) {
                try (Connection c = DriverManager.getConnection(POSTGRES)) {
                    c.createStatement().execute("drop schema " + schema + " cascade");
                }
            }
        }
    }
}
