package dk.hrassistenten.knowledge.index;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.cache.BoundedCache;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
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
 * The Lucene index of passages, never changed once opened: a re-index builds or opens a new one and swaps it in
 * whole. It is either built in memory from the passages ({@link #build}) or opened over a reader of a persistent
 * store's index ({@link #over}), whose Lucene documents may stand in any order: ties of BM25 are broken by the
 * passages' order, never by Lucene's document numbers, so both rank alike. Thread-safe for searching.
 */
public final class PassageIndex implements QueryPlanner.TermStatistics, AutoCloseable {

    /** BM25F's fields: the document's subject (title, committee, date, organisation), the heading path, the text. */
    static final String TITLE = "title";
    static final String HEADINGS = "headings";
    static final String BODY = "body";
    private static final List<String> FIELDS = List.of(TITLE, HEADINGS, BODY);
    /** The passage's document (stored, and indexed whole so that a store deletes a document's passages by it). */
    public static final String PATH = "passage_path";
    /** The passage's place among its document's passages. */
    private static final String PLACE = "passage_place";
    private static final int PROGRESS_EVERY = 20_000;

    private final List<Passage> passages;
    /** Where each document's first passage stands in {@link #passages}; the rest follow it in order. */
    private final Map<String, Integer> firstPassages;
    private final Closeable resources;
    /** Whether Lucene's document numbers follow the passages' order, as in an index built in one go: then they break ties alike. */
    private final boolean inPassageOrder;
    private final IndexReader reader;
    private final IndexSearcher searcher;
    /**
     * Each Lucene document's passage (its place in {@link #passages}), -1 until first found: reading a candidate's stored
     * fields (decompressing a block) took a tenth of a question's time. Filled as candidates come; two threads finding
     * the same document write the same number.
     */
    private final int[] passageOfDocument;

    private PassageIndex(List<Passage> passages, IndexReader reader, boolean inPassageOrder, Closeable resources) {
        this.passages = List.copyOf(passages);
        this.firstPassages = new HashMap<>();
        for (Passage p : this.passages) {
            firstPassages.putIfAbsent(p.path(), p.id());
        }
        this.resources = resources;
        this.inPassageOrder = inPassageOrder;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.passageOfDocument = new int[reader.maxDoc()];
        java.util.Arrays.fill(passageOfDocument, -1);
    }

    /** Indexes the passages in memory. */
    public static PassageIndex build(List<Passage> passages, HrAnalyzer analyzer) {
        return build(passages, analyzer, p -> { });
    }

    /**
     * Indexes the passages in memory.
     *
     * @param progress told "analysed N of M passages" now and then: analysis is most of a large corpus's build
     */
    public static PassageIndex build(List<Passage> passages, HrAnalyzer analyzer, Consumer<String> progress) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            List<Document> docs = luceneDocuments(passages);
            for (int i = 0; i < docs.size(); i++) {
                writer.addDocument(docs.get(i));
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    progress.accept("analysed " + (i + 1) + " of " + docs.size() + " passages");
                }
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            return new PassageIndex(passages, reader, true, () -> {
                reader.close();
                directory.close();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The index a store's reader holds, of these passages (each document's passages written by {@link #luceneDocuments}).
     * The reader may hold other Lucene documents too, as long as they have none of the passages' fields.
     *
     * @param reader closed by the store that opened it, not by this index
     */
    public static PassageIndex over(IndexReader reader, List<Passage> passages) {
        return new PassageIndex(passages, reader, false, () -> { });
    }

    /** The Lucene documents of passages, as {@link IndexWriter#addDocuments} takes them; analysed as they are written. */
    public static List<Document> luceneDocuments(List<Passage> passages) {
        List<Document> docs = new ArrayList<>(passages.size());
        Map<String, Integer> places = new HashMap<>();
        for (Passage p : passages) {
            Document doc = new Document();
            doc.add(new StringField(PATH, p.path(), Field.Store.YES));
            doc.add(new StoredField(PLACE, places.merge(p.path(), 1, Integer::sum) - 1));
            doc.add(new TextField(TITLE, p.documentSubject() + (p.organization() == null ? "" : "\n" + p.organization()), Field.Store.NO));
            doc.add(new TextField(HEADINGS, String.join("\n", p.headings()), Field.Store.NO));
            doc.add(new TextField(BODY, p.text(), Field.Store.NO));
            docs.add(doc);
        }
        return docs;
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
            Query built = query.build();
            // In a store's index, whose documents stand in any order: one more than asked, and more while the last ones
            // tie, so that every passage tying with the last one kept is seen and the passages' order breaks the tie.
            int wanted = inPassageOrder ? limit : limit + 1;
            TopDocs top = searcher.search(built, wanted);
            while (!inPassageOrder && top.scoreDocs.length == wanted && limit > 0 && top.scoreDocs[wanted - 1].score == top.scoreDocs[limit - 1].score) {
                wanted *= 2;
                top = searcher.search(built, wanted);
            }
            List<Candidate> found = new ArrayList<>(top.scoreDocs.length);
            StoredFields stored = null;
            for (ScoreDoc sd : top.scoreDocs) {
                int place = passageOfDocument[sd.doc];
                if (place < 0) {
                    stored = stored != null ? stored : searcher.storedFields();
                    place = placeOf(stored.document(sd.doc));
                    passageOfDocument[sd.doc] = place;
                }
                found.add(new Candidate(passages.get(place), sd.score));
            }
            found.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(c -> c.passage().id()));
            return found.subList(0, Math.min(limit, found.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int placeOf(Document stored) {
        Integer first = firstPassages.get(stored.get(PATH));
        if (first == null) {
            throw new IllegalStateException("the index holds a document its passages do not");
        }
        return first + stored.getField(PLACE).numericValue().intValue();
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
        return passages.size();
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
            resources.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
