package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the unit a sentence makes the doer of something: the subject of a task verb or of a verb in the present
 * tense, the focus of a cleft sentence, the agent of a passive one, a name in apposition or before a relative clause.
 */
final class SentenceSubjects extends ExtractionReader {
    private final HrAnalyzer analyzer;

    SentenceSubjects(ExtractionContext ctx) {
        super(ctx);
        this.analyzer = ctx.analyzer;
    }

    /** "… er det Lønbutikken, du skal ringe til", "Det er Rejse og Befordring, der udsteder …" → the name in focus. */
    Optional<String> focus(String sentence) {
        for (UnitCues.Found open : cues.all("CLEFT", sentence)) {
            String lead = sentence.substring(0, open.start()).strip();
            if (!lead.isEmpty() && !lead.endsWith(",") && !lead.endsWith(", og") && !lead.endsWith(", men")) {
                continue; // "det er" inside a clause of its own
            }
            String rest = sentence.substring(open.end()).strip().replaceFirst("^(?:også|altid|fortsat|stadig)\\s+", "");
            int comma = rest.indexOf(", ");
            if (comma > 0) {
                Optional<String> name = names.unitPhrase(rest.substring(0, comma));
                if (name.isPresent() && !ctx.isPerson(name.get())) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Lønbutikken udbetaler lønnen …": a sentence opening with a name and its verb (present tense), when the
     * document writes the name capitalised inside a sentence too, so that it is a proper name ("Lønnen" is not).
     */
    Optional<String> properSubject(String sentence) {
        String[] words = sentence.strip().split("\\s+");
        int verb = 0;
        while (verb < words.length && (Character.isUpperCase(words[verb].codePointAt(0)) || NamePhrases.CONNECTORS.contains(words[verb]))) {
            verb++;
        }
        if (verb == 0 || verb >= words.length || !words[verb].matches("\\p{Ll}+r") || HrAnalyzer.isStopWord(words[0].toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, verb));
        Optional<String> phrase = names.unitPhrase(name);
        return phrase.filter(n -> !ctx.isPerson(n) && !cues.is("SELF", n)
                && Pattern.compile("\\p{Ll},?\\s+" + Pattern.quote(n) + "(?![\\p{L}])").matcher(ctx.documentText()).find());
    }

    /** "Det nye team Lederrådgivningen rådgiver …": a name in apposition to a unit noun is a unit's. */
    Optional<String> apposedSubject(String sentence) {
        Matcher m = APPOSED.matcher(sentence.strip());
        if (!m.lookingAt() || !cues.isUnitNoun(m.group(1)) || cues.first("TASK", sentence).isEmpty()) {
            return Optional.empty();
        }
        Optional<UnitCues.Found> verb = cues.first("TASK", sentence.strip());
        if (verb.get().start() <= m.end()) {
            return Optional.empty();
        }
        return names.unitPhrase(sentence.strip().substring(m.end(), verb.get().start()));
    }

    static final Pattern APPOSED = Pattern.compile("(?iu)(?:det|den|vores)\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}+)\\s+(?=\\p{Lu})");

    /** "Det er HR-jura, der rådgiver om …" → "HR-jura". */
    Optional<String> cleft(String sentence) {
        Optional<UnitCues.Found> open = cues.atStart("CLEFT", sentence);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        // "Det er også Læringsværkstedet, der …": an adverb before the name in focus
        String rest = sentence.substring(open.get().end()).replaceFirst("^\\s*(?:også|altid|fortsat|stadig|desuden)\\s+", " ");
        for (UnitCues.Found rel : cues.all("CLEFT_REL", rest)) {
            String before = rest.substring(0, rel.start()).strip().replaceAll(",$", "").strip();
            Optional<String> name = names.unitPhrase(before);
            if (name.isPresent() && (cues.contains("TASK", rest.substring(rel.end())) || cues.contains("TASK_LIST", rest.substring(rel.end())))) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** "Lønteamet står for …" → "Lønteamet": all words before the first task verb name a unit. */
    Optional<String> subjectOfTask(String sentence) {
        Optional<UnitCues.Found> verb = cues.first("TASK", sentence);
        int at = verb.map(UnitCues.Found::start).orElseGet(() -> presentVerbAfterName(sentence));
        if (at <= 0) {
            return Optional.empty();
        }
        String before = sentence.substring(0, at).strip();
        before = before.substring(before.lastIndexOf(": ") + 1).strip();
        before = before.replaceAll("\\s+(?:desuden|også|bl\\.a\\.|blandt andet|primært|fortsat|endvidere|derudover|samtidig)$", "");
        return names.unitPhrase(before);
    }

    /**
     * "Adgangskontrol Klintevig udleverer ID-kort …": where a capitalised name opens the sentence and the first word
     * after it is a verb in the present tense, that verb's position; -1 otherwise. The verbs a unit does its work
     * with are an open class, so the dictionary tells them, not a list: a word ending in "r" whose lemma is it
     * without the "r" and that lemma has a past participle ("udlevere" → "udleveret", "slå" → "slået").
     */
    private int presentVerbAfterName(String sentence) {
        Matcher m = NAME_THEN_WORD.matcher(sentence);
        if (!m.lookingAt() || HrAnalyzer.isStopWord(m.group(1).split("\\s+")[0].toLowerCase(java.util.Locale.ROOT))
                || RenameStatements.STATEMENT_CUES.stream().anyMatch(label -> cues.contains(label, sentence)) || NAMING.matcher(sentence).find()) {
            return -1; // "Under HR Klintevig ligger …", "Gruppen fortsætter under navnet …": no task
        }
        return isPresentTense(m.group(2)) ? m.start(2) : -1;
    }

    private static final Pattern NAMING = Pattern.compile("(?iu)(?<!\\p{L})navn(?:et|e)?(?!\\p{L})");

    /** A name of capitalised words (with "og", "for", "i" inside), then a lower-case word. */
    private static final Pattern NAME_THEN_WORD = Pattern.compile(
            "\\s*(\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:og|for|i|til|&)\\s+)?\\p{Lu}[\\p{L}-]*)*)\\s+(\\p{Ll}+)\\b");

    /** "udleverer", "vaccinerer", "slår": a verb in the present tense, by the dictionary's lemmas. */
    boolean isPresentTense(String word) {
        if (analyzer == null || word.length() < 4 || !word.endsWith("r") || HrAnalyzer.isStopWord(word)) {
            return false;
        }
        String infinitive = word.substring(0, word.length() - 1);
        // a past form the dictionary knows: "-ede"/"-et" ("registrerede"), or "-te" of a verb in "-e" ("raskmeldte")
        String stem = infinitive.endsWith("e") ? infinitive.substring(0, infinitive.length() - 1) : infinitive;
        return analyzer.lemmas(word).contains(infinitive)
                && (analyzer.isDictionaryWord(infinitive + "t") || analyzer.isDictionaryWord(infinitive + "et") || analyzer.isDictionaryWord(infinitive + "de")
                || analyzer.isDictionaryWord(stem + "te"));
    }

    /** "Opgaven varetages af Sektion for Rekruttering." → "Sektion for Rekruttering". */
    Optional<String> agent(String sentence) {
        Optional<UnitCues.Found> verb = cues.first("PASSIVE", sentence);
        if (verb.isEmpty()) {
            return Optional.empty();
        }
        String after = sentence.substring(verb.get().end()).strip().replaceAll("[.!]+$", "");
        after = after.split(",\\s|\\s(?:og|samt|i samarbejde)\\s", 2)[0];
        return names.unitPhrase(after);
    }

    /**
     * "Du arbejder tæt sammen med Produktionskontoret, som lægger prøveplanerne …": a unit followed by a relative
     * clause in the present tense is the doer of that clause.
     */
    Optional<String> relativeDoer(String sentence, String org, String department) {
        Matcher m = RELATIVE_DOER.matcher(sentence);
        while (m.find()) {
            if (NOT_DOING.contains(m.group(2))) {
                continue;
            }
            Optional<String> name = names.trailingName(m.group(1));
            if (name.isPresent() && !ctx.isPerson(name.get()) && ctx.unitLike(name.get(), org, department)) {
                return name;
            }
        }
        return Optional.empty();
    }

    private static final Pattern RELATIVE_DOER = Pattern.compile("(\\p{Lu}[\\p{L}-]*(?:\\s+(?:og\\s+|&\\s+)?\\p{Lu}[\\p{L}-]*)*),\\s+(?:som|der)\\s+(?:også\\s+|nu\\s+)?(\\p{Ll}+r)\\b");
    /** Verbs of a relative clause that say what a unit is or where it belongs, not what it does. */
    private static final Set<String> NOT_DOING = Set.of("er", "har", "var", "hører", "ligger", "hedder", "bliver", "refererer", "tilhører");
}
