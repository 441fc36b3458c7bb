package dk.hrassistenten.knowledge.units;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases of a text that name a unit: whether words read like a unit's name ("Løn og Personale", "Center for
 * e-læring"), and the name a clause opens or ends with, as statements of renames, transfers and parts use them.
 */
final class NamePhrases {

    static final Set<String> PREPOSITIONS = Set.of("for", "i", "af", "til", "med", "på", "ved", "of");
    static final Set<String> CONNECTORS = Set.of("og", "for", "i", "af", "til", "med", "&", "-", "–", "på", "ved", "de", "of", "and", "the");
    static final int MAX_NAME_WORDS = 8;
    private static final Pattern NAMED_WITHIN = Pattern.compile("^(.+?)\\s+(?:i|under|hos)\\s+(\\p{Lu}\\S*)$");

    /** "Personalejuridisk Team (PJT)": a name's abbreviation in parentheses at its end. */
    static final Pattern ABBREVIATION = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}-]{1,7})\\)\\s*$");

    private final UnitCues cues;

    NamePhrases(UnitCues cues) {
        this.cues = cues;
    }

    /** A phrase naming a unit: "sektionen Centerfælles HR" → "Centerfælles HR"; "Kontoret" alone names none. */
    Optional<String> unitPhrase(String phrase) {
        String p = phrase.strip().replaceAll("^[\"”«»]+|[\"”«»]+$", "").strip();
        String[] words = p.split("\\s+");
        if (words.length >= 2 && Character.isLowerCase(words[0].charAt(0)) && cues.isUnitNoun(words[0])) {
            p = p.substring(words[0].length()).strip(); // "sektionen Centerfælles HR"
        } else if (words.length >= 2 && cues.is("SELF", words[0]) && Character.isUpperCase(words[1].charAt(0))) {
            p = p.substring(words[0].length()).strip(); // "Sektionen Centerfælles HR"
        }
        if (cues.is("SELF", p) || !isNameLike(p)) {
            return Optional.empty();
        }
        // "Helbred og Job i Personaleafdelingen": a unit named with the unit it belongs to
        Matcher within = NAMED_WITHIN.matcher(p);
        if (within.matches() && cues.hasUnitNoun(within.group(2)) && isNameLike(within.group(1)) && !cues.isUnitNoun(within.group(1))) {
            return Optional.of(within.group(1));
        }
        return Optional.of(p);
    }

    /** The unit name a clause ends with: the longest name-like run of words before the cue. */
    Optional<String> trailingName(String before) {
        String b = before.replaceAll("^[\\s\\-⊠•]+", "").strip().replaceAll(",$", "").strip();
        String[] words = b.split("\\s+");
        if (words.length <= 5 && !b.isEmpty() && Character.isUpperCase(b.charAt(0)) && !cues.is("DETERMINER", words[0]) && !b.contains(":")
                && !cues.is("SELF", b) && isNameLike(words[0])) {
            return Optional.of(b); // the whole subject of a rename ("Fysisk Arbejds miljø ændrer navn til …")
        }
        for (int start = Math.max(0, words.length - MAX_NAME_WORDS); start < words.length; start++) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
            Optional<String> name = unitPhrase(candidate);
            if (name.isPresent() && (start == 0 || !Character.isUpperCase(words[start - 1].charAt(0)) || CONNECTORS.contains(words[start - 1]))) {
                return name;
            }
        }
        return Optional.empty();
    }

    /**
     * "Lønkontoret og Refusionsgruppen (lægges sammen og får navnet …)": two units, each named with a unit's noun;
     * "Løn og Personale" is one name.
     */
    List<String> coordinatedUnits(String name) {
        String[] parts = name.split("\\s+(?:og|samt)\\s+");
        boolean two = parts.length == 2 && Arrays.stream(parts).allMatch(p -> cues.hasUnitNoun(p) && isNameLike(p));
        return two ? List.of(parts) : List.of(name);
    }

    /** The longest run of words opening a text that names a unit, each word name-like ("Kørselskontoret og lå …" → "Kørselskontoret"). */
    Optional<String> openingName(String text) {
        String[] words = text.strip().split("[.;:]\\s|,\\s", 2)[0].split("\\s+");
        for (int end = Math.min(words.length, MAX_NAME_WORDS); end >= 1; end--) {
            Optional<String> name = unitPhrase(String.join(" ", Arrays.copyOfRange(words, 0, end)).replaceAll("[,.]$", ""));
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** The unit name a clause starts with: the longest name-like run of words after the cue. */
    Optional<String> leadingName(String after) {
        String a = after.strip();
        a = a.split("[.;:]\\s|[.;:]$|,\\s(?!\\p{Lu})|\\s(?:men|pr\\.|fra|indtil|frem til|til og med|med virkning|per|efter|den \\d)\\s?", 2)[0].strip();
        a = a.replaceAll("^(?:den|det|de|et|en)\\s+", "").replaceAll("^[\"”«]+|[\"”»]+$", "").strip();
        String[] words = a.split("\\s+");
        if (words.length <= 5 && !a.isEmpty() && isNameLike(words[0]) && !cues.is("DETERMINER", words[0]) && !cues.contains("TASK", a)
                && !cues.contains("CLEFT_REL", a) && !a.contains(":") && !CONNECTORS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of(a.replaceAll("[,.]$", "")); // the whole object of a rename ("… til Fælles HR, Arbejds miljø")
        }
        for (int end = Math.min(words.length, MAX_NAME_WORDS); end >= 1; end--) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, 0, end)).replaceAll("[,.]$", "");
            Optional<String> name = unitPhrase(candidate);
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a phrase reads as a name: at most a few words, each capitalised, an abbreviation, a unit noun or
     * a joining word ("Løn og Personale", "Center for HR", "Fælles HR, sekretariatet"), not a sentence.
     */
    boolean isNameLike(String phrase) {
        String p = stripAbbreviation(phrase);
        if (p.isEmpty() || p.length() > 70 || !Character.isUpperCase(firstLetter(p)) || p.contains(":")) {
            return false;
        }
        String[] words = p.split("\\s+");
        if (cues.is("DETERMINER", words[0])) {
            return false;
        }
        if (words.length > MAX_NAME_WORDS) {
            return false;
        }
        // "Center for e-læring", "Sektion for løn og personale": after a unit noun and "for" the words are free.
        // Not "og": "Lønkontoret og Refusionsgruppen lægges sammen" joins two names, not a name and its field.
        boolean nounFor = words.length >= 3 && cues.isUnitNoun(words[0]) && PREPOSITIONS.contains(words[1].toLowerCase(java.util.Locale.ROOT));
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        if (CONNECTORS.contains(last) || cues.is("DETERMINER", last)) {
            return false;
        }
        if (nounFor) {
            return words.length <= 6 && !p.endsWith(",") && !p.contains(". ") && !cues.contains("TASK", p) && !cues.contains("LEADER", p)
                    && !cues.contains("PART_OF", p) && !cues.contains("LOCATION", p);
        }
        int content = 0;
        for (String raw : words) {
            String w = raw.replaceAll("^[\"(]+|[\",)]+$", "");
            if (w.isEmpty()) {
                continue;
            }
            if (CONNECTORS.contains(w.toLowerCase(java.util.Locale.ROOT)) || w.endsWith("-")) {
                continue;
            }
            char c = w.charAt(0);
            if (Character.isUpperCase(c) || Character.isDigit(c) || cues.isUnitNoun(w)) {
                content++;
                continue;
            }
            return false;
        }
        return content > 0 && !cues.is("SELF", p) && !p.endsWith(",");
    }

    /** The name without an abbreviation in parentheses at its end: "Personalejuridisk Team (PJT)" → "Personalejuridisk Team". */
    static String stripAbbreviation(String name) {
        return ABBREVIATION.matcher(name).replaceFirst("").strip();
    }

    /** The first letter or digit of a text ("»Løn og Tid«" → 'L'), or a space when it has none. */
    static char firstLetter(String s) {
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
        }
        return ' ';
    }
}
