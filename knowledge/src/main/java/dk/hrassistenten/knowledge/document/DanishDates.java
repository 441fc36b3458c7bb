package dk.hrassistenten.knowledge.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds and parses dates as Danish documents and people write them: "1. januar 2025", "20-05-2025", ISO. */
public final class DanishDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jan", 1), Map.entry("februar", 2), Map.entry("feb", 2),
            Map.entry("marts", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("july", 7), Map.entry("october", 10));

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})\\b");
    private static final Pattern WORDED = Pattern.compile(
            "\\b(\\d{1,2})\\.?\\s+(" + String.join("|", MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
                    + ")\\.?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern MONTH_NAME = Pattern.compile("(?iu)(?<!\\p{L})(" + String.join("|",
            MONTHS.keySet().stream().filter(m -> m.length() >= 4 && !m.equals("sept") || m.equals("maj")).toList()) + ")(?!\\p{L})");

    /**
     * The months a text names by their full name ("i oktober", "1. maj 2026"), as numbers 1 to 12. Not English "may",
     * which asks permission more often than it names a month.
     */
    public static java.util.Set<Integer> monthsNamed(String text) {
        java.util.Set<Integer> months = new java.util.HashSet<>();
        Matcher m = MONTH_NAME.matcher(text);
        while (m.find()) {
            months.add(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)));
        }
        return months;
    }

    /** "31. juli", "1. oktober": a day of a month, with or without a year (a yearly date: "opgøres pr. 31. juli"). */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?iu)(?<![\\p{N}.])\\d{1,2}\\.\\s*(" + String.join("|",
            MONTHS.keySet().stream().filter(m -> m.length() >= 4 && !m.equals("sept") || m.equals("maj")).toList()) + ")(?!\\p{L})");

    /** Whether a text names a day of a month ("pr. 31. juli", "senest 1. oktober 2026"), with or without its year. */
    public static boolean namesADayOfAMonth(String text) {
        return DAY_OF_MONTH.matcher(text).find() || !findAll(text).isEmpty();
    }

    /** A date found in a text, with where it stands. */
    public record Mention(LocalDate date, int start, int end) {
    }

    private DanishDates() {
    }

    /** All dates in the text, in order of appearance. */
    public static List<Mention> findAll(String text) {
        List<Mention> found = new ArrayList<>();
        collect(ISO.matcher(text), found, m -> date(m.group(1), m.group(2), m.group(3)));
        collect(NUMERIC.matcher(text), found, m -> date(m.group(3), m.group(2), m.group(1)));
        collect(WORDED.matcher(text), found,
                m -> date(m.group(3), String.valueOf(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(1)));
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        return found;
    }

    /** The first date in the text, if any. */
    public static Optional<LocalDate> first(String text) {
        List<Mention> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).date());
    }

    /** Parses a text that is only a date (surrounding white space allowed). */
    public static Optional<LocalDate> parseWhole(String text) {
        String t = text.strip();
        List<Mention> all = findAll(t);
        return all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == t.length()
                ? Optional.of(all.get(0).date()) : Optional.empty();
    }

    /** Whether a line says nothing but a date, perhaps with a weekday, "d.", "Pr." or a clock time. */
    public static boolean isDateLine(String line) {
        String rest = line.replaceAll("\\*", "").strip();
        List<Mention> all = findAll(rest);
        if (all.isEmpty()) {
            return false;
        }
        for (Mention m : all) {
            rest = rest.replace(rest.substring(Math.min(m.start(), rest.length()), Math.min(m.end(), rest.length())), " ");
        }
        return rest.replaceAll("(?iu)\\b(pr|d|den|kl|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|fra|gældende)\\b\\.?|\\d{1,2}[:.]\\d{2}|[-–,.\\s]", "").isEmpty();
    }

    private interface DateOf {
        LocalDate of(Matcher m);
    }

    private static void collect(Matcher m, List<Mention> found, DateOf dateOf) {
        while (m.find()) {
            LocalDate d = dateOf.of(m);
            int start = m.start();
            int end = m.end();
            if (d != null && found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                found.add(new Mention(d, start, end));
            }
        }
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2200) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
