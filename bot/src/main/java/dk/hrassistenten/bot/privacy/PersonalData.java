package dk.hrassistenten.bot.privacy;

import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.units.Unit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes personal data out of what a person typed before anything about it is kept (unanswered questions,
 * conversation memory, the question and reply a 👍/👎 was given on): CPR numbers, e-mail addresses, Danish phone numbers
 * and, where the documents tell names from words, people's names become a placeholder that says what stood there.
 * People write these into questions ("… mit cpr er 010190-1234"); HR's list of what to document next needs the
 * question, never the number. Thread-safe.
 */
public final class PersonalData {

    /** ddmmyy-xxxx, ddmmyyxxxx or ddmmyy xxxx, with a day and month that can be a birth date. */
    private static final Pattern CPR = Pattern.compile("(?<![\\d-])(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])\\d{2}[- ]?\\d{4}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /**
     * Eight digits, optionally after +45 or 0045, grouped by spaces as people write them (12345678,
     * 12 34 56 78, 1234 5678). Hyphens do not group: case numbers (1-13-3-105-22) are joined by them.
     */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+-])(?:(?:\\+|00)45 ?)?\\d{2}(?: ?\\d){6}(?![\\d-])");
    /** Two or more capitalised words in a row ("Jens Hansen", "Anne-Mette Skov Larsen"): how a person's full name is written. */
    private static final Pattern CAPITALISED_RUN = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+(?:[ \\t-]+\\p{Lu}\\p{Ll}+)+(?![\\p{L}\\p{N}])");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

    private PersonalData() {
    }

    /** The text with CPR numbers, e-mail addresses and phone numbers replaced; null stays null. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        // CPR first: its ten digits must not be taken for a phone number and two more digits.
        String out = CPR.matcher(text).replaceAll("[CPR-nummer]");
        out = EMAIL.matcher(out).replaceAll("[e-mail]");
        return PHONE.matcher(out).replaceAll("[telefonnummer]");
    }

    /**
     * The text with CPR numbers, e-mail addresses, phone numbers and people's names replaced; null stays null. A name is
     * two or more capitalised words in a row, after any leading words that are no name ("Hvad", "Region", a unit's
     * name): "Hvad skal Jens Hansen …" keeps "Hvad", "Region Midtjylland" stays. A first name alone is not found; what
     * this misses is a reason to keep such text short-lived, not to keep it longer.
     *
     * @param commonWord whether a capitalised word is an ordinary word or part of a known name of a unit or organisation
     *     ({@link #commonWords}); a word it denies may be part of a person's name
     */
    public static String redact(String text, Predicate<String> commonWord) {
        if (text == null) {
            return null;
        }
        String out = redact(text);
        Matcher run = CAPITALISED_RUN.matcher(out);
        StringBuilder kept = new StringBuilder();
        int done = 0;
        while (run.find()) {
            Matcher word = WORD.matcher(run.group());
            int nameStart = -1;
            int words = 0;
            while (word.find()) {
                if (nameStart < 0 && commonWord.test(word.group())) {
                    continue;
                }
                nameStart = nameStart < 0 ? word.start() : nameStart;
                words++;
            }
            if (words >= 2) {
                kept.append(out, done, run.start() + nameStart).append("[navn]");
                done = run.end();
            }
        }
        return kept.append(out, done, out.length()).toString();
    }

    /**
     * The capitalised words that are no person's name by what the documents say: words they use in lower case too, and
     * the words of the units' and organisations' names. Every word without documents (null: the index is being built).
     */
    public static Predicate<String> commonWords(KnowledgeSnapshot snapshot) {
        if (snapshot == null) {
            return word -> false;
        }
        Set<String> names = new HashSet<>();
        for (Unit unit : snapshot.units().units()) {
            words(unit.name(), names);
            unit.aliases().forEach(alias -> words(alias, names));
        }
        snapshot.units().organizations().forEach(organization -> words(organization, names));
        return word -> names.contains(word.toLowerCase(Locale.ROOT)) || snapshot.usedInLowerCase(word);
    }

    private static void words(String name, Set<String> into) {
        Matcher word = WORD.matcher(name == null ? "" : name);
        while (word.find()) {
            into.add(word.group().toLowerCase(Locale.ROOT));
        }
    }
}
