package dk.hrassistenten.deploy;

import dk.hrassistenten.knowledge.ingest.CorpusFolder;
import dk.hrassistenten.knowledge.ingest.CorpusReader;
import dk.hrassistenten.knowledge.ingest.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The naive Lucene peer the benchmark compares with: every paragraph of every document a Lucene document,
 * analysed with Lucene's {@link DanishAnalyzer}, searched with BM25, the top paragraph the answer. What a
 * developer would build in an afternoon; our answers must be worth what they cost beyond it.
 */
final class NaivePeer implements AutoCloseable {

    private final DanishAnalyzer analyzer = new DanishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    NaivePeer(Path corpus) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (SourceText source : new CorpusReader().read(CorpusFolder.of(corpus), p -> { }).documents()) {
                for (String paragraph : source.text().split("\\n\\s*\\n")) {
                    if (!paragraph.isBlank()) {
                        Document doc = new Document();
                        doc.add(new StoredField("path", source.path()));
                        doc.add(new TextField("text", paragraph, Field.Store.YES));
                        writer.addDocument(doc);
                    }
                }
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
    }

    /** The top paragraph for a question, or null when nothing matches. */
    String answer(String question) {
        try {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            try (TokenStream ts = analyzer.tokenStream("text", question)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    query.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
                }
                ts.end();
            }
            TopDocs top = searcher.search(query.build(), 1);
            return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc).get("text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
