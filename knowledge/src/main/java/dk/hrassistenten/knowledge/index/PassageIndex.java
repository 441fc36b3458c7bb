package dk.hrassistenten.knowledge.index;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.cache.BoundedCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The Lucene index of passages, held in memory and never changed once built (a re-index builds a new
 * one and swaps it in whole). Thread-safe for searching.
 */
public final class PassageIndex implements QueryPlanner.TermStatistics, AutoCloseable {

    /** BM25F's fields: the document's subject (title, committee, date, organisation), the heading path, the text. */
    static final String TITLE = "title";
    static final String HEADINGS = "headings";
    static final String BODY = "body";
    private static final List<String> FIELDS = List.of(TITLE, HEADINGS, BODY);
    private static final String ID = "id";

    private final List<Passage> passages;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private PassageIndex(List<Passage> passages, ByteBuffersDirectory directory) throws IOException {
        this.passages = List.copyOf(passages);
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    public static PassageIndex build(List<Passage> passages, HrAnalyzer analyzer) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Passage p : passages) {
                Document doc = new Document();
                doc.add(new StoredField(ID, p.id()));
                doc.add(new TextField(TITLE, p.documentSubject() + (p.organization() == null ? "" : "\n" + p.organization()), Field.Store.NO));
                doc.add(new TextField(HEADINGS, String.join("\n", p.headings()), Field.Store.NO));
                doc.add(new TextField(BODY, p.text(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new PassageIndex(passages, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Passage> passages() {
        return passages;
    }

    /** A passage found by BM25, before re-ranking. */
    public record Candidate(Passage passage, float score) {
    }

    /**
     * The passages that mention any of the plan's terms, best first by BM25 over the three fields, each
     * field weighted ({@link RankingWeights}). A concept's terms weigh alike (BM25 gives each its idf), its
     * compound groups as much as one term, and its thesaurus synonyms less.
     */
    public List<Candidate> candidates(QueryPlan plan, RankingWeights weights, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (Concept c : plan.concepts()) {
            for (String t : c.terms()) {
                query.add(inFields(t, weights, 1f), BooleanClause.Occur.SHOULD);
                clauses += FIELDS.size();
            }
            for (Set<String> group : c.groups()) {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                for (String t : group) {
                    all.add(inFields(t, weights, 1f / group.size()), BooleanClause.Occur.SHOULD);
                }
                query.add(all.build(), BooleanClause.Occur.SHOULD);
                clauses += FIELDS.size() * group.size();
            }
            for (String t : c.synonyms()) {
                query.add(inFields(t, weights, (float) weights.synonymBoost()), BooleanClause.Occur.SHOULD);
                clauses += FIELDS.size();
            }
            if (clauses > 900) {
                break; // stays below Lucene's clause limit for very long questions
            }
        }
        try {
            TopDocs top = searcher.search(query.build(), limit);
            List<Candidate> found = new ArrayList<>(top.scoreDocs.length);
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                int id = stored.document(sd.doc).getField(ID).numericValue().intValue();
                found.add(new Candidate(passages.get(id), sd.score));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query inFields(String term, RankingWeights weights, float boost) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        fields.add(new BoostQuery(termQuery(new Term(TITLE, term)), (float) weights.titleField() * boost), BooleanClause.Occur.SHOULD);
        fields.add(new BoostQuery(termQuery(new Term(HEADINGS, term)), (float) weights.headingsField() * boost), BooleanClause.Occur.SHOULD);
        fields.add(new BoostQuery(termQuery(new Term(BODY, term)), (float) weights.bodyField() * boost), BooleanClause.Occur.SHOULD);
        return fields.build();
    }

    /**
     * A question's query has three clauses per term, lemma, compound part and synonym, and Lucene seeks each in the
     * term dictionary to weigh it; most are the same from question to question. A term's states (where it stands,
     * its statistics) are what Lucene would look up itself, for this searcher's reader, which never changes: they
     * are looked up once and handed to the query (same weights, same scores), bounded.
     */
    private static final int TERM_STATES_CACHE_LIMIT = 100_000;
    private final BoundedCache<Term, TermStates> termStates = new BoundedCache<>(TERM_STATES_CACHE_LIMIT);

    private TermQuery termQuery(Term term) {
        return new TermQuery(term, termStates.get(term, t -> {
            try {
                return TermStates.build(searcher, t, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /**
     * Planning a question asks for the frequency of every term, lemma and synonym of its words, most of them the
     * same from question to question; each costs three term-dictionary seeks. The index never changes, so a
     * term's frequency is looked up once and kept (bounded: the thesaurus offers many words).
     */
    private static final int DOC_FREQ_CACHE_LIMIT = 100_000;
    private final BoundedCache<String, Integer> docFreqs = new BoundedCache<>(DOC_FREQ_CACHE_LIMIT);

    /** The number of passages that hold the term in any field. */
    @Override
    public int docFreq(String term) {
        return docFreqs.get(term, this::lookUpDocFreq);
    }

    private int lookUpDocFreq(String term) {
        try {
            int df = 0;
            for (String field : FIELDS) {
                df = Math.max(df, reader.docFreq(new Term(field, term)));
            }
            return df;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int numDocs() {
        return reader.numDocs();
    }

    /** Fuzzy expansion builds an automaton per term: the same words come up in question after question. */
    private final java.util.concurrent.ConcurrentHashMap<String, List<String>> similar = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int SIMILAR_CACHE_LIMIT = 20_000;

    @Override
    public List<String> similarTerms(String term, int maxEdits) {
        String key = maxEdits + ":" + term;
        List<String> cached = similar.get(key);
        if (cached != null) {
            return cached;
        }
        List<String> found = findSimilarTerms(term, maxEdits);
        if (similar.size() >= SIMILAR_CACHE_LIMIT) {
            similar.clear();
        }
        similar.put(key, found);
        return found;
    }

    private List<String> findSimilarTerms(String term, int maxEdits) {
        try {
            // The first letters must agree: misspellings rarely start wrong, and it keeps the candidates few.
            Query rewritten = searcher.rewrite(new FuzzyQuery(new Term(BODY, term), maxEdits, maxEdits == 1 ? 3 : 1, 10, true));
            Set<Term> terms = new HashSet<>();
            rewritten.visit(QueryVisitor.termCollector(terms));
            return terms.stream().map(Term::text).filter(t -> !t.equals(term)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
