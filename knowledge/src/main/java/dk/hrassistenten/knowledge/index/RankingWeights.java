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
 * @param minCoverage the share of the question's weighted concepts an answer must cover; below, not found
 */
public record RankingWeights(double titleField, double headingsField, double bodyField, double synonymBoost,
                             double bm25Share, double headingMatch, double supersededPenalty, double decisionBoost,
                             double minCoverage) {

    private static final RankingWeights TUNED = load();

    public RankingWeights {
        for (double w : new double[] {titleField, headingsField, bodyField, synonymBoost, bm25Share, headingMatch,
                supersededPenalty, decisionBoost, minCoverage}) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("ranking weights must be finite and non-negative");
            }
        }
        if (bm25Share > 1 || minCoverage > 1 || supersededPenalty > 1) {
            throw new IllegalArgumentException("bm25Share, minCoverage and supersededPenalty are at most 1");
        }
    }

    /** The weights as tuned and shipped. */
    public static RankingWeights tuned() {
        return TUNED;
    }

    public RankingWeights withBm25Share(double v) {
        return new RankingWeights(titleField, headingsField, bodyField, synonymBoost, v, headingMatch, supersededPenalty, decisionBoost, minCoverage);
    }

    public RankingWeights withHeadingMatch(double v) {
        return new RankingWeights(titleField, headingsField, bodyField, synonymBoost, bm25Share, v, supersededPenalty, decisionBoost, minCoverage);
    }

    public RankingWeights withFields(double title, double headings, double body) {
        return new RankingWeights(title, headings, body, synonymBoost, bm25Share, headingMatch, supersededPenalty, decisionBoost, minCoverage);
    }

    public RankingWeights withSynonymBoost(double v) {
        return new RankingWeights(titleField, headingsField, bodyField, v, bm25Share, headingMatch, supersededPenalty, decisionBoost, minCoverage);
    }

    public RankingWeights withMinCoverage(double v) {
        return new RankingWeights(titleField, headingsField, bodyField, synonymBoost, bm25Share, headingMatch, supersededPenalty, decisionBoost, v);
    }

    /** The weights as a properties file's lines, as the tuning command prints them. */
    public String asProperties() {
        return "titleField=" + titleField + "\nheadingsField=" + headingsField + "\nbodyField=" + bodyField
                + "\nsynonymBoost=" + synonymBoost + "\nbm25Share=" + bm25Share + "\nheadingMatch=" + headingMatch
                + "\nsupersededPenalty=" + supersededPenalty + "\ndecisionBoost=" + decisionBoost + "\nminCoverage=" + minCoverage + "\n";
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
        return new RankingWeights(number(p, "titleField"), number(p, "headingsField"), number(p, "bodyField"),
                number(p, "synonymBoost"), number(p, "bm25Share"), number(p, "headingMatch"), number(p, "supersededPenalty"),
                number(p, "decisionBoost"), number(p, "minCoverage"));
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("ranking.properties lacks " + key);
        }
        return Double.parseDouble(value.strip());
    }
}
