package dk.hrassistenten.bot.welcome;

import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.index.Passage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the assistant says when someone first meets it (Slack's App Home tab, Teams on installation): who it is and
 * three questions to try. The questions are the administrator's (HR_ASSISTANT_EXAMPLE_QUESTIONS) or else taken from
 * the documents themselves, so that they are answerable in this organisation: the questions of question-and-answer
 * sections (an FAQ's "Hvor mange dage om ugen må jeg arbejde hjemme?"), spread over the corpus, and only those the
 * assistant answers: an example that gets "Det kan jeg ikke finde" would be a poor first impression. Never passages
 * for an audience (the welcome is shown to everyone) nor superseded ones. The examples are worked out once per
 * snapshot. Thread-safe.
 */
public final class Welcome {

    static final int EXAMPLES = 3;
    /**
     * Longer questions read badly as examples: they are usually two questions in one, or lean on the FAQ's context
     * ("Hvilke eksisterende strategier, rammer og værdier skal det ses i sammenhæng med?").
     */
    private static final int MAX_QUESTION_CHARS = 70;
    private static final int MIN_QUESTION_CHARS = 12;

    private final Supplier<KnowledgeSnapshot> knowledge;
    private final List<String> configured;
    private final Predicate<String> answered;
    /** The examples worked out for the snapshot they were taken from. */
    private volatile Examples cached;

    private record Examples(KnowledgeSnapshot snapshot, List<String> questions) {
    }

    /**
     * @param knowledge the current snapshot, or null while the first index is built
     * @param configured the administrator's example questions; empty to take them from the documents
     * @param answered whether the assistant answers a question from the documents ({@link #answeredBy})
     */
    public Welcome(Supplier<KnowledgeSnapshot> knowledge, List<String> configured, Predicate<String> answered) {
        this.knowledge = knowledge;
        this.configured = List.copyOf(configured);
        this.answered = answered;
    }

    /** A welcome with these questions whatever the documents say (channels' tests, which have no documents). */
    public static Welcome withQuestions(List<String> questions) {
        return new Welcome(() -> null, questions, question -> true);
    }

    /**
     * Whether an assistant answers a question (an answer or a unit, not "not found"). Give it an assistant that keeps
     * nothing about people and counts nothing (no privacy store, no question counter, meters of its own), so that
     * trying the examples leaves no trace in HR's statistics.
     */
    public static Predicate<String> answeredBy(Function<Inbound, Reply> assistant) {
        return question -> {
            ReplyKind kind = assistant.apply(Inbound.of(Channel.CLI, "welcome", question)).kind();
            return kind == ReplyKind.ANSWER || kind == ReplyKind.UNIT;
        };
    }

    /** Up to three questions to try: the configured ones, else the documents'; empty while nothing is indexed. */
    public List<String> examples() {
        if (!configured.isEmpty()) {
            return configured.subList(0, Math.min(EXAMPLES, configured.size()));
        }
        KnowledgeSnapshot snapshot = knowledge.get();
        if (snapshot == null) {
            return List.of();
        }
        Examples examples = cached;
        if (examples == null || examples.snapshot() != snapshot) {
            examples = new Examples(snapshot, fromDocuments(snapshot.passages(), answered));
            cached = examples;
        }
        return examples.questions();
    }

    /**
     * Three questions of question-and-answer sections open to everyone that the assistant answers, spread over those
     * found: the first, the one a third in and the one two thirds in are tried first, then the rest in order.
     */
    static List<String> fromDocuments(List<Passage> passages, Predicate<String> answered) {
        List<String> candidates = candidates(passages);
        int step = Math.max(1, candidates.size() / EXAMPLES);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < EXAMPLES && i * step < candidates.size(); i++) {
            order.add(i * step);
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (!order.contains(i)) {
                order.add(i);
            }
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i : order) {
            if (chosen.size() == EXAMPLES) {
                break;
            }
            if (answered.test(candidates.get(i))) {
                chosen.add(i);
            }
        }
        return chosen.stream().sorted().map(candidates::get).toList();
    }

    /** The questions of question-and-answer sections open to everyone, in the documents' order, each once. */
    static List<String> candidates(List<Passage> passages) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> candidates = new ArrayList<>();
        for (Passage p : passages) {
            if (!p.question() || p.audience() != null || p.newerTitle() != null || p.headings().isEmpty()) {
                continue;
            }
            String question = p.headings().get(p.headings().size() - 1).strip();
            if (question.endsWith("?") && question.length() >= MIN_QUESTION_CHARS && question.length() <= MAX_QUESTION_CHARS
                    && seen.add(question.toLowerCase(Locale.ROOT))) {
                candidates.add(question);
            }
        }
        return candidates;
    }

    /** The welcome as a reply, which every channel renders as it renders help. */
    public Reply reply(Texts texts) {
        List<String> examples = examples();
        StringBuilder text = new StringBuilder(texts.get("welcome.intro"));
        if (!examples.isEmpty()) {
            text.append("\n\n").append(texts.get("welcome.try"));
            examples.forEach(q -> text.append("\n• ").append(q));
        }
        text.append("\n\n").append(texts.get("welcome.help"));
        return Reply.help(text.toString());
    }
}
