package dk.hrassistenten.bot.welcome;

import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.reply.Reply;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the assistant says when someone first meets it (Slack's App Home tab, Teams on installation): who it is and
 * three questions to try. The questions are the administrator's (HR_ASSISTANT_EXAMPLE_QUESTIONS) or else the web
 * chat's suggested questions (drawn from the documents and tried, {@code Assistant.suggestions()}), so that they are
 * answerable in this organisation. Thread-safe.
 */
public final class Welcome {

    static final int EXAMPLES = 3;
    /**
     * Longer questions read badly as examples: they are usually two questions in one, or lean on the FAQ's context
     * ("Hvilke eksisterende strategier, rammer og værdier skal det ses i sammenhæng med?").
     */
    static final int MAX_QUESTION_CHARS = 70;

    private final List<String> configured;
    private final Supplier<List<String>> suggested;

    /**
     * @param configured the administrator's example questions; empty to take the suggested ones
     * @param suggested the questions the assistant suggests from the documents (empty while nothing is indexed)
     */
    public Welcome(List<String> configured, Supplier<List<String>> suggested) {
        this.configured = List.copyOf(configured);
        this.suggested = suggested;
    }

    /** A welcome with these questions whatever the documents say (channels' tests, which have no documents). */
    public static Welcome withQuestions(List<String> questions) {
        return new Welcome(questions, List::of);
    }

    /** Up to three questions to try: the configured ones, else the short ones of those suggested. */
    public List<String> examples() {
        List<String> questions = configured.isEmpty()
                ? suggested.get().stream().filter(q -> q.length() <= MAX_QUESTION_CHARS).toList() : configured;
        return questions.subList(0, Math.min(EXAMPLES, questions.size()));
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
