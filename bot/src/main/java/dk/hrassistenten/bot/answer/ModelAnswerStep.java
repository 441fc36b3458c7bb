package dk.hrassistenten.bot.answer;

import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.llm.LlmAnswerer;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.Source;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.index.QueryPlan;
import dk.hrassistenten.knowledge.index.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The optional model step: once the documents hold an answer, a model writes it in plain words from the top
 * passages, with the quotes and sources it cites. It runs only after the extractive step found an answer, so a
 * model can improve an answer but never create one the documents do not support. Thread-safe if the answerer is.
 */
final class ModelAnswerStep {

    /** Passages covering at least this much of the question go to the model as context. */
    static final double MODEL_CONTEXT_COVERAGE = 0.3;
    static final int MODEL_PASSAGES = 5;

    private final LlmAnswerer llm;

    ModelAnswerStep(LlmAnswerer llm) {
        this.llm = java.util.Objects.requireNonNull(llm, "llm");
    }

    /**
     * The model's answer with the quotes it rests on and their sources, or empty to keep the extractive answer.
     *
     * @param hits every hit of the search, best first
     * @param best the hit the extractive answer quotes
     */
    Optional<Reply> write(KnowledgeSnapshot knowledge, QueryPlan plan, List<SearchHit> hits, SearchHit best, SentenceSelector selector) {
        Texts texts = Texts.of(plan.english());
        List<SearchHit> context = new ArrayList<>(List.of(best));
        hits.stream().filter(h -> h != best && h.coverage() >= MODEL_CONTEXT_COVERAGE).limit(MODEL_PASSAGES - 1).forEach(context::add);
        Optional<LlmAnswerer.ModelAnswer> answer = llm.write(plan.question(), context.stream().map(SearchHit::passage).toList(), knowledge.analyzer());
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        AnswerShape.Asked asked = selector.asked(plan);
        StringBuilder text = new StringBuilder(answer.get().text()).append("\n");
        List<Source> sources = new ArrayList<>();
        List<String> citations = new ArrayList<>();
        for (int index : answer.get().cited()) {
            SearchHit hit = context.get(index);
            List<String> quote = selector.select(plan, asked, hit);
            if (quote.isEmpty()) {
                quote = List.of(Sources.firstSentence(hit.passage().text()));
            }
            quote.forEach(s -> text.append("\n> ").append(s));
            Source source = Sources.of(hit.passage(), String.join(" ", quote));
            sources.add(source);
            citations.add("[" + (index + 1) + "] " + Sources.cite(source));
        }
        text.append("\n\n").append(texts.get("source")).append(": ").append(String.join("; ", citations));
        AnswerRenderer.notes(knowledge, plan.question(), context.get(answer.get().cited().get(0)).passage(), texts, text);
        return Optional.of(Reply.answer(text.toString().strip(), sources));
    }
}
