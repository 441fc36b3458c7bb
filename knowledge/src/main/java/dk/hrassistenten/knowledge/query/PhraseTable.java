package dk.hrassistenten.knowledge.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dk.hrassistenten.knowledge.cache.BoundedCache;

/**
 * Cue phrases with a label each, read from a data file of {@code LABEL<TAB>phrase} lines, and found in a
 * text as whole words. The cue words of question understanding live in such files, one per purpose, so
 * that a new wording is a line of data, not a regex in code. Immutable and thread-safe.
 */
public final class PhraseTable {

    /** A phrase found in a text: its label, the phrase and where it stands. */
    public record Match(String label, String phrase, int start, int end) {
    }

    private record Entry(String label, String phrase, Pattern pattern, String firstWord, int[] foldedFirstWord, String searchableFirstWord,
                         int order) {
        Entry(String label, String phrase, Pattern pattern, String firstWord) {
            this(label, phrase, pattern, firstWord, firstWord.chars().map(PhraseTable::fold).toArray(), -1);
        }

        private Entry(String label, String phrase, Pattern pattern, String firstWord, int[] folded, int order) {
            this(label, phrase, pattern, firstWord, folded, searchable(folded), order);
        }

        Entry at(int position) {
            return new Entry(label, phrase, pattern, firstWord, foldedFirstWord, searchableFirstWord, position);
        }

        /** Whether the first word is one word of letters and digits, so that a match begins with a word equal to it. */
        boolean firstWordIsAWord() {
            return !firstWord.isEmpty() && firstWord.codePoints().allMatch(PhraseTable::isWordCharacter);
        }

        /**
         * The folded first word as a string to look for in a folded text, or null when that would not find every
         * place the pattern matches: when it is empty, or folding one of its characters again changes it (then a
         * text character equal to it, not its fold, matches too).
         */
        private static String searchable(int[] folded) {
            if (folded.length == 0) {
                return null;
            }
            StringBuilder out = new StringBuilder();
            for (int c : folded) {
                if (c > Character.MAX_VALUE || fold(c) != c) {
                    return null;
                }
                out.append((char) c);
            }
            return out.toString();
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
    /**
     * The entries whose first word is a word of letters and digits, by that word: a text can only hold such an entry
     * where it has that word (the patterns allow no letter or digit on either side of a phrase's words), so a text's
     * words name the few entries worth trying instead of testing hundreds.
     */
    private final java.util.Map<String, int[]> byFirstWord;
    /** The entries whose first word has other characters ("pr.", "§"), tried whenever the text holds that word at all. */
    private final List<Entry> notByWord;
    /** The entries of each label, in the order of {@link #entries}. */
    private final java.util.Map<String, List<Entry>> byLabel;
    /**
     * The entries of each set of labels that {@link #at} was asked for, in the order of {@link #entries}: readers
     * ask for a few fixed sets again and again, and a table has hundreds of entries. Bounded, in case a caller
     * makes up sets.
     */
    private final BoundedCache<java.util.Set<String>, List<Entry>> byLabels = new BoundedCache<>(1_000);

    private PhraseTable(List<Entry> unordered) {
        List<Entry> ordered = new ArrayList<>();
        for (int i = 0; i < unordered.size(); i++) {
            ordered.add(unordered.get(i).at(i));
        }
        this.entries = List.copyOf(ordered);
        java.util.Map<String, List<Integer>> byWord = new java.util.HashMap<>();
        List<Entry> others = new ArrayList<>();
        for (Entry e : this.entries) {
            if (e.firstWordIsAWord()) {
                byWord.computeIfAbsent(e.firstWord(), k -> new ArrayList<>()).add(e.order());
            } else {
                others.add(e);
            }
        }
        java.util.Map<String, int[]> indexed = new java.util.HashMap<>();
        byWord.forEach((word, orders) -> indexed.put(word, orders.stream().mapToInt(Integer::intValue).toArray()));
        this.byFirstWord = java.util.Map.copyOf(indexed);
        this.notByWord = List.copyOf(others);
        java.util.Map<String, List<Entry>> grouped = new java.util.HashMap<>();
        for (Entry e : this.entries) {
            grouped.computeIfAbsent(e.label(), k -> new ArrayList<>()).add(e);
        }
        grouped.replaceAll((k, v) -> List.copyOf(v));
        this.byLabel = java.util.Map.copyOf(grouped);
    }

    private List<Entry> entries(String label) {
        return byLabel.getOrDefault(label, List.of());
    }

    private List<Entry> entries(java.util.Set<String> labels) {
        return byLabels.get(java.util.Set.copyOf(labels), k -> entries.stream().filter(e -> k.contains(e.label())).toList());
    }

    /** A character of a word as the patterns see words: a letter or a digit ({@code \\p{L}}, {@code \\p{N}}). */
    private static boolean isWordCharacter(int c) {
        return Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** The entries that may stand in the text (by {@link Entry#order()}): those whose first word the lower-cased text holds. */
    private java.util.BitSet candidates(Lower text) {
        java.util.BitSet found = new java.util.BitSet(entries.size());
        String lower = text.value();
        int i = 0;
        while (i < lower.length()) {
            int c = lower.codePointAt(i);
            if (!isWordCharacter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < lower.length() && isWordCharacter(c = lower.codePointAt(i))) {
                i += Character.charCount(c);
            }
            int[] orders = byFirstWord.get(lower.substring(start, i));
            if (orders != null) {
                for (int order : orders) {
                    found.set(order);
                }
            }
        }
        for (Entry e : notByWord) {
            if (lower.contains(e.firstWord())) {
                found.set(e.order());
            }
        }
        return found;
    }

    /**
     * A character as the patterns compare it: they are case-insensitive with Unicode case, which compares
     * {@code Character.toLowerCase(Character.toUpperCase(c))} of both sides.
     */
    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * A text's characters folded, each at its own offset; and as a string, to search with {@code indexOf}, unless
     * some character folds outside the basic plane (null then).
     */
    private record Folded(int[] chars, String text) {
    }

    private static Folded folded(String text) {
        int[] out = new int[text.length()];
        StringBuilder asText = new StringBuilder(text.length());
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
            if (asText != null && out[i] <= Character.MAX_VALUE) {
                asText.append((char) out[i]);
            } else {
                asText = null;
            }
        }
        return new Folded(out, asText == null ? null : asText.toString());
    }

    /**
     * Whether the entry's first word stands at this offset as its pattern compares characters (the character itself
     * or its fold equals the folded word's): a match of the pattern can start nowhere else, so the pattern is only
     * tried where this holds, not at every offset of a long text.
     */
    private static boolean firstWordAt(Entry e, String text, Folded folded, int at) {
        int[] word = e.foldedFirstWord();
        if (at + word.length > text.length()) {
            return false;
        }
        for (int j = 0; j < word.length; j++) {
            if (text.charAt(at + j) != word[j] && folded.chars()[at + j] != word[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The entry's match that starts exactly at {@code at}, as {@code find(at)} followed by a test of its start would
     * give it, or null. The matcher sees the text before {@code at} (transparent bounds), as {@code find} does, for
     * the pattern's look-behind.
     */
    private static Matcher matchAt(Entry e, String text, Folded folded, int at, Matcher reuse) {
        if (!firstWordAt(e, text, folded, at)) {
            return null;
        }
        Matcher m = reuse != null ? reuse : e.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        m.region(at, text.length());
        return m.lookingAt() ? m : null;
    }

    /** The entry's leftmost match at or after {@code from}, as {@code Matcher.find} gives it, or null. */
    private static Matcher next(Entry e, String text, Folded folded, int from, Matcher reuse) {
        Matcher m = reuse;
        if (e.searchableFirstWord() != null && folded.text() != null) {
            // Where the folded text holds the folded word is exactly where firstWordAt holds (see searchable).
            for (int at = folded.text().indexOf(e.searchableFirstWord(), from); at >= 0; at = folded.text().indexOf(e.searchableFirstWord(), at + 1)) {
                m = m != null ? m : e.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                m.region(at, text.length());
                if (m.lookingAt()) {
                    return m;
                }
            }
            return null;
        }
        for (int at = from; at + e.foldedFirstWord().length <= text.length(); at++) {
            if (firstWordAt(e, text, folded, at)) {
                m = m != null ? m : e.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                m.region(at, text.length());
                if (m.lookingAt()) {
                    return m;
                }
            }
        }
        return null;
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
        java.util.BitSet candidates = candidates(Lower.of(text));
        Folded folded = folded(text);
        Match best = null;
        for (Entry e : entries) {
            if (best != null && e.phrase().length() < best.phrase().length()) {
                break;
            }
            if (!candidates.get(e.order())) {
                continue;
            }
            Matcher m = next(e, text, folded, 0, null);
            if (m != null && (best == null || m.start() < best.start())) {
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
        Folded folded = folded(text);
        Match best = null;
        for (Entry e : entries) {
            if (!e.mayStartAt(lower, start)) {
                continue;
            }
            Matcher m = matchAt(e, text, folded, start, null);
            if (m != null && (best == null || m.end() > best.end())) {
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
        if (from > text.length()) {
            return Optional.empty();
        }
        Lower lower = Lower.of(text);
        Folded folded = null;
        Match best = null;
        for (Entry e : entries(labels)) {
            if ((best != null && e.phrase().length() < best.phrase().length()) || !e.mayStartAt(lower, from)) {
                continue;
            }
            folded = folded != null ? folded : folded(text);
            Matcher m = matchAt(e, text, folded, from, null);
            if (m != null && (best == null || m.end() > best.end())) {
                best = new Match(e.label(), e.phrase(), m.start(), m.end());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The phrases with this label, lower case, longest first. */
    public List<String> phrases(String label) {
        return entries(label).stream().map(Entry::phrase).toList();
    }

    /** Every occurrence of every phrase with this label, overlaps included, in text order. */
    public List<Match> every(String text, String label) {
        java.util.BitSet candidates = candidates(Lower.of(text));
        Folded folded = null;
        List<Match> found = new ArrayList<>();
        for (Entry e : entries(label)) {
            if (candidates.get(e.order())) {
                folded = folded != null ? folded : folded(text);
                for (Matcher m = next(e, text, folded, 0, null); m != null; m = next(e, text, folded, after(m), m)) {
                    found.add(new Match(e.label(), e.phrase(), m.start(), m.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        return found;
    }

    /** Every non-overlapping phrase in the text, longest phrases taking precedence, in text order. */
    public List<Match> all(String text) {
        java.util.BitSet candidates = candidates(Lower.of(text));
        Folded folded = folded(text);
        List<Match> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (int order = candidates.nextSetBit(0); order >= 0; order = candidates.nextSetBit(order + 1)) {
            Entry e = entries.get(order);
            for (Matcher m = next(e, text, folded, 0, null); m != null; m = next(e, text, folded, after(m), m)) {
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
        java.util.BitSet candidates = candidates(Lower.of(text));
        Folded folded = null;
        for (Entry e : entries(label)) {
            if (candidates.get(e.order())) {
                folded = folded != null ? folded : folded(text);
                if (next(e, text, folded, 0, null) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where {@code Matcher.find} goes on after a match: its end, or one further after an empty match. */
    private static int after(Matcher m) {
        return m.end() == m.start() ? m.end() + 1 : m.end();
    }
}
