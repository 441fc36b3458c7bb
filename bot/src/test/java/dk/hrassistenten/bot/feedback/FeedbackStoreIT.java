package dk.hrassistenten.bot.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.insight.UsageReport;
import dk.hrassistenten.bot.privacy.PrivacyStore;
import dk.hrassistenten.bot.privacy.Pseudonyms;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.Source;
import dk.hrassistenten.bot.store.Database;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 👍/👎 kept with the question and reply they were given on, without personal data, for the person answered only; and
 * gone with the retention, the feedback window and a person's deletion. On the embedded H2 and on the machine's
 * PostgreSQL (127.0.0.1:5432, database test, trust auth; a schema of its own, dropped afterwards).
 */
class FeedbackStoreIT {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final Duration MONTH = Duration.ofDays(30);
    /** What the documents use in lower case: these capitalised words are no names. */
    private static final Predicate<String> COMMON = word -> Set.of("hvad", "spørg", "region", "ferie").contains(word.toLowerCase(Locale.ROOT));
    private static final Reply ANSWER = Reply.answer("> Ferieåret starter 1. september. Spørg Mette Skov på 12 34 56 78.\nKilde: Ferie › Ferieår",
            List.of(new Source("ferie.md", "Ferie", "Ferieår", LocalDate.parse("2025-01-01"), "Region Eksempel", "Ferieåret starter")));

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private interface Check {
        void run(Database database) throws Exception;
    }

    private static void on(String store, Check check) throws Exception {
        String schema = "feedback_" + UUID.randomUUID().toString().replace("-", "");
        if (store.equals("postgresql")) {
            try (Connection c = DriverManager.getConnection(POSTGRES)) {
                c.createStatement().execute("create schema " + schema);
            }
        }
        try (Database database = Database.open(store.equals("h2") ? null : POSTGRES + "&currentSchema=" + schema, Files.createTempDirectory("feedback"))) {
            check.run(database);
        } finally {
            if (store.equals("postgresql")) {
                try (Connection c = DriverManager.getConnection(POSTGRES)) {
                    c.createStatement().execute("drop schema " + schema + " cascade");
                }
            }
        }
    }

    private static String everything(Database database) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String table : List.of("feedback", "answered_reply")) {
            try (Connection c = database.connection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery("select * from " + table)) {
                while (rows.next()) {
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        out.append(rows.getString(i)).append('|');
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aDislikeKeepsTheQuestionAndReplyWithoutPersonalData(String store) throws Exception {
        on(store, database -> {
            FeedbackStore feedback = new FeedbackStore(database, new Pseudonyms("test-key"), clock, new SimpleMeterRegistry());
            String id = feedback.remember("U1", "web", "Hvad får Jens Hansen i ferie? Mit cpr er 010190-1234, mail jens@example.dk", ANSWER, COMMON);
            assertThat(id).matches("[0-9a-f-]{36}");

            assertThat(feedback.record("U1", "web", false, "answer", "ferie.md", id)).isTrue();

            List<UsageReport.DislikedReply> disliked = new UsageReport(database, () -> null, clock).dislikedReplies(MONTH, 10);
            assertThat(disliked).hasSize(1);
            assertThat(disliked.get(0).channel()).isEqualTo("web");
            assertThat(disliked.get(0).question()).isEqualTo("Hvad får [navn] i ferie? Mit cpr er [CPR-nummer], mail [e-mail]");
            assertThat(disliked.get(0).reply()).isEqualTo("> Ferieåret starter 1. september. Spørg [navn] på [telefonnummer].\nKilde: Ferie › Ferieår");
            assertThat(everything(database)).as("stored nowhere").doesNotContain("Jens", "Hansen", "010190", "1234", "example.dk", "Mette", "Skov", "12 34");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anIdCountsOnlyForWhomItWasAnsweredAndWithinTheWindow(String store) throws Exception {
        on(store, database -> {
            FeedbackStore feedback = new FeedbackStore(database, new Pseudonyms("test-key"), clock, new SimpleMeterRegistry());
            String id = feedback.remember("U1", "slack", "Hvornår starter ferieåret?", ANSWER, COMMON);
            feedback.record("U2", "slack", false, "answer", "ferie.md", id);
            feedback.record("U1", "slack", false, "answer", "ferie.md", null);
            feedback.record("U1", "slack", false, "answer", "ferie.md", UUID.randomUUID().toString());
            now.set(now.get().plus(FeedbackStore.FEEDBACK_WINDOW).plusSeconds(60));
            feedback.record("U1", "slack", false, "answer", "ferie.md", id);

            UsageReport report = new UsageReport(database, () -> null, clock);
            assertThat(report.dislikedReplies(MONTH, 10)).as("someone else's id, none, an unknown one, one too old").isEmpty();
            assertThat(report.dislikes(MONTH)).extracting(UsageReport.Dislike::count).containsExactly(4L);
            feedback.remember("U3", "slack", "Hvornår starter ferieåret?", ANSWER, COMMON);
            assertThat(everything(database)).as("the expired answer was deleted when a new one came")
                    .doesNotContain(id).contains("Hvornår starter ferieåret?");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theRetentionAndAPersonsDeletionRemoveQuestionsAndReplies(String store) throws Exception {
        on(store, database -> {
            Pseudonyms pseudonyms = new Pseudonyms("test-key");
            FeedbackStore feedback = new FeedbackStore(database, pseudonyms, clock, new SimpleMeterRegistry());
            PrivacyStore privacy = new PrivacyStore(database, pseudonyms, clock);
            feedback.record("U1", "teams", false, "answer", "ferie.md", feedback.remember("U1", "teams", "Hvornår starter ferieåret?", ANSWER, COMMON));
            feedback.record("U2", "teams", false, "answer", "ferie.md", feedback.remember("U2", "teams", "Hvad er en feriedag?", ANSWER, COMMON));

            Map<String, Object> export = privacy.export("U1");
            assertThat(export.get("feedback").toString()).contains("Hvornår starter ferieåret?").contains("Ferieåret starter");
            assertThat(export.get("answers_open_to_feedback").toString()).contains("Hvornår starter ferieåret?");
            assertThat(privacy.delete("U1")).containsEntry("feedback", 1).containsEntry("answers_open_to_feedback", 1);
            assertThat(everything(database)).doesNotContain("Hvornår starter").contains("Hvad er en feriedag?");

            now.set(now.get().plus(PrivacyStore.DEFAULT_RETENTION).plusSeconds(60));
            assertThat(privacy.purge(PrivacyStore.DEFAULT_RETENTION)).containsEntry("feedback", 1).containsEntry("answered", 1);
            assertThat(everything(database)).isEmpty();
        });
    }
}
