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
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d. MMM", java.util.Locale.forLanguageTag("da"));

    private interface Source {
        AdminTable read() throws SQLException;
    }

    private final Map<String, Source> tables = new LinkedHashMap<>();
    private final UsageReport report;
    /** The newest 👎 shown with their question and reply: more than HR reads in a sitting, few enough for one page. */
    static final int DISLIKED_REPLIES = 200;
    /** Topics shown in the chart of unanswered questions; the table below it has them all. */
    static final int CHART_TOPICS = 10;

    AdminTables(UsageReport report) {
        this.report = report;
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
        tables.put("dislike-replies", () -> new AdminTable("dislike-replies", "👎 svar", List.of("Dato (UTC)", "Kanal", "Spørgsmål", "Svar (uddrag)"),
                report.dislikedReplies(PERIOD, DISLIKED_REPLIES).stream().map(d -> List.of(minute(d.given()), d.channel(), d.question(), d.reply()))
                        .toList()));
        tables.put("documents", () -> new AdminTable("documents", "Indekserede dokumenter",
                List.of("Sti", "Titel", "Type", "Organisation", "Dato"),
                report.documents().stream().map(d -> List.of(d.path(), d.title(), d.kind(), Objects.toString(d.organization(), ""),
                        Objects.toString(d.date(), ""))).toList()));
        tables.put("warnings", () -> new AdminTable("warnings", "Advarsler fra indekseringen", List.of("Advarsel"),
                report.warnings().stream().map(List::of).toList()));
    }

    /**
     * The figures HR would rather look at than read, read now: questions per day (all channels, answered and not) and the
     * most asked unanswered topics; with a line of totals first.
     */
    String chartsHtml() throws SQLException {
        Map<java.time.LocalDate, long[]> perDay = new java.util.TreeMap<>();
        for (UsageReport.Day d : report.days(PERIOD)) {
            long[] counts = perDay.computeIfAbsent(d.day(), k -> new long[2]);
            counts[0] += d.answered();
            counts[1] += d.notFound();
        }
        long answered = perDay.values().stream().mapToLong(c -> c[0]).sum();
        long all = answered + perDay.values().stream().mapToLong(c -> c[1]).sum();
        StringBuilder out = new StringBuilder("<p class=totals>");
        if (all == 0) {
            out.append("Ingen spørgsmål endnu.");
        } else {
            out.append("I alt <strong>").append(all).append("</strong> spørgsmål, heraf <strong>").append(percent(answered, all))
                    .append(" %</strong> besvaret ud fra dokumenterne.");
        }
        out.append("</p>");
        List<BarChart.Bar> days = perDay.entrySet().stream().map(e -> new BarChart.Bar(
                e.getKey().format(DAY), List.of(e.getValue()[0], e.getValue()[1]),
                (e.getValue()[0] + e.getValue()[1]) + " (" + percent(e.getValue()[0], e.getValue()[0] + e.getValue()[1]) + " % besvaret)")).toList();
        out.append(new BarChart("questions-chart", "Spørgsmål pr. dag", List.of("Besvaret", "Ikke fundet"), days).html());
        List<BarChart.Bar> topics = report.unansweredTopics(PERIOD).stream().limit(CHART_TOPICS)
                .map(t -> new BarChart.Bar(t.topic(), List.of(t.count()), String.valueOf(t.count()))).toList();
        out.append(new BarChart("not-found-chart", "Oftest ubesvarede emner", List.of("Antal"), topics).html());
        return out.toString();
    }

    private static long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
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
