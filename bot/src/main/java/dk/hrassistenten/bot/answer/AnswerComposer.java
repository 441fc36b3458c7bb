package dk.hrassistenten.bot.answer;

import dk.hrassistenten.bot.llm.LlmAnswerer;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.index.QueryPlan;
import dk.hrassistenten.knowledge.index.SearchHit;
import java.util.List;
import java.util.Optional;

/**
 * Extractive answers: the best passage's sentences that answer the question, quoted, with their source.
 * A question the passages do not cover well enough, or whose passages hold no sentence of the shape asked
 * for, gets an honest not-found instead of a guess. With a model configured, an answer that exists is also
 * written in plain words from the top passages, cited; a model can improve an answer but never create one the
 * documents do not support.
 *
 * <p>The coordinator of the answer steps: which passages may answer (here), which passage and sentences
 * ({@link SentenceSelector}, with {@link AnswerShape}), the model ({@link ModelAnswerStep}) and the reply's
 * text and sources ({@link AnswerRenderer}). Thread-safe.
 */
public final class AnswerComposer {

    private final ModelAnswerStep model;

    /** @param llm the model's answerer, or null for extractive answers only */
    public AnswerComposer(LlmAnswerer llm) {
        this.model = llm == null ? null : new ModelAnswerStep(llm);
    }

    /** What the kind of question needs a quote to name, beyond the shape its question words ask for. */
    public enum Wanted {
        /** Whatever the question words ask for. */
        ANYTHING,
        /** Who holds a role ("Hvem er formand for …?"): a person's name. */
        A_PERSON,
        /**
         * Who handles a topic, when no unit's tasks cover it: a person or a named unit. "En medarbejder kan få
         * behandling med løn" speaks of the topic but says nothing of who handles it.
         */
        A_HANDLER
    }

    /** The answer, or empty when the corpus does not hold one. */
    public Optional<Reply> answer(KnowledgeSnapshot knowledge, KnowledgeSnapshot.SearchResult result) {
        return answer(knowledge, result, Wanted.ANYTHING);
    }

    /** The answer, or empty when the corpus does not hold one (or no quote names what {@code wanted} asks). */
    public Optional<Reply> answer(KnowledgeSnapshot knowledge, KnowledgeSnapshot.SearchResult result, Wanted wanted) {
        List<SearchHit> hits = result.hits();
        QueryPlan plan = result.plan();
        // The share of the question's weighted concepts a passage must mention to be an answer, as tuned (RankingWeights).
        double minCoverage = knowledge.ranking().minCoverage();
        List<SearchHit> answerable = hits.stream().filter(h -> h.coverage() >= minCoverage).toList();
        if (hits.isEmpty() || hits.get(0).coverage() < minCoverage) {
            return Optional.empty();
        }
        AnswerShape shape = new AnswerShape(knowledge::usedInLowerCase);
        SentenceSelector selector = new SentenceSelector(shape, knowledge.analyzer()::terms);
        Optional<SentenceSelector.Selection> chosen = selector.choose(plan, answerable, wanted == Wanted.A_PERSON);
        if (chosen.isEmpty() || wanted == Wanted.A_HANDLER && !namesAHandler(knowledge, shape, chosen.get().quote())) {
            return Optional.empty();
        }
        if (model != null) {
            Optional<Reply> written = model.write(knowledge, plan, hits, chosen.get().hit(), selector);
            if (written.isPresent()) {
                return written;
            }
        }
        return Optional.of(AnswerRenderer.render(knowledge, plan, answerable, chosen.get()));
    }

    /** Whether the quote names a person or a unit of the directory: someone who can handle something. */
    private static boolean namesAHandler(KnowledgeSnapshot knowledge, AnswerShape shape, List<String> quote) {
        // The leading space: a quoted line may open with the name ("- Ole Hansen"), whose capital then counts.
        return quote.stream().anyMatch(s -> shape.namesAPerson(" " + s.replaceFirst("^[-•*\\s]+", ""))
                || knowledge.units().mentionedIn(s).isPresent());
    }
}
