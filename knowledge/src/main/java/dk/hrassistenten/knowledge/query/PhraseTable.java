package dk.hrassistenten.knowledge.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cue phrases with a label each, read from a data file of {@code LABEL<TAB>phrase} lines, and found in a
 * text as whole words. The cue words of question understanding live in such files, one per purpose, so
 * that a new wording is a line of data, not a regex in code. Immutable and thread-safe.
 */
public final class PhraseTable {

    /** A phrase found in a text: its label, the phrase and where it stands. */
    public record Match(String label, String phrase, int start, int end) {
    }

    private record Entry(String label, String phrase, Pattern pattern, String firstWord) {
        /** A fast test before the regular expression: the phrase's first word must stand in the lower-cased text. */
        boolean mayBeIn(Lower text) {
            return text.value().contains(firstWord);
        }

        /** Whether the phrase's first word may start at this position of the lower-cased text. */
        boolean mayStartAt(Lower text, int from) {
            return !text.sameOffsets() || text.value().startsWith(firstWord, from);
        }
    }

    /** A text lower-cased once per call; offsets agree with the text's unless lower-casing changed its length. */
    private record Lower(String value, boolean sameOffsets) {
        static Lower of(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            return new Lower(lower, lower.length() == text.length());
        }
    }

    private final List<Entry> entries;

    private PhraseTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Reads a table from a class-path resource beside the given class. */
    public static PhraseTable load(Class<?> owner, String resource) {
        List<Entry> entries = new ArrayList<>();
        DataFile.labelled(owner, resource).forEach((label, phrases) -> phrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).forEach(
                phrase -> entries.add(new Entry(label, phrase, wholeWords(phrase), phrase.split(" ")[0]))));
        // Longest phrases first, so that "hvor mange" is found before "hvor".
        entries.sort(Comparator.comparingInt((Entry e) -> e.phrase().length()).reversed());
        return new PhraseTable(entries);
    }

    private static Pattern wholeWords(String phrase) {
        String body = Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The longest phrase of the table in the text (the earliest of equally long ones), or empty. */
    public Optional<Match> longest(String text) {
        Lower lower = Lower.of(text);
        Match best = null;
        for (Entry e : entries) {
            if (best != null && e.phrase().length() < best.phrase().length()) {
                break;
            }
            if (!e.mayBeIn(lower)) {
                continue;
            }
            Matcher m = e.pattern().matcher(text);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = new Match(e.label(), e.phrase(), m.start(), m.end());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first phrase (by position) the text starts with after leading blanks and punctuation, or empty. */
    public Optional<Match> atStart(String text) {
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start)) && text.charAt(start) != '/') {
            start++;
        }
        Lower lower = Lower.of(text);
        Match best = null;
        for (Entry e : entries) {
            if (!e.mayStartAt(lower, start)) {
                continue;
            }
            Matcher m = e.pattern().matcher(text);
            if (m.find(start) && m.start() == start && (best == null || m.end() > best.end())) {
                best = new Match(e.label(), e.phrase(), m.start(), m.end());
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The longest phrase with one of the labels that starts exactly at {@code from}, or empty. Lets a reader
     * walk a sentence frame by frame ("hvem" then "i HR" then "håndterer").
     */
    public Optional<Match> at(String text, int from, java.util.Set<String> labels) {
        Lower lower = Lower.of(text);
        Match best = null;
        for (Entry e : entries) {
            if (!labels.contains(e.label()) || (best != null && e.phrase().length() < best.phrase().length())
                    || from > text.length() || !e.mayStartAt(lower, from)) {
                continue;
            }
            Matcher m = e.pattern().matcher(text);
            if (from <= text.length() && m.find(from) && m.start() == from && (best == null || m.end() > best.end())) {
                best = new Match(e.label(), e.phrase(), m.start(), m.end());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The phrases with this label, lower case, longest first. */
    public List<String> phrases(String label) {
        return entries.stream().filter(e -> e.label().equals(label)).map(Entry::phrase).toList();
    }

    /** Every occurrence of every phrase with this label, overlaps included, in text order. */
    public List<Match> every(String text, String label) {
        Lower lower = Lower.of(text);
        List<Match> found = new ArrayList<>();
        for (Entry e : entries) {
            if (e.label().equals(label) && e.mayBeIn(lower)) {
                Matcher m = e.pattern().matcher(text);
                while (m.find()) {
                    found.add(new Match(e.label(), e.phrase(), m.start(), m.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        return found;
    }

    /** Every non-overlapping phrase in the text, longest phrases taking precedence, in text order. */
    public List<Match> all(String text) {
        Lower lower = Lower.of(text);
        List<Match> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Entry e : entries) {
            if (!e.mayBeIn(lower)) {
                continue;
            }
            Matcher m = e.pattern().matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end() && free; i++) {
                    free = !taken[i];
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    found.add(new Match(e.label(), e.phrase(), m.start(), m.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Match::start));
        return found;
    }

    /** Whether any phrase with this label stands in the text. */
    public boolean contains(String text, String label) {
        Lower lower = Lower.of(text);
        for (Entry e : entries) {
            if (e.label().equals(label) && e.mayBeIn(lower) && e.pattern().matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
