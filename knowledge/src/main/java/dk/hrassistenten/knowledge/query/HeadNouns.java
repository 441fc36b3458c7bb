package dk.hrassistenten.knowledge.query;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Head nouns per label, found at the end of a word so that Danish compounds count ("mødelokalet" ends in
 * "lokale" + "t"): read from a {@code LABEL<TAB>noun} data file. Nouns shorter than {@link #COMPOUND_HEAD}
 * letters match only as whole words (inflected), so "by" does not find "arbejdsby". A noun written with a leading
 * hyphen ("-lokale") counts only as the last part of a compound: "mødelokalet" is a room, "de lokale aftaler" are
 * local ones. Immutable and thread-safe.
 */
public final class HeadNouns {

    /** Nouns at least this long are also found as the last part of a compound. */
    public static final int COMPOUND_HEAD = 4;
    /** The inflections a noun may carry: definite, plural, genitive. */
    private static final List<String> ENDINGS = List.of("", "e", "en", "et", "er", "erne", "ene", "s", "ens", "ets", "n", "t", "r", "rne", "ne", "ns", "ts");
    /** The endings, and those beginning with a vowel also after the last consonant doubled (marked "+"). */
    private static final List<String> DOUBLED_ENDINGS = java.util.stream.Stream.concat(ENDINGS.stream(),
            ENDINGS.stream().filter(e -> !e.isEmpty() && "aeiouyæøå".indexOf(e.charAt(0)) >= 0).map(e -> "+" + e)).toList();
    private static final java.util.regex.Pattern SHORT_VOWEL_END = java.util.regex.Pattern.compile(".*[aeiouyæøå][bdfgklmnprstv]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]*");

    private final Map<String, List<Noun>> nouns;

    private HeadNouns(Map<String, List<String>> nouns) {
        Map<String, List<Noun>> read = new HashMap<>();
        nouns.forEach((label, words) -> read.put(label, words.stream().map(Noun::of).toList()));
        this.nouns = Map.copyOf(read);
    }

    /**
     * A noun with every inflected form written out once: matching is asked for every word of many sentences per
     * question, and building the forms there (and testing the vowel with a regular expression) was a tenth of it.
     *
     * @param compoundOnly written with a leading hyphen: counts only as a compound's last part
     * @param compoundHead long enough to count as a compound's last part
     */
    private record Noun(String head, List<String> forms, boolean compoundOnly, boolean compoundHead) {
        static Noun of(String noun) {
            boolean compoundOnly = noun.startsWith("-");
            String head = compoundOnly ? noun.substring(1) : noun;
            // A short vowel's last consonant doubles before an ending: "løn" → "lønnen", "tillæg" → "tillægget".
            boolean doubles = SHORT_VOWEL_END.matcher(head).matches();
            List<String> forms = (doubles ? DOUBLED_ENDINGS : ENDINGS).stream()
                    .map(ending -> ending.startsWith("+") ? head + head.charAt(head.length() - 1) + ending.substring(1) : head + ending).toList();
            return new Noun(head, forms, compoundOnly, compoundOnly || head.length() >= COMPOUND_HEAD);
        }

        boolean matches(String word) {
            for (String form : forms) {
                if (word.equals(form) ? !compoundOnly : compoundHead && word.endsWith(form)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The nouns of a {@code LABEL<TAB>noun} file beside {@code owner}. */
    public static HeadNouns load(Class<?> owner, String resource) {
        Map<String, List<String>> nouns = new HashMap<>();
        DataFile.labelled(owner, resource).forEach((label, words) ->
                nouns.put(label, words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()));
        return new HeadNouns(nouns);
    }

    /** Whether a word of the text is, or ends in, a noun with this label. */
    public boolean in(String text, String label) {
        List<Noun> heads = nouns.getOrDefault(label, List.of());
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            for (Noun head : heads) {
                if (head.matches(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The label of the longest noun the word is or ends in ("lønsedlen" → the label of "lønseddel" rather than of
     * "seddel"), or empty.
     */
    public java.util.Optional<String> labelOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String label = null;
        int longest = 0;
        for (Map.Entry<String, List<Noun>> e : nouns.entrySet()) {
            for (Noun noun : e.getValue()) {
                // the length as written, hyphen and all, as it always was compared
                int length = noun.head().length() + (noun.compoundOnly() ? 1 : 0);
                if (length > longest && noun.matches(w)) {
                    label = e.getKey();
                    longest = length;
                }
            }
        }
        return java.util.Optional.ofNullable(label);
    }
}
