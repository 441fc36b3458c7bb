package dk.hrassistenten.knowledge.index;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
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

    static final String CONTENT = "content";
    static final String HEADING = "heading";
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
                doc.add(new TextField(CONTENT, p.searchableText(), Field.Store.NO));
                doc.add(new TextField(HEADING, p.context(), Field.Store.NO));
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

    /** The passages that mention any of the plan's terms, best BM25 first. */
    public List<Candidate> candidates(QueryPlan plan, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (Concept c : plan.concepts()) {
            float boost = (float) Math.max(0.1, c.weight());
            for (String t : c.terms()) {
                query.add(new BoostQuery(new TermQuery(new Term(CONTENT, t)), boost), BooleanClause.Occur.SHOULD);
                query.add(new BoostQuery(new TermQuery(new Term(HEADING, t)), boost * 0.5f), BooleanClause.Occur.SHOULD);
                clauses += 2;
            }
            for (Set<String> group : c.groups()) {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                for (String t : group) {
                    all.add(new TermQuery(new Term(CONTENT, t)), BooleanClause.Occur.SHOULD);
                }
                query.add(new BoostQuery(all.build(), boost * 0.8f / Math.max(1, group.size())), BooleanClause.Occur.SHOULD);
                clauses++;
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

    @Override
    public int docFreq(String term) {
        try {
            return reader.docFreq(new Term(CONTENT, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int numDocs() {
        return reader.numDocs();
    }

    @Override
    public List<String> similarTerms(String term, int maxEdits) {
        try {
            // The first letters must agree: misspellings rarely start wrong, and it keeps the candidates few.
            Query rewritten = searcher.rewrite(new FuzzyQuery(new Term(CONTENT, term), maxEdits, maxEdits == 1 ? 3 : 1, 10, true));
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
