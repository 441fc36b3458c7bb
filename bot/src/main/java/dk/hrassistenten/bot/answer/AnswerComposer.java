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

    /** The answer, or empty when the corpus does not hold one. */
    public Optional<Reply> answer(KnowledgeSnapshot knowledge, KnowledgeSnapshot.SearchResult result) {
        return answer(knowledge, result, false);
    }

    /**
     * The answer, or empty when the corpus does not hold one.
     *
     * @param needsAName the question asks who holds a role (its intent says so): only a passage naming a person answers
     */
    public Optional<Reply> answer(KnowledgeSnapshot knowledge, KnowledgeSnapshot.SearchResult result, boolean needsAName) {
        List<SearchHit> hits = result.hits();
        QueryPlan plan = result.plan();
        // The share of the question's weighted concepts a passage must mention to be an answer, as tuned (RankingWeights).
        double minCoverage = knowledge.ranking().minCoverage();
        List<SearchHit> answerable = hits.stream().filter(h -> h.coverage() >= minCoverage).toList();
        if (hits.isEmpty() || hits.get(0).coverage() < minCoverage) {
            return Optional.empty();
        }
        SentenceSelector selector = new SentenceSelector(new AnswerShape(knowledge::usedInLowerCase), knowledge.analyzer()::terms);
        Optional<SentenceSelector.Selection> chosen = selector.choose(plan, answerable, needsAName);
        if (chosen.isEmpty()) {
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
}
