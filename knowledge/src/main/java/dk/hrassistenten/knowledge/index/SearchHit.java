package dk.hrassistenten.knowledge.index;

/**
 * A passage that answers a question to some degree.
 *
 * @param coverage weighted share of the question's concepts the passage mentions, 0 to 1
 * @param score the ranking score (coverage, BM25 and freshness combined); only comparable within one search
 * @param terms the passage's analysed terms and sentences, for sentence selection
 */
public record SearchHit(Passage passage, double coverage, double score, PassageTerms terms) {
}
