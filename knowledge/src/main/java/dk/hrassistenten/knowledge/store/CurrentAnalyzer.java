package dk.hrassistenten.knowledge.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * The analyzer of the store's one long-lived index writer, switched before each write: the analysis is fitted to
 * the corpus's words, which change with the documents, while the writer (and its lock) lives as long as the store.
 * Used by the store's writing thread alone.
 */
final class CurrentAnalyzer extends DelegatingAnalyzerWrapper {

    private volatile Analyzer current;

    CurrentAnalyzer(Analyzer initial) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.current = initial;
    }

    void use(Analyzer analyzer) {
        this.current = analyzer;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return current;
    }
}
