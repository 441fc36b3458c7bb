package dk.hrassistenten.knowledge.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Danish text into sentences. Each line (paragraph or bullet item) is split at sentence ends,
 * except after the abbreviations Danish writing is full of ("bl.a.", "pr.", "d.", "kl.", "jf.").
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "bl.a", "fx", "f.eks", "pr", "d", "kl", "ca", "inkl", "ekskl", "mv", "m.v", "m.fl", "jf", "evt", "nr", "stk",
            "ift", "i.f.t", "vedr", "iht", "mht", "dvs", "osv", "etc", "hhv", "tlf", "att", "ang", "bl", "f", "jan",
            "feb", "aug", "sep", "sept", "okt", "nov", "dec", "st", "ass", "prof", "dr", "mr", "mrs", "ms", "e.g", "i.e", "vs",
            "pkt", "nb", "obs", "s", "ref", "min", "max", "gl", "tidl", "sidst", "ff");

    private Sentences() {
    }

    /** The sentences of a text, bullet markers removed, in order. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String rawLine : text.split("\n")) {
            String line = rawLine.startsWith("- ") ? rawLine.substring(2) : rawLine;
            line = line.strip();
            if (!line.isEmpty()) {
                splitLine(line, out);
            }
        }
        return out;
    }

    /**
     * The last sentence of a text, the question of a message that tells its case first ("Jeg skulle kontakte X om en
     * børneattest. Hvad hedder teamet nu?"); the text itself when it has none.
     */
    public static String last(String text) {
        List<String> sentences = split(text);
        return sentences.isEmpty() ? text : sentences.get(sentences.size() - 1);
    }

    private static void splitLine(String line, List<String> out) {
        int start = 0;
        for (int i = 0; i < line.length() - 2; i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(line.charAt(i + 1))) {
                int next = i + 1;
                while (next < line.length() && Character.isWhitespace(line.charAt(next))) {
                    next++;
                }
                // "… obligatoriske kurser. – Oprettet 1. august …": a list written on one line, its items after dashes
                int item = afterItemDash(line, next);
                if (item > next && Character.isUpperCase(line.charAt(item)) && !(c == '.' && abbreviationBefore(line, i))) {
                    add(line.substring(start, i + 1), out);
                    start = item;
                } else if (next < line.length() && (startsSentence(line.charAt(next)) || ITEM_MARKER.matcher(line).region(next, line.length()).lookingAt())
                        && !(c == '.' && abbreviationBefore(line, i))) {
                    add(line.substring(start, i + 1), out);
                    start = next;
                }
            }
        }
        add(line.substring(start), out);
    }

    /** Where the text after a dash standing alone at {@code at} ("– Oprettet") starts, or {@code at} when none stands there. */
    private static int afterItemDash(String line, int at) {
        if (at + 2 >= line.length() || (line.charAt(at) != '–' && line.charAt(at) != '-') || !Character.isWhitespace(line.charAt(at + 1))) {
            return at;
        }
        int next = at + 1;
        while (next < line.length() - 1 && Character.isWhitespace(line.charAt(next))) {
            next++;
        }
        return next;
    }

    /** "… følger med. c) Stillingskontoret skifter …": a lettered or numbered item run on into the line before it. */
    private static final java.util.regex.Pattern ITEM_MARKER = java.util.regex.Pattern.compile("[a-zA-Z0-9]{1,2}\\)\\s+\\p{Lu}");

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || c == '"' || c == '”' || c == '«';
    }

    /** Whether the word ending at the period is an abbreviation ("bl.a.", "pr.") or an initial. */
    private static boolean abbreviationBefore(String line, int period) {
        int s = period;
        while (s > 0 && !Character.isWhitespace(line.charAt(s - 1)) && line.charAt(s - 1) != '(') {
            s--;
        }
        String word = line.substring(s, period).toLowerCase(Locale.ROOT);
        // "1. januar" needs no rule: a sentence only ends before a capital letter, and "30. Ignorér" does end there.
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
    }

    private static void add(String sentence, List<String> out) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
