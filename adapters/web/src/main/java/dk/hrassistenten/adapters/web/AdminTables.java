package dk.hrassistenten.adapters.web;

import dk.hrassistenten.bot.insight.UsageReport;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The tables of HR's view ({@code /admin}), by name, read from the {@link UsageReport} when asked for. Thread-safe. */
final class AdminTables {

    /** The period shown: the retention's default, after which unanswered questions and feedback are gone anyway. */
    static final Duration PERIOD = Duration.ofDays(30);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private interface Source {
        AdminTable read() throws SQLException;
    }

    private final Map<String, Source> tables = new LinkedHashMap<>();

    AdminTables(UsageReport report) {
        tables.put("questions", () -> new AdminTable("questions", "Spørgsmål pr. dag og kanal",
                List.of("Dag", "Kanal", "Spørgsmål", "Besvaret", "Ikke fundet", "Andel besvaret (%)"),
                report.days(PERIOD).stream().map(d -> List.of(d.day().toString(), d.channel(), String.valueOf(d.questions()),
                        String.valueOf(d.answered()), String.valueOf(d.notFound()), String.valueOf(d.answeredPercent()))).toList()));
        tables.put("not-found", () -> new AdminTable("not-found", "Ubesvarede spørgsmål efter emne",
                List.of("Emne", "Antal", "Senest (UTC)"),
                report.unansweredTopics(PERIOD).stream().map(t -> List.of(t.topic(), String.valueOf(t.count()), minute(t.lastAsked()))).toList()));
        tables.put("dislikes", () -> new AdminTable("dislikes", "👎 på svar, efter hvad svaret byggede på",
                List.of("Svartype", "Kilde", "Antal", "Senest (UTC)"),
                report.dislikes(PERIOD).stream().map(d -> List.of(d.replyKind(), Objects.toString(d.sourcePath(), ""),
                        String.valueOf(d.count()), minute(d.lastGiven()))).toList()));
        tables.put("documents", () -> new AdminTable("documents", "Indekserede dokumenter",
                List.of("Sti", "Titel", "Type", "Organisation", "Dato"),
                report.documents().stream().map(d -> List.of(d.path(), d.title(), d.kind(), Objects.toString(d.organization(), ""),
                        Objects.toString(d.date(), ""))).toList()));
        tables.put("warnings", () -> new AdminTable("warnings", "Advarsler fra indekseringen", List.of("Advarsel"),
                report.warnings().stream().map(List::of).toList()));
    }

    Set<String> names() {
        return tables.keySet();
    }

    /** The named table, read now; empty for a name there is no table of. */
    Optional<AdminTable> table(String name) throws SQLException {
        Source source = tables.get(name);
        return source == null ? Optional.empty() : Optional.of(source.read());
    }

    private static String minute(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(MINUTE);
    }
}
