package dk.hrassistenten.bot.answer;

import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.intent.WhoQuestion;
import dk.hrassistenten.bot.llm.LlmAnswerer;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.Source;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.analysis.Sentences;
import dk.hrassistenten.knowledge.document.DanishDates;
import dk.hrassistenten.knowledge.index.Passage;
import dk.hrassistenten.knowledge.index.PassageTerms;
import dk.hrassistenten.knowledge.index.QueryPlan;
import dk.hrassistenten.knowledge.index.SearchHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extractive answers: the best passage's sentences that answer the question, quoted, with their source.
 * A question the passages do not cover well enough gets an honest not-found instead of a guess. With a
 * model configured, an answer that exists is also written in plain words from the top passages, cited;
 * a model can improve an answer but never create one the documents do not support.
 */
public final class AnswerComposer {

    /** Passages covering at least this much of the question go to the model as context. */
    private static final double MODEL_CONTEXT_COVERAGE = 0.3;
    private static final int MODEL_PASSAGES = 5;

    private final LlmAnswerer llm;

    /** @param llm the model's answerer, or null for extractive answers only */
    public AnswerComposer(LlmAnswerer llm) {
        this.llm = llm;
    }

    private static final int MAX_SENTENCES = 3;
    /**
     * When a section's headings alone cover this much of the question, the question asks what the section
     * says ("Hvad blev der orienteret om vedrørende ledelsestitler?"): its opening is the answer, not a
     * sentence that happens to repeat the question's words.
     */
    private static final double SECTION_ABOUT_QUESTION = 0.8;
    /** Questions that ask what a section says as a whole, not for one fact in it. */
    private static final Pattern SUMMARY_QUESTION = Pattern.compile("(?iu)\\bhvad\\s+(blev\\s+der|er\\s+der\\s+blevet|har\\s+\\p{L}+)\\s+"
            + "(orienteret|drøftet|besluttet|fremlagt|sagt|konkluderet)|\\bhvad\\s+(handler|går|siger)\\b|\\bwhat\\s+(was|were|is)\\s+.*\\b(discussed|decided|said|reported|about)\\b");
    /** A person named in a sentence: two capitalised words ("Anne-Marie Holm"), for "hvem"-questions answered from text. */
    private static final Pattern PERSON = Pattern.compile("\\b\\p{Lu}[\\p{Ll}-]+(\\s+\\p{Lu}[\\p{Ll}-]+)+\\b");
    private static final int MAX_QUOTE_CHARS = 700;
    /** How close to the best passage's score a passage that names a person must come to be preferred for "hvem". */
    private static final double PERSON_PREFERENCE = 0.6;
    /** A quoted sentence that ends in a colon brings the list below it, up to this many items. */
    private static final int MAX_LIST_ITEMS = 8;
    private static final int MAX_LIST_ITEM_CHARS = 160;
    private static final int MAX_SOURCES = 3;
    /** What answers "when" short of a full date: a year, a month, a weekday, a half-year, a season. */
    private static final Pattern DATE_WORDS = Pattern.compile("(?iu)\\b((19|20)\\d{2}|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
            + "|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|forår(et)?|sommer(en)?|efterår(et)?|vinter(en)?|halvår|kvartal|uge \\d+|\\d{1,2}[./]\\d{1,2}"
            + "|(et|en|\\d+|to|tre|fire|fem|seks|hvert|hver|om|efter)\\s+(år|måned(er)?|uger?|dage)|årligt|månedligt|ugentligt|dagligt)\\b");
    private static final Pattern NUMBER = Pattern.compile("(?iu)\\b\\d+\\b|\\b(én|et par|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tyve|hundrede|tusind)\\b");
    /** "Må jeg …?", "Skal jeg …?": the question asks for a rule. */
    private static final Pattern ASKS_FOR_A_RULE = Pattern.compile("(?iu)\\b(må|kan|skal|bør)\\s+(jeg|vi|man|medarbejdere|ledere)\\b|\\bhar\\s+(jeg|vi|man)\\s+ret\\b"
            + "|\\ber\\s+det\\s+tilladt\\b|\\b(may|can|must|should)\\s+(i|we|employees)\\b|\\b(allowed|entitled|required)\\b");
    /** Sentences that state a rule, a right or a responsibility. */
    private static final Pattern STATES_A_RULE = Pattern.compile("(?iu)\\b(skal|må|bør|aftales|aftale[rs]?|ret\\s+til|pligt\\w*|krav\\w*|\\w*ansvar\\w*|tilladt|forpligte\\w*|kræve[rs]?|regler?)\\b");

