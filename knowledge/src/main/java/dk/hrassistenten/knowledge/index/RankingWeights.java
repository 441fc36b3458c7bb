package dk.hrassistenten.knowledge.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The weights of the ranking and the answerability threshold, chosen by the {@code tune} command on the
 * tuning half of the development evaluation and kept in {@code ranking.properties}. One value a factor of
 * {@link PassageScorer}; see there what each does.
 *
 * @param titleField BM25F weight of the document's subject (title, committee, meeting date, organisation)
 * @param headingsField BM25F weight of the heading path
 * @param bodyField BM25F weight of the passage's text
 * @param synonymBoost how much a thesaurus synonym weighs in BM25 against the word itself
 * @param bm25Share how much of the score BM25 decides; the rest is the coverage of the question's concepts
 * @param headingMatch extra credit for a passage whose headings cover the question
 * @param supersededPenalty factor for a passage whose document a newer version replaces
 * @param decisionBoost factor for a decision section when the question asks what was decided
 * @param minutesPenalty factor for minutes when the question asks about no meeting: a policy states a rule,
 *     minutes only report it along the way (or a proposal that was turned down)
 * @param minCoverage the share of the question's weighted concepts an answer must cover to be answered outright
 * @param leadCoverage the lower share that still answers when the best passage leads the others clearly, holds
 *     every number the question names and a quote of the shape asked for (a paraphrase: "fristen" for "senest");
 *     equal to minCoverage, nothing below it answers
 * @param leadRatio how many times the runner-up's score the best passage's must be to lead clearly
 */
public record RankingWeights(double titleField, double headingsField, double bodyField, double synonymBoost,
                             double bm25Share, double headingMatch, double supersededPenalty, double decisionBoost,
                             double minutesPenalty, double minCoverage, double leadCoverage, double leadRatio) {

    private static final RankingWeights TUNED = load();

    public RankingWeights {
        for (double w : new double[] {titleField, headingsField, bodyField, synonymBoost, bm25Share, headingMatch,
                supersededPenalty, decisionBoost, minutesPenalty, minCoverage, leadCoverage, leadRatio}) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("ranking weights must be finite and non-negative");
            }
        }
        if (bm25Share > 1 || minCoverage > 1 || supersededPenalty > 1 || minutesPenalty > 1) {
            throw new IllegalArgumentException("bm25Share, minCoverage, supersededPenalty and minutesPenalty are at most 1");
        }
        if (leadCoverage > minCoverage) {
            throw new IllegalArgumentException("leadCoverage is at most minCoverage");
        }
    }

    /** The weights as tuned and shipped. */
    public static RankingWeights tuned() {
        return TUNED;
    }

    /** These weights with one changed, by its name as in ranking.properties (the tuning command tries values so). */
    public RankingWeights with(String name, double value) {
        java.util.Map<String, Double> values = asMap();
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("no ranking weight " + name);
        }
        values.put(name, value);
        return fromMap(values);
    }

    /** The weights by name, in the order of the record. */
    public java.util.LinkedHashMap<String, Double> asMap() {
        java.util.LinkedHashMap<String, Double> m = new java.util.LinkedHashMap<>();
        for (var c : RankingWeights.class.getRecordComponents()) {
            try {
                m.put(c.getName(), (Double) c.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return m;
    }

    private static RankingWeights fromMap(java.util.Map<String, Double> v) {
        return new RankingWeights(v.get("titleField"), v.get("headingsField"), v.get("bodyField"), v.get("synonymBoost"),
                v.get("bm25Share"), v.get("headingMatch"), v.get("supersededPenalty"), v.get("decisionBoost"),
                v.get("minutesPenalty"), v.get("minCoverage"), v.get("leadCoverage"), v.get("leadRatio"));
    }

    /** The weights as a properties file's lines, as the tuning command prints them. */
    public String asProperties() {
        StringBuilder out = new StringBuilder();
        asMap().forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    private static RankingWeights load() {
        Properties p = new Properties();
        try (InputStream in = RankingWeights.class.getResourceAsStream("ranking.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing resource ranking.properties");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.Map<String, Double> values = new java.util.HashMap<>();
        for (var c : RankingWeights.class.getRecordComponents()) {
            values.put(c.getName(), number(p, c.getName()));
        }
        return fromMap(values);
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("ranking.properties lacks " + key);
        }
        return Double.parseDouble(value.strip());
    }
}
