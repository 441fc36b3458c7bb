package dk.hrassistenten.bot.suggest;

import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.index.Passage;
import dk.hrassistenten.knowledge.units.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A few questions to offer on an empty chat, taken from the documents themselves: the questions their own headings ask
 * (an FAQ's "Hvor mange dage om ugen må jeg arbejde hjemme?"), and "Hvem håndterer …?" for a task the unit directory
 * lists ("lønforhandling"). Only questions the assistant actually answers are offered, so a suggestion never leads to
 * "Det kan jeg ikke finde". Nothing here is written for one organisation's documents.
 */
public final class SuggestedQuestions {

    /** How many are offered. */
    public static final int COUNT = 4;
    /** Candidates of each kind tried at most, so that a large corpus costs no more than a small one. */
    private static final int CANDIDATES = 40;
    /** A heading that ends in a pronoun leans on the text around it ("Hvordan implementeres det?"). */
    private static final Pattern LEANING = Pattern.compile("(?iu)\\b(det|den|dem|de|dette|disse|it|they|them|this)\\?$");
    /**
     * A task word is one word, lower case after its first letter, long enough to be a topic of its own rather than a
     * general word ("lønforhandling", "overenskomstfortolkning", not "service").
     */
    private static final Pattern TASK_WORD = Pattern.compile("[\\p{Lu}\\p{Ll}][\\p{Ll}-]{7,29}");
    /** A list inside a task line: "(personalesager, lønforhandling, …)". */
    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]+)\\)");
    /** An item of a numbered list inside a task line: "5) Overenskomstfortolkning,". */
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,2}\\)\\s*([^,;.()]+)");
    private static final Pattern ITEM_BREAK = Pattern.compile("[,;]|\\s(?:samt|og|and)\\s");

    private SuggestedQuestions() {
    }

    /**
     * @param answered whether the assistant answers a question from the documents (not a not-found); called for each
     *     candidate until enough are found
     * @return at most {@link #COUNT} questions, FAQ headings and who-handles questions in turn, in the documents' order
     */
    public static List<String> of(KnowledgeSnapshot snapshot, Predicate<String> answered) {
        List<String> headings = headings(snapshot).stream().limit(CANDIDATES).toList();
        List<String> tasks = taskWords(snapshot).stream().limit(CANDIDATES).map(w -> "Hvem håndterer " + w + "?").toList();
        List<String> chosen = new ArrayList<>();
        int h = 0;
        int t = 0;
        while (chosen.size() < COUNT && (h < headings.size() || t < tasks.size())) {
            boolean headingsTurn = chosen.size() % 2 == 0 ? h < headings.size() : t >= tasks.size();
            String candidate = headingsTurn ? headings.get(h++) : tasks.get(t++);
            if (answered.test(candidate)) {
                chosen.add(candidate);
            }
        }
        return List.copyOf(chosen);
    }

    /**
     * The questions the documents' headings ask, one per document first (so that one long FAQ does not fill the list),
     * never from a document kept for an audience.
     */
    static List<String> headings(KnowledgeSnapshot snapshot) {
        Map<String, List<String>> byDocument = new LinkedHashMap<>();
        for (Passage p : snapshot.passages()) {
            if (p.audience() != null) {
                continue;
            }
            String[] path = p.section().split(" › ");
            String heading = path[path.length - 1].strip();
            if (heading.endsWith("?") && heading.length() >= 15 && heading.length() <= 90 && Character.isUpperCase(heading.charAt(0))
                    && !LEANING.matcher(heading).find()) {
                List<String> ofDocument = byDocument.computeIfAbsent(p.path(), k -> new ArrayList<>());
                if (!ofDocument.contains(heading)) {
                    ofDocument.add(heading);
                }
            }
        }
        List<String> spread = new ArrayList<>();
        for (int round = 0; spread.size() < CANDIDATES; round++) {
            boolean any = false;
            for (List<String> ofDocument : byDocument.values()) {
                if (round < ofDocument.size()) {
                    spread.add(ofDocument.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return spread;
    }

    /**
     * Topics the units' task lists name in one word, each once, in the directory's order: a task line that is one word
     * ("Overenskomstfortolkning"), and the items of a list in brackets or numbered inside a task line
     * ("… (personalesager, lønforhandling, lønfastsættelse)", "1) Data …, 5) Overenskomstfortolkning"). The units' own
     * names are no topic.
     */
    static List<String> taskWords(KnowledgeSnapshot snapshot) {
        Set<String> unitWords = new java.util.HashSet<>();
        for (Unit unit : snapshot.units().units()) {
            for (String part : (unit.name() + " " + String.join(" ", unit.aliases())).split("[\\s,]+")) {
                unitWords.add(part.toLowerCase(Locale.ROOT));
            }
        }
        Set<String> words = new LinkedHashSet<>();
        for (Unit unit : snapshot.units().units()) {
            for (Unit.Task task : unit.tasks()) {
                List<String> items = new ArrayList<>();
                items.add(task.text().strip().replaceFirst("\\.$", ""));
                BRACKETS.matcher(task.text()).results().forEach(m -> items.addAll(List.of(ITEM_BREAK.split(m.group(1)))));
                NUMBERED.matcher(task.text()).results().forEach(m -> items.add(m.group(1)));
                for (String item : items) {
                    String word = item.strip();
                    if (TASK_WORD.matcher(word).matches()) {
                        String topic = Character.toLowerCase(word.charAt(0)) + word.substring(1);
                        if (!unitWords.contains(topic)) {
                            words.add(topic);
                        }
                    }
                }
            }
        }
        return List.copyOf(words);
    }
}
