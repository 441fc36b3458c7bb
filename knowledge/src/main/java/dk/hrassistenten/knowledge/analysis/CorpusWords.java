package dk.hrassistenten.knowledge.analysis;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words a corpus uses, lower-cased: parts for decompounding its own compounds. */
public final class CorpusWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    private CorpusWords() {
    }

    public static Set<String> of(Iterable<String> texts) {
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
