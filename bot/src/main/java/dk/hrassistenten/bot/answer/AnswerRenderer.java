package dk.hrassistenten.bot.answer;

import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.Source;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.index.Passage;
import dk.hrassistenten.knowledge.index.QueryPlan;
import dk.hrassistenten.knowledge.index.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes an extractive answer: the quote, where it comes from, notes on another organisation's or a superseded
 * source, and the other passages that say much the same. Stateless and thread-safe.
 */
final class AnswerRenderer {

    static final int MAX_SOURCES = 3;
    /** Another answerable passage is listed as a source when its score comes this close to the quoted one's. */
    static final double OTHER_SOURCE_SCORE = 0.6;

    private AnswerRenderer() {
    }

    /**
     * @param answerable the hits that cover the question well enough to answer it, best first; the chosen one among them
     */
    static Reply render(KnowledgeSnapshot knowledge, QueryPlan plan, List<SearchHit> answerable, SentenceSelector.Selection chosen) {
        Texts texts = Texts.of(plan.english());
        SearchHit best = chosen.hit();
        Passage p = best.passage();
        List<Source> sources = new ArrayList<>();
        sources.add(Sources.of(p, String.join(" ", chosen.quote())));
        for (SearchHit other : answerable) {
            if (sources.size() >= MAX_SOURCES) {
                break;
            }
            if (other == best) {
                continue;
            }
            boolean samePlace = sources.stream().anyMatch(s -> s.path().equals(other.passage().path()) && s.section().equals(other.passage().section()));
            if (!samePlace && other.score() >= OTHER_SOURCE_SCORE * best.score()) {
                sources.add(Sources.of(other.passage(), Sources.firstSentence(other.passage().text())));
            }
        }
        StringBuilder text = new StringBuilder();
        if (plan.english()) {
            text.append(texts.get("answer.intro", p.title())).append('\n');
        }
        chosen.quote().forEach(s -> text.append("> ").append(s).append('\n'));
        text.append('\n').append(texts.get("source")).append(": ").append(Sources.cite(sources.get(0)));
        notes(knowledge, plan.question(), p, texts, text);
        if (sources.size() > 1) {
            text.append('\n').append(texts.get("sources_more")).append(": ")
                    .append(String.join("; ", sources.subList(1, sources.size()).stream().map(Sources::cite).toList()));
        }
        return Reply.answer(text.toString().strip(), sources);
    }

    /**
     * Notes below an answer: the source is another organisation's than the corpus's main one (unless the question
     * asked about that organisation), or a newer document supersedes it.
     */
    static void notes(KnowledgeSnapshot knowledge, String question, Passage p, Texts texts, StringBuilder text) {
        String main = knowledge.mainOrganization();
        boolean askedAboutIt = p.organization() != null
                && (knowledge.organizationsNamedIn(question).contains(p.organization()) || question.contains(p.organization()));
        if (main != null && p.organization() != null && !Objects.equals(main, p.organization()) && !askedAboutIt) {
            text.append('\n').append(texts.get("note.other_org", p.organization(), main));
        }
        if (p.superseded()) {
            String from = p.newerDate() == null ? "" : texts.get("note.superseded.from", Sources.date(p.newerDate()));
            text.append('\n').append(texts.get("note.superseded", p.newerTitle(), from));
        }
    }
}
