package dk.hrassistenten.bot.llm;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.document.DanishDates;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether the passages a model's sentence cites support it. A citation alone proves nothing: a model (or an
 * instruction planted in a document) can put "[1]" after anything. So every date, number and name in the
 * sentence must stand in the cited passages, where a wrong week, an invented amount or a person from nowhere
 * fails; and most of its content words must, compared by the knowledge module's Danish analysis (stems, so
 * inflected forms match), where invented content fails. Thread-safe.
 */
final class SentenceSupport {

    /** The share of a sentence's content words that must stand in its cited passages. */
    static final double MIN_CONTENT_WORDS = 0.6;
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");
    /** After these a capital starts a quote or an aside, not a name. */
    private static final String OPENERS = "«\"“„(:";

    private SentenceSupport() {
    }

    /**
     * @param sentence the model's sentence without its citation markers
     * @param passages the text of the passages it cites
     */
    static boolean supports(String sentence, String passages, HrAnalyzer analyzer) {
        List<DanishDates.Mention> dates = DanishDates.findAll(sentence);
        Set<LocalDate> passageDates = DanishDates.findAll(passages).stream().map(DanishDates.Mention::date).collect(Collectors.toSet());
        if (!dates.stream().allMatch(d -> passageDates.contains(d.date()))) {
            return false;
        }
        // A date is compared by its value above, so "1. august 2026" is supported by "01-08-2026"; its digits are not numbers of their own.
        String rest = withoutDates(sentence, dates);
        if (!numbers(passages).containsAll(numbers(rest))) {
            return false;
        }
        Set<String> words = words(passages);
        if (!names(rest).stream().allMatch(n -> words.contains(n) || n.endsWith("s") && words.contains(n.substring(0, n.length() - 1)))) {
            return false;
        }
        Set<String> terms = analyzer.terms(rest);
        terms.removeIf(t -> t.length() < 3 || t.chars().allMatch(Character::isDigit));
        if (terms.isEmpty()) {
            return true;
        }
        Set<String> passageTerms = analyzer.terms(passages);
        long there = terms.stream().filter(passageTerms::contains).count();
        return (double) there / terms.size() >= MIN_CONTENT_WORDS;
    }

    private static String withoutDates(String sentence, List<DanishDates.Mention> dates) {
        StringBuilder out = new StringBuilder(sentence);
        for (int i = dates.size() - 1; i >= 0; i--) {
            out.replace(dates.get(i).start(), dates.get(i).end(), " ");
        }
        return out.toString();
    }

    /** The numbers as written, without leading zeros ("08" and "8" are one number); "100.000" is 100 and 0. */
    private static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().replaceFirst("^0+(?=\\d)", ""));
        }
        return out;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * Words with a capital that no sentence start, quote or aside explains: names of people, units and
     * organisations, and abbreviations ("HMU"), lower-cased.
     */
    private static Set<String> names(String sentence) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(sentence);
        boolean first = true;
        while (m.find()) {
            String before = sentence.substring(0, m.start()).stripTrailing();
            boolean opened = !before.isEmpty() && OPENERS.indexOf(before.charAt(before.length() - 1)) >= 0;
            if (!first && !opened && m.group().length() > 1 && Character.isUpperCase(m.group().charAt(0))) {
                out.add(m.group().toLowerCase(Locale.ROOT));
            }
            first = false;
        }
        return out;
    }
}
