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
                if (next + 1 < line.length() && (line.charAt(next) == '–' || line.charAt(next) == '-') && Character.isWhitespace(line.charAt(next + 1))) {
                    int afterDash = next + 1;
                    while (afterDash < line.length() && Character.isWhitespace(line.charAt(afterDash))) {
                        afterDash++;
                    }
                    if (afterDash < line.length() && Character.isUpperCase(line.charAt(afterDash)) && !(c == '.' && abbreviationBefore(line, i))) {
                        add(line.substring(start, i + 1), out);
                        start = afterDash;
                        continue;
                    }
                }
                if (next < line.length() && startsSentence(line.charAt(next)) && !(c == '.' && abbreviationBefore(line, i))) {
                    add(line.substring(start, i + 1), out);
                    start = next;
                }
            }
        }
        add(line.substring(start), out);
    }

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