    /** The answer, or empty when the corpus does not hold one. */
    public Optional<Reply> answer(KnowledgeSnapshot knowledge, KnowledgeSnapshot.SearchResult result) {
        List<SearchHit> hits = result.hits();
        QueryPlan plan = result.plan();
        double minCoverage = knowledge.ranking().minCoverage();
        if (hits.isEmpty() || hits.get(0).coverage() < minCoverage) {
            return Optional.empty();
        }
        SearchHit best = null;
        List<String> quote = List.of();
        for (SearchHit hit : hits) {
            if (hit.coverage() < minCoverage) {
                continue;
            }
            List<String> candidate = selectSentences(plan, hit);
            if (best != null) {
                // A "hvem"-question answered from text: a nearly as good passage that names a person beats one that does not.
                if (hit.score() >= PERSON_PREFERENCE * best.score() && !candidate.isEmpty() && namesAPerson(candidate, knowledge)) {
                    best = hit;
                    quote = candidate;
                    break;
                }
                continue;
            }
            if (!candidate.isEmpty() && hasTheAnswersShape(plan, candidate)
                    && (!WhoQuestion.asksForARolesHolder(plan.question()) || namesAPerson(candidate, knowledge))) {
                best = hit;
                quote = candidate;
                if (plan.answerType() != QueryPlan.AnswerType.PERSON_OR_UNIT || namesAPerson(candidate, knowledge)) {
                    break;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Texts texts = Texts.of(plan.english());
        if (llm != null) {
            Optional<Reply> written = written(knowledge, plan, hits, best, texts);
            if (written.isPresent()) {
                return written;
            }
        }
        Passage p = best.passage();
        List<Source> sources = new ArrayList<>();
        sources.add(Sources.of(p, String.join(" ", quote)));
        for (SearchHit other : hits) {
            if (other == best) {
                continue;
            }
            if (sources.size() >= MAX_SOURCES) {
                break;
            }
            boolean samePlace = sources.stream().anyMatch(s -> s.path().equals(other.passage().path()) && s.section().equals(other.passage().section()));
            if (!samePlace && other.coverage() >= knowledge.ranking().minCoverage() && other.score() >= 0.6 * best.score()) {
                sources.add(Sources.of(other.passage(), firstSentence(other.passage().text())));
            }
        }
        StringBuilder text = new StringBuilder();
        if (plan.english()) {
            text.append(texts.get("answer.intro", p.title())).append('\n');
        }
        quote.forEach(s -> text.append("> ").append(s).append('\n'));
        text.append('\n').append(texts.get("source")).append(": ").append(Sources.cite(sources.get(0)));
        notes(knowledge, p, texts, text);
        if (sources.size() > 1) {
            text.append('\n').append(texts.get("sources_more")).append(": ")
                    .append(String.join("; ", sources.subList(1, sources.size()).stream().map(Sources::cite).toList()));
        }
        return Optional.of(Reply.answer(text.toString().strip(), sources));
    }

    /** The model's answer with the quotes it rests on and their sources, or empty to keep the extractive answer. */
    private Optional<Reply> written(KnowledgeSnapshot knowledge, QueryPlan plan, List<SearchHit> hits, SearchHit best, Texts texts) {
        List<SearchHit> context = new ArrayList<>(List.of(best));
        hits.stream().filter(h -> h != best && h.coverage() >= MODEL_CONTEXT_COVERAGE).limit(MODEL_PASSAGES - 1).forEach(context::add);
        Optional<LlmAnswerer.ModelAnswer> answer = llm.write(plan.question(), context.stream().map(SearchHit::passage).toList(), knowledge.analyzer());
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(answer.get().text()).append("\n");
        List<Source> sources = new ArrayList<>();
        List<String> citations = new ArrayList<>();
        for (int index : answer.get().cited()) {
            SearchHit hit = context.get(index);
            List<String> quote = selectSentences(plan, hit);
            if (quote.isEmpty()) {
                quote = List.of(firstSentence(hit.passage().text()));
            }
            quote.forEach(s -> text.append("\n> ").append(s));
            Source source = Sources.of(hit.passage(), String.join(" ", quote));
            sources.add(source);
            citations.add("[" + (index + 1) + "] " + Sources.cite(source));
        }
        text.append("\n\n").append(texts.get("source")).append(": ").append(String.join("; ", citations));
        notes(knowledge, context.get(answer.get().cited().get(0)).passage(), texts, text);
        return Optional.of(Reply.answer(text.toString().strip(), sources));
    }

    private static void notes(KnowledgeSnapshot knowledge, Passage p, Texts texts, StringBuilder text) {
        String main = knowledge.mainOrganization();
        if (main != null && p.organization() != null && !Objects.equals(main, p.organization())) {
            text.append('\n').append(texts.get("note.other_org", p.organization(), main));
        }
        if (p.superseded()) {
            String from = p.newerDate() == null ? "" : texts.get("note.superseded.from", Sources.date(p.newerDate()));
            text.append('\n').append(texts.get("note.superseded", p.newerTitle(), from));
        }
    }

    /**
     * The sentences of the passage that cover the question best, in document order. The passage's
     * headings count for every sentence: an answer below a question heading need not repeat it.
     */
    List<String> selectSentences(QueryPlan plan, SearchHit hit) {
        Passage p = hit.passage();
        PassageTerms analysed = hit.terms();
        List<String> sentences = analysed.sentences();
        if (p.question() && p.text().length() <= MAX_QUOTE_CHARS) {
            return sentences;
        }
        Set<String> headingTerms = analysed.context();
        if (SUMMARY_QUESTION.matcher(plan.question()).find() && plan.coverage(analysed.headings()) >= SECTION_ABOUT_QUESTION) {
            return opening(sentences);
        }
        boolean asksForRule = ASKS_FOR_A_RULE.matcher(plan.question()).find();
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            Set<String> terms = new HashSet<>(analysed.sentenceTerms().get(i));
            double own = plan.coverage(terms);
            terms.addAll(headingTerms);
            double score = plan.coverage(terms) * 0.5 + own * 0.5 + fitsAnswerType(plan, s) * 0.2 - i * 0.001
                    + (asksForRule && STATES_A_RULE.matcher(s).find() ? 0.2 : 0);
            scored.add(new Scored(i, s, score, own));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (scored.isEmpty() || scored.get(0).own() == 0 && !p.question()) {
            return List.of();
        }
        double top = scored.get(0).score();
        List<Scored> chosen = new ArrayList<>();
        int chars = 0;
        for (Scored s : scored) {
            if (chosen.size() >= MAX_SENTENCES || s.score() < 0.7 * top || s.own() == 0) {
                break;
            }
            if (chars + s.text().length() > MAX_QUOTE_CHARS && !chosen.isEmpty()) {
                break;
            }
            chosen.add(s);
            chars += s.text().length();
        }
        chosen.sort(Comparator.comparingInt(Scored::index));
        return withIntroducedLists(chosen, sentences);
    }

    /**
     * Whether a quote names someone: capitalised words of which at least two the documents never use in lower case
     * ("Jens Ole Hansen", but not "Region Vest" or "Regional Udvikling").
     */
    private static boolean namesAPerson(List<String> quote, KnowledgeSnapshot knowledge) {
        for (String s : quote) {
            java.util.regex.Matcher m = PERSON.matcher(s.length() > 1 ? s.substring(1) : s);
            while (m.find()) {
                long proper = java.util.Arrays.stream(m.group().split("[\\s-]+")).filter(w -> !knowledge.usedInLowerCase(w)).count();
                if (proper >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The chosen sentences in document order; one that ends in a colon ("Der var afbud fra:") with the list it introduces. */
    private static List<String> withIntroducedLists(List<Scored> chosen, List<String> sentences) {
        List<String> out = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        chosen.forEach(c -> taken.add(c.index()));
        for (Scored c : chosen) {
            out.add(c.text());
            if (!c.text().endsWith(":")) {
                continue;
            }
            for (int i = c.index() + 1; i < sentences.size() && i <= c.index() + MAX_LIST_ITEMS && !taken.contains(i); i++) {
                String item = sentences.get(i);
                if (item.length() > MAX_LIST_ITEM_CHARS) {
                    break;
                }
                out.add(item);
                taken.add(i);
                if (item.endsWith(":")) {
                    break;
                }
            }
        }
        return out;
    }

    /** "Hvornår …?" is answered by a date, "Hvor mange …?" by a number: a quote without one does not answer. */
    private static boolean hasTheAnswersShape(QueryPlan plan, List<String> quote) {
        return switch (plan.answerType()) {
            case DATE, NUMBER -> quote.stream().anyMatch(s -> fitsAnswerType(plan, s) > 0);
            default -> true;
        };
    }

    /** 1 when a sentence has the shape the question asks for (a date for "hvornår", a number for "hvor mange"). */
    private static double fitsAnswerType(QueryPlan plan, String sentence) {
        return switch (plan.answerType()) {
            case DATE -> DanishDates.findAll(sentence).isEmpty() && !DATE_WORDS.matcher(sentence).find() ? 0 : 1;
            case NUMBER -> hasACount(sentence) ? 1 : 0;
            case PERSON_OR_UNIT -> PERSON.matcher(sentence.length() > 1 ? sentence.substring(1) : sentence).find() ? 0.5 : 0;
            default -> 0;
        };
    }

    /** A number that can answer "hvor mange": not a year ("i 2025") and not part of a date. */
    private static boolean hasACount(String sentence) {
        StringBuilder withoutDates = new StringBuilder(sentence);
        List<DanishDates.Mention> dates = DanishDates.findAll(sentence);
        for (int i = dates.size() - 1; i >= 0; i--) {
            withoutDates.replace(dates.get(i).start(), dates.get(i).end(), " ");
        }
        java.util.regex.Matcher m = NUMBER.matcher(withoutDates);
        while (m.find()) {
            if (!m.group().matches("(19|20)\\d{2}")) {
                return true;
            }
        }
        return false;
    }

    /** The first sentences of a section, up to the quote's length. */
    private static List<String> opening(List<String> sentences) {
        List<String> out = new ArrayList<>();
        int chars = 0;
        for (String s : sentences) {
            if (out.size() >= MAX_SENTENCES || (!out.isEmpty() && chars + s.length() > MAX_QUOTE_CHARS)) {
                break;
            }
            out.add(s);
            chars += s.length();
        }
        return out;
    }

    private static String firstSentence(String text) {
        List<String> s = Sentences.split(text);
        return s.isEmpty() ? "" : s.get(0);
    }

    private record Scored(int index, String text, double score, double own) {
    }
}
