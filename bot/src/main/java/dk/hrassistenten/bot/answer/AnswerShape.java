package dk.hrassistenten.bot.answer;

import dk.hrassistenten.knowledge.document.DanishDates;
import dk.hrassistenten.knowledge.index.Concept;
import dk.hrassistenten.knowledge.index.QueryPlan;
import dk.hrassistenten.knowledge.index.QueryPlan.AnswerType;
import dk.hrassistenten.knowledge.query.PhraseTable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a quote holds what was asked: a date or a time for "hvornår", a place for "hvor", a number or an
 * amount for "hvor mange", a person or a unit for "hvem", a rule for "må jeg"; and whether it says more than
 * the question's own words. What a question asks for comes from its question words as the shared data file
 * answer-types.tsv lists them (the query plan's answer type, and any other type its words name: "Hvor meget
 * tid må jeg …" asks for an amount and for a rule). The cue words of each shape are data (answer-shapes.tsv,
 * shape-nouns.tsv); only the forms of dates, numbers and addresses are patterns here. Immutable, thread-safe.
 */
public final class AnswerShape {

    /** The question words per answer type, the same data the query planner reads. */
    private static final PhraseTable QUESTION_WORDS = PhraseTable.load(PhraseTable.class, "answer-types.tsv");
    private static final PhraseTable CUES = PhraseTable.load(AnswerShape.class, "answer-shapes.tsv");
    private static final dk.hrassistenten.knowledge.query.HeadNouns NOUNS = dk.hrassistenten.knowledge.query.HeadNouns.load(AnswerShape.class, "shape-nouns.tsv");

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    /** "kl. 14", "8.30", "14:00", "uge 29", "1/5": times and short dates. */
    private static final Pattern TIME = Pattern.compile("(?iu)\\bkl\\.?\\s*\\d{1,2}\\b|\\b\\d{1,2}[:.]\\d{2}\\b(?![.:]\\d)|\\b(uge|week)\\s+\\d{1,2}\\b|\\b\\d{1,2}/\\d{1,2}\\b");
    private static final Pattern ORDINAL_END = Pattern.compile("\\.\\s+\\p{Ll}");
    /** A number standing alone: not the digits of a name such as "3F" or "P2". */
    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)*(?![\\p{L}\\d])");
    /**
     * A sentence that starts with its own numbering ("3.", "2.1") or a list number. At its very start: with the
     * question's words blanked out, "… trækker hver måned 200 tilfældige opslag" would otherwise start with "200".
     */
    private static final Pattern NUMBERING = Pattern.compile("^[ \\t]?\\d+(\\.\\d+)*\\.?(\\s|$)");
    /** A street and number, or a postcode and town: "Skovvej 12", "8000 Aarhus C". */
    private static final Pattern ADDRESS = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+\\s+\\d{1,3}[A-Za-z]?\\b(?=[,\\s]+\\d{4}\\s+\\p{Lu})|\\b\\d{4}\\s+\\p{Lu}\\p{Ll}+");
    /** Two or more capitalised words ("Anne-Marie Holm", "Region Vest"). */
    private static final Pattern CAPITALISED_WORDS = Pattern.compile("\\b\\p{Lu}[\\p{Ll}-]+(\\s+\\p{Lu}[\\p{Ll}-]+)+\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}-]*");
    /** A number, perhaps an ordinal ("hvert 2. år"), right before a unit of time. */
    private static final Pattern DIGITS_AT_END = Pattern.compile("\\d\\.?\\s*$");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}-]*|\\p{N}+");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}§]+)\\.?\\s*$");

    /** The longest inflectional ending told apart from a compound ("-erne", "-ens"). */
    private static final int MAX_ENDING = 4;
    /** The share of a sentence's terms that may come from the question before it only repeats the question. */
    static final double ECHO_SHARE = 0.75;
    /** A sentence needs at least this many terms beyond the question's to say something of its own. */
    static final int MIN_NEW_TERMS = 2;

    /**
     * What a question asks for: the value types among its question words, whether it asks for a rule, and the
     * question's own words (lower case), which are never the value asked for, and for "hvor mange X" the concept
     * of what it counts (X); whether it asks how often ("hvor ofte"), which only a recurrence answers.
     *
     * @param calendar the question asks for a calendar date ("fra hvilken dato"): a period ("12 uger") is no answer
     * @param duration the question asks how long or how soon ("hvor hurtigt"): only a period answers ("inden 3 uger")
     * @param amount the question asks how much ("hvor meget"): with a rule asked too, a rule answers
     * @param deadline the question asks by when ("senest"): a time answers only with a limit ("inden", "senest")
     * @param money the question asks for a sum ("beløbsgrænsen", "hvad koster", "the hourly supplement"): only a sum of
     *              money answers ("150 kr."), not another number in the same sentence ("senest 5 arbejdsdage")
     * @param rate the question asks for a rate or a share ("Hvad var sygefraværet …?"): only a percentage answers
     * @param constrainedByQuestionWords the question words themselves ask for a shape ("hvornår", "må jeg"), not only the
     *              noun after a "hvad er" ("beløbsgrænsen"), which is a weaker sign of what would answer it
     */
    record Asked(Set<AnswerType> values, boolean rule, List<String> questionWords, List<Concept> counted, boolean frequency,
                 boolean calendar, boolean duration, boolean amount, boolean deadline, boolean money, boolean age, boolean rate,
                 boolean constrainedByQuestionWords) {
        Asked {
            values = Set.copyOf(values);
            questionWords = List.copyOf(questionWords);
            counted = List.copyOf(counted);
        }

        /** Whether a quote has to hold anything in particular. */
        boolean constrained() {
            return rule || !values.isEmpty();
        }

    }

    private final Predicate<String> usedInLowerCase;

    /** @param usedInLowerCase whether the documents use a word in lower case (then it is no proper name) */
    public AnswerShape(Predicate<String> usedInLowerCase) {
        this.usedInLowerCase = usedInLowerCase;
    }

    /** The shapes a question asks for: the plan's answer type and every other type its question words name. */
    static Asked asked(QueryPlan plan) {
        Set<AnswerType> types = EnumSet.noneOf(AnswerType.class);
        types.add(plan.answerType());
        Set<AnswerType> byQuestionWords = EnumSet.of(dk.hrassistenten.knowledge.index.QueryPlanner.byQuestionWords(plan.question()));
        for (PhraseTable.Match m : QUESTION_WORDS.all(plan.question())) {
            types.add(AnswerType.valueOf(m.label()));
            byQuestionWords.add(AnswerType.valueOf(m.label()));
        }
        List<Concept> counted = types.contains(AnswerType.NUMBER)
                ? CUES.all(plan.question()).stream().filter(m -> m.label().equals("COUNT_QUESTION")).findFirst().map(m -> countedAfter(plan, m.end()))
                        .orElse(List.of())
                : List.of();
        boolean rule = types.remove(AnswerType.RULE);
        // "Hvad var sygefraværet …?" asks for a number though its question words name none; not "Hvem registrerer fraværet?"
        boolean rate = (plan.answerType() == AnswerType.OTHER || plan.answerType() == AnswerType.NUMBER) && CUES.contains(plan.question(), "RATE_QUESTION");
        if (rate) {
            types.add(AnswerType.NUMBER);
        }
        types.remove(AnswerType.OTHER);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(plan.question());
        while (m.find()) {
            String w = m.group();
            // Content words, numbers and names; not short function words ("hos", "til"), which a place needs.
            if (w.length() >= 4 || Character.isDigit(w.charAt(0)) || Character.isUpperCase(w.charAt(0)) && m.start() > 0) {
                words.add(w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return new Asked(types, rule, words, counted, CUES.contains(plan.question(), "FREQUENCY_QUESTION"),
                CUES.contains(plan.question(), "CALENDAR_QUESTION"), CUES.contains(plan.question(), "DURATION_QUESTION"),
                CUES.contains(plan.question(), "AMOUNT_QUESTION"), CUES.contains(plan.question(), "DEADLINE_QUESTION"),
                types.contains(AnswerType.NUMBER) && dk.hrassistenten.knowledge.index.QueryPlanner.asksForASum(plan.question()),
                CUES.contains(plan.question(), "AGE_QUESTION"), rate,
                rule || types.stream().anyMatch(byQuestionWords::contains));
    }

    /**
     * The concepts of the words right after a count's question words ("hvor mange seniordage"), if the plan has them:
     * the first word and the one right after it, for the counted noun may follow a word that describes it ("hvor mange
     * anmeldte episoder", "hvor mange betalte fridage"), and which of the two is the noun a word list cannot tell.
     */
    private static List<Concept> countedAfter(QueryPlan plan, int end) {
        Matcher next = WORD.matcher(plan.question());
        List<Concept> counted = new ArrayList<>();
        for (int at = end; counted.size() < COUNTED_WORDS && next.find(at); at = next.end()) {
            boolean adjacent = at == end || plan.question().substring(at, next.start()).isBlank();
            if (at == end && CUES.phrases("COUNTER").contains(next.group().toLowerCase(java.util.Locale.ROOT))) {
                return List.of(); // "hvor mange gange": occurrences of what the rest of the question says
            }
            Optional<Concept> concept = conceptOf(plan, next.group());
            if (!adjacent || concept.isEmpty()) {
                break;
            }
            counted.add(concept.get());
        }
        return counted;
    }

    /** How many words after "hvor mange" may name what is counted. */
    private static final int COUNTED_WORDS = 2;

    private static Optional<Concept> conceptOf(QueryPlan plan, String word) {
        // An English phrase is one concept ("how many senior days" counts "senior days").
        return plan.concepts().stream().filter(c -> c.word().equalsIgnoreCase(word)
                || c.word().toLowerCase(java.util.Locale.ROOT).startsWith(word.toLowerCase(java.util.Locale.ROOT) + " ")).findFirst();
    }

    /**
     * Whether a sentence holds what was asked. A question for a value (date, number, place, person) needs the
     * value; a rule answers an amount question that also asks for a rule ("Hvor meget tid må jeg …?" — "der skal
     * aftales vilkår for medgået tid"), since an amount that is agreed case by case is stated as a rule.
     * A question for a rule alone needs a rule; other questions take any sentence.
     */
    boolean fits(Asked asked, String sentence) {
        if (!asked.values().isEmpty()) {
            return holdsAValue(asked, sentence)
                    || asked.rule() && asked.amount() && statesARule(sentence);
        }
        return !asked.rule() || statesARule(sentence);
    }

    /**
     * Whether the sentence holds one of the values asked for (a date, a number, a place, a person or unit) beyond
     * the question's own words: "Fjordby Kommune holder et seminar" does not say where, even though "Kommune" names
     * a place, when the question asks about Fjordby Kommune.
     */
    boolean holdsAValue(Asked asked, String sentence) {
        String rest = withoutQuestionWords(asked, sentence);
        for (AnswerType type : asked.values()) {
            boolean holds = switch (type) {
                case DATE -> asked.frequency() ? CUES.contains(rest, "RECURRENCE")
                        : asked.deadline() && !CUES.contains(sentence, "DEADLINE") ? false
                        : asked.calendar() ? DanishDates.namesADayOfAMonth(rest) : holdsATime(rest, !asked.rule());
                case NUMBER -> asked.rate() ? PERCENTAGE.matcher(rest).find() : asked.age() ? AGE.matcher(rest).find() || hasAPeriod(rest) : asked.duration() ? hasAPeriod(rest)
                        : asked.money() ? SUM.matcher(rest).find() : holdsACount(rest);
                case PLACE -> holdsAPlace(rest);
                case PERSON_OR_UNIT -> namesAPerson(rest) || namesAUnit(rest);
                default -> false;
            };
            if (holds) {
                return true;
            }
        }
        return false;
    }

    /** An age: "fylder 8 år", "under 14 år", "60-årige", "aged 18": a number of years (a thing's age may be a period too). */
    private static final Pattern AGE = Pattern.compile("\\d+\\s*(?:-\\s*)?(?:år\\b|årig|years?\\b)|\\baged?\\s+\\d+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A percentage: "6,8 %", "81 procent". */
    private static final Pattern PERCENTAGE = Pattern.compile("\\d[\\d.,]*\\s*(?:%|procent|pct\\.|percent)", Pattern.CASE_INSENSITIVE);

    /** A sum of money: "150 kr.", "kr. 2.500", "1,5 mio. kr.", "25 procent" of a pay, "DKK 300", "€ 40". */
    private static final Pattern SUM = Pattern.compile(
            "\\d[\\d.,]*\\s*(?:mio\\.?\\s*|mia\\.?\\s*)?(?:kr\\b|kroner|dkk|euro|€)|(?:kr\\.?|dkk|€)\\s*\\d|\\d[\\d.,]*\\s*(?:%|procent)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A date, a time, a period or a recurrence: "1. maj 2026", "i 2007", "kl. 14", "hvert år", "efter et år". A year
     * alone answers when something happened ("Hvornår blev regionen dannet?"), not when the asker must do something
     * ("Hvornår skal jeg melde mig syg?"), so it counts only when {@code yearAlone}.
     */
    static boolean holdsATime(String sentence, boolean yearAlone) {
        return !DanishDates.findAll(sentence).isEmpty() || yearAlone && YEAR.matcher(sentence).find() || TIME.matcher(sentence).find()
                || CUES.contains(sentence, "DATE") || hasAPeriod(sentence);
    }

    /** A number that can answer "hvor mange": not a year, not part of a date, not a section or phone number. */
    static boolean holdsACount(String sentence) {
        StringBuilder withoutDates = new StringBuilder(sentence);
        List<DanishDates.Mention> dates = DanishDates.findAll(sentence);
        for (int i = dates.size() - 1; i >= 0; i--) {
            withoutDates.replace(dates.get(i).start(), dates.get(i).end(), " ");
        }
        String rest = TIME.matcher(withoutDates).replaceAll(" ");
        rest = withoutNumbering(rest);
        Matcher m = DIGITS.matcher(rest);
        while (m.find()) {
            if (YEAR.matcher(m.group()).matches() || isReference(rest.substring(0, m.start())) || isOrdinal(rest, m.end())) {
                continue;
            }
            return true;
        }
        return CUES.contains(rest, "NUMBER") || hasAPeriod(rest);
    }

    /** Whether the number ending here is an ordinal ("det fyldte 60. år", "på 5. sygedag"): a full stop and a lower-case word follow. */
    static boolean isOrdinal(String text, int end) {
        return ORDINAL_END.matcher(text).region(end, text.length()).lookingAt();
    }

    /** Numbering at the start of a sentence ("3.1 Alle …"), which counts nothing. */
    static String withoutNumbering(String sentence) {
        Matcher numbering = NUMBERING.matcher(sentence);
        return numbering.find() ? sentence.substring(numbering.end()) : sentence;
    }

    /** Whether a word is a number that can count: digits that are no year, or a number word ("tre", "et par"). */
    static boolean isACount(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (Character.isDigit(word.charAt(0))) {
            return !YEAR.matcher(word).matches();
        }
        return CUES.contains(word, "NUMBER");
    }

    /** A place: an address, a building or room, a place named after "på"/"i"/"hos" … ("på Rådhuset"). A date is no place. */
    boolean holdsAPlace(String sentence) {
        if (CUES.contains(sentence, "PLACE") || NOUNS.in(sentence, "PLACE_NOUN") || ADDRESS.matcher(sentence).find()) {
            return true;
        }
        for (PhraseTable.Match m : CUES.all(sentence)) {
            if (m.label().equals("PLACE_PREPOSITION") && properNameAt(sentence, m.end())) {
                return true;
            }
        }
        return false;
    }

    /** A unit, a body or a role: "Personaleafdelingen", "din nærmeste leder", "HR", or a name the documents never write in lower case. */
    boolean namesAUnit(String sentence) {
        if (CUES.contains(sentence, "UNIT") || NOUNS.in(sentence, "UNIT_NOUN")) {
            return true;
        }
        Matcher m = CAPITALISED.matcher(sentence);
        while (m.find()) {
            if (m.start() > 0 && !usedInLowerCase.test(m.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence names someone: capitalised words of which at least two the documents never use in
     * lower case ("Jens Ole Hansen", but not "Region Vest" or "Regional Udvikling").
     */
    public boolean namesAPerson(String sentence) {
        Matcher m = CAPITALISED_WORDS.matcher(sentence.length() > 1 ? sentence.substring(1) : sentence);
        while (m.find()) {
            long proper = java.util.Arrays.stream(m.group().split("[\\s-]+")).filter(w -> !usedInLowerCase.test(w)).count();
            if (proper >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence denies something ("hører ikke under HR-afdelingen"). */
    static boolean denies(String sentence) {
        return CUES.contains(sentence, "NEGATION");
    }

    /** A rule, a right or a duty: "skal", "må", "har ret til", "aftales", "mødepligt". */
    static boolean statesARule(String sentence) {
        return CUES.contains(sentence, "RULE") || NOUNS.in(sentence, "RULE_NOUN");
    }

    /**
     * Whether a sentence only repeats the question: most of its terms are the question's, and it has fewer than
     * {@link #MIN_NEW_TERMS} of its own. A heading "Hvornår er der personalemøde?" answers nothing; a sentence
     * that adds the value asked for ("Kantinen holder åbent til kl. 15") is exempt, as is one that states the
     * rule a rule question asks for with a term of its own.
     */
    boolean onlyRepeats(QueryPlan plan, Asked asked, String sentence, Set<String> terms) {
        return onlyRepeats(plan, asked, sentence, terms, terms);
    }

    /** @param beyondQuestion the sentence's terms that the question's own analysed terms do not hold */
    boolean onlyRepeats(QueryPlan plan, Asked asked, String sentence, Set<String> terms, Set<String> beyondQuestion) {
        if (sentence.strip().endsWith("?")) {
            return true; // a question in a document is no answer by itself
        }
        if (!asked.values().isEmpty() && holdsAValue(asked, sentence)) {
            return false;
        }
        List<String> own = new ArrayList<>();
        for (String t : beyondQuestion) {
            if (!mentionedIn(plan, t)) {
                own.add(t);
            }
        }
        if (terms.isEmpty()) {
            return true;
        }
        return own.size() < MIN_NEW_TERMS && (terms.size() - own.size()) >= ECHO_SHARE * terms.size();
    }

    /** The sentence with each word the question uses (also inflected: "Kommunen" for "Kommune") blanked out. */
    static String withoutQuestionWords(Asked asked, String sentence) {
        StringBuilder out = new StringBuilder(sentence);
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        for (int w = 0; w < words.size(); w++) {
            String word = sentence.substring(words.get(w)[0], words.get(w)[1]);
            if (!isQuestionWord(asked, word)) {
                continue;
            }
            // "Åby Station" is another place than the question's "Åby Sygehus": a name the question's word only begins stays.
            if (Character.isUpperCase(word.charAt(0)) && w + 1 < words.size()) {
                String next = sentence.substring(words.get(w + 1)[0], words.get(w + 1)[1]);
                boolean adjacent = sentence.substring(words.get(w)[1], words.get(w + 1)[0]).isBlank();
                if (adjacent && Character.isUpperCase(next.charAt(0)) && !isQuestionWord(asked, next)) {
                    continue;
                }
            }
            for (int i = words.get(w)[0]; i < words.get(w)[1]; i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static boolean isQuestionWord(Asked asked, String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return asked.questionWords().stream().anyMatch(q -> sameWord(q, lower));
    }

    /**
     * Two words are the same when they are one word inflected: beyond what they share, each has at most an ending
     * ("Kommune", "Kommunens"; "seminaret", "seminar"; not "Fjordby", "FjordbyPortalen"; not "medarbejdere",
     * "Medarbejdersiden").
     */
    private static boolean sameWord(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return a.equals(b) || common >= 3 && a.length() - common <= MAX_ENDING && b.length() - common <= MAX_ENDING
                && (common == shorter || common >= 5);
    }

    private static boolean mentionedIn(QueryPlan plan, String term) {
        for (Concept c : plan.concepts()) {
            if (c.terms().contains(term) || c.groups().stream().anyMatch(g -> g.contains(term))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capitalised word that the documents never write in lower case starts at this position (after blanks). */
    private boolean properNameAt(String sentence, int from) {
        int i = from;
        while (i < sentence.length() && Character.isWhitespace(sentence.charAt(i))) {
            i++;
        }
        if (i == from || i >= sentence.length()) {
            return false;
        }
        Matcher m = CAPITALISED.matcher(sentence);
        return m.find(i) && m.start() == i && !usedInLowerCase.test(m.group()) && !CUES.contains(m.group(), "DATE");
    }

    /** A number or quantifier before a unit of time: "3 måneder", "efter et år", "hver uge". */
    private static boolean hasAPeriod(String sentence) {
        for (PhraseTable.Match m : CUES.every(sentence, "PERIOD")) { // "bankdage" is a day of the calendar too
            String before = sentence.substring(0, m.start());
            if (DIGITS_AT_END.matcher(before).find()) {
                return true;
            }
            Matcher word = WORD_BEFORE.matcher(before);
            if (word.find() && (CUES.contains(word.group(1), "NUMBER") || CUES.contains(word.group(1), "QUANTIFIER"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text before a number ends in a word that makes the number a reference ("§ 5", "punkt 3", "tlf. 12 34"). */
    private static boolean isReference(String before) {
        if (before.matches("(?s).*[\\d/-]$")) {
            return true; // a part of a case number or a code: "1-13-3-105-22"
        }
        Matcher m = WORD_BEFORE.matcher(before);
        return m.find() && CUES.contains(m.group(1), "REFERENCE");
    }
}
