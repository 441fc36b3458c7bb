package dk.hrassistenten.knowledge.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cue words of organisation descriptions, by label, read from {@code unit-cues-<language>.tsv} files of
 * {@code LABEL<TAB>phrase} lines beside this class: unit nouns, task verbs, leader, reporting, location, contact,
 * part-of, rename and merger cues. Extraction rules ask this table, so a new wording is a line of data.
 * Immutable and thread-safe.
 */
public final class UnitCues {

    /** The shipped cues of every language the extractor reads. */
    private static final List<String> LANGUAGES = List.of("da", "en");
    private static volatile UnitCues shipped;

    /** A cue found in a text: its phrase and where it stands. */
    public record Found(String label, String phrase, int start, int end) {
    }

    private final Map<String, List<String>> phrases;
    private final Map<String, List<Pattern>> patterns = new HashMap<>();
    /** Each phrase case-folded, its blanks one space: a text without it cannot hold the phrase, and a search for it is cheap. */
    private final Map<String, List<String>> folded = new HashMap<>();
    private final List<String> nouns;

    UnitCues(Map<String, List<String>> phrases) {
        this.phrases = Map.copyOf(phrases);
        this.phrases.forEach((label, list) -> patterns.put(label, list.stream().map(UnitCues::wholeWords).toList()));
        this.phrases.forEach((label, list) -> folded.put(label, list.stream().map(UnitCues::fold).toList()));
        this.nouns = phrases.getOrDefault("NOUN", List.of());
    }

    /** The cues shipped for Danish and English, read once. */
    public static UnitCues shipped() {
        UnitCues s = shipped;
        if (s == null) {
            Map<String, List<String>> all = new HashMap<>();
            for (String language : LANGUAGES) {
                String resource = "unit-cues-" + language + ".tsv";
                if (UnitCues.class.getResource(resource) != null) {
                    read(resource).forEach((label, list) -> all.computeIfAbsent(label, k -> new ArrayList<>()).addAll(list));
                }
            }
            all.replaceAll((label, list) -> {
                List<String> distinct = new ArrayList<>(new LinkedHashSet<>(list));
                distinct.sort(Comparator.comparingInt(String::length).reversed());
                return distinct;
            });
            s = new UnitCues(all);
            shipped = s;
        }
        return s;
    }

    static Map<String, List<String>> read(String resource) {
        Map<String, List<String>> byLabel = new HashMap<>();
        dk.hrassistenten.knowledge.query.DataFile.labelled(UnitCues.class, resource).forEach((label, phrases) ->
                byLabel.put(label, new ArrayList<>(phrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList())));
        return byLabel;
    }

    /**
     * The text case-folded char by char as {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE} compares
     * chars (upper, then lower case), and each run of blanks one space (a phrase's space matches any run): a text
     * that {@link #wholeWords} matches holds the folded phrase.
     */
    private static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!blank) {
                    out.append(' ');
                }
                blank = true;
            } else {
                out.append(Character.toLowerCase(Character.toUpperCase(c)));
                blank = false;
            }
        }
        return out.toString();
    }

    private static Pattern wholeWords(String phrase) {
        String body = Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The phrases of a label, longest first. */
    public List<String> phrases(String label) {
        return phrases.getOrDefault(label, List.of());
    }

    /** The earliest cue of a label in the text (the longest of those starting there), or empty. */
    public Optional<Found> first(String label, String text) {
        return first(label, text, 0);
    }

    /** The earliest cue of a label at or after {@code from}. */
    public Optional<Found> first(String label, String text, int from) {
        return first(label, text, fold(text), from);
    }

    private Optional<Found> first(String label, String text, String foldedText, int from) {
        Found best = null;
        List<String> list = phrases(label);
        List<Pattern> ps = patterns.getOrDefault(label, List.of());
        List<String> foldedPhrases = folded.getOrDefault(label, List.of());
        for (int i = 0; i < ps.size(); i++) {
            if (!foldedText.contains(foldedPhrases.get(i))) {
                continue; // most sentences hold none of a label's phrases; a regular expression per phrase costs far more
            }
            Matcher m = ps.get(i).matcher(text);
            if (m.find(from) && (best == null || m.start() < best.start() || (m.start() == best.start() && m.end() > best.end()))) {
                best = new Found(label, list.get(i), m.start(), m.end());
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the text may hold a cue of one of the labels: false when it holds none of their phrases, case-folded. */
    public boolean mayHold(List<String> labels, String text) {
        String foldedText = fold(text);
        for (String label : labels) {
            for (String phrase : folded.getOrDefault(label, List.of())) {
                if (foldedText.contains(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every cue of a label in the text, in text order, longest at each place, not overlapping. */
    public List<Found> all(String label, String text) {
        List<Found> found = new ArrayList<>();
        String foldedText = fold(text);
        int from = 0;
        while (from <= text.length()) {
            Optional<Found> f = first(label, text, foldedText, from);
            if (f.isEmpty()) {
                break;
            }
            found.add(f.get());
            from = Math.max(f.get().end(), f.get().start() + 1);
        }
        return found;
    }

    /** Whether a cue of the label stands in the text. */
    public boolean contains(String label, String text) {
        return first(label, text).isPresent();
    }

    /** Whether the whole text (trimmed of punctuation around it) is one cue of the label. */
    public boolean is(String label, String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "").strip();
        return phrases(label).contains(t) || phrases(label).contains(t.replaceAll("\\.$", ""));
    }

    /** The cue of the label the text starts with (after blanks and punctuation), or empty. */
    public Optional<Found> atStart(String label, String text) {
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        int at = start;
        return first(label, text, at).filter(x -> x.start() == at);
    }

    /**
     * Whether a word names a unit by its kind: a unit noun itself ("kontoret") or a compound ending in one
     * ("Lønkontoret", "HR-sekretariatet"); the part before the noun must be a word of its own, so "åbenhed"
     * is not an "enhed".
     */
    public boolean isUnitNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
        for (String noun : nouns) {
            if (w.equals(noun)) {
                return true;
            }
            if (w.endsWith(noun) && !noun.contains(" ")) {
                String prefix = w.substring(0, w.length() - noun.length());
                if (prefix.endsWith("-") ? prefix.length() >= 2 : prefix.length() >= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the word is a unit noun in the plural ("Enhederne", "Afdelinger", "Teams"): a heading of that word alone
     * names the units below it, not a unit of its own.
     */
    public boolean isPluralUnitNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT).strip();
        if (!nouns.contains(w)) {
            return false;
        }
        for (String noun : nouns) {
            if (w.length() > noun.length() && w.startsWith(noun) && PLURAL_ENDINGS.contains(w.substring(noun.length()))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PLURAL_ENDINGS = Set.of("er", "erne", "e", "ne", "s", "rne");

    /** Whether any word of the text is a unit noun. */
    public boolean hasUnitNoun(String text) {
        for (String w : text.split("[\\s/,()]+")) {
            if (!w.isEmpty() && isUnitNoun(w)) {
                return true;
            }
        }
        return false;
    }

    /** The labels of this table (for tests). */
    Set<String> labels() {
        return phrases.keySet();
    }
}
