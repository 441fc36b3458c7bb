package dk.hrassistenten.knowledge.store;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.analysis.LanguageData;
import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.index.Passage;
import dk.hrassistenten.knowledge.index.PassageIndex;
import dk.hrassistenten.knowledge.source.FetchedDocument;
import dk.hrassistenten.knowledge.units.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index of passages and the documents it was built from, on disk under the data folder, so that a restart
 * opens it instead of reading and analysing every document again, and a changed document is written alone.
 *
 * <p>One Lucene index holds both: each passage as {@link PassageIndex#luceneDocuments} writes it, and one record
 * per document (its fingerprint, the parsed document, its text, the abbreviations it defines, its words) with none
 * of the passages' fields, so that the passages' statistics, and so the ranking, are those of an index of the
 * passages alone. Deleted documents are merged away after every write: Lucene counts them in its statistics until
 * then, and the ranking must equal that of an index built afresh.
 *
 * <p>The store's folder is locked while it is open (Lucene's native file lock): several replicas each keep their
 * own store, never share one. Used by one thread at a time (the knowledge base's re-indexing); the readers it hands
 * out may be searched from any number of threads, and stay open until two writes later.
 */
public final class IndexStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexStore.class);
    private static final String VERSION = "analysis";
    /** The commit's unit directory (JSON), when it was extracted from the documents of that commit; absent otherwise. */
    private static final String UNITS = "units";
    /** A field and term every record has, so that records are found without reading the passages. */
    private static final String RECORD_MARK = "record";
    private static final String RECORD = "record_path";
    private static final String FINGERPRINT = "record_fingerprint";
    private static final String DOCUMENT = "record_document";
    private static final String TEXT = "record_text";
    private static final String ABBREVIATIONS = "record_abbreviations";
    private static final String VOCABULARY = "record_vocabulary";
    private static final String LOWER_CASE = "record_lower_case";
    /** The words of the document's passages, one term each: which documents an analysis change touches. */
    private static final String WORDS = "record_words";
    /**
     * Segments stay small enough that merging away a changed document's old version rewrites little: merged ones by
     * size, written ones by count (stored texts go to disk directly, so the RAM buffer does not bound them).
     */
    private static final double MAX_SEGMENT_MB = 8;
    private static final int MAX_SEGMENT_DOCS = 10_000;
    private static final int PROGRESS_EVERY = 1000;

    /** A stored document as a snapshot needs it in memory: not its text, which only re-indexing reads. */
    public record StoredDocument(String fingerprint, Document document, Map<String, List<String>> abbreviations) {
        public StoredDocument {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(document, "document");
            abbreviations = Collections.unmodifiableMap(new LinkedHashMap<>(abbreviations));
        }
    }

    /**
     * A document to store, or to index anew.
     *
     * @param text null to keep the stored record and replace only the passages (the analysis changed, not the document)
     * @param vocabulary the words of the text, which the analysis decompounds against
     * @param words the words of the passages' indexed fields
     * @param lowerCase the words the passages' texts use in lower case
     */
    public record Write(StoredDocument document, String text, Set<String> vocabulary, Set<String> words, Set<String> lowerCase,
                        List<Passage> passages) {
        public Write {
            passages = List.copyOf(passages);
        }
    }

    private final Path folder;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final CurrentAnalyzer analyzer;
    private final LanguageData language;
    private final List<String> warnings;
    private final SortedMap<String, StoredDocument> documents = new TreeMap<>();
    /** How many stored documents' texts use each word. */
    private final Map<String, Integer> vocabulary = new HashMap<>();
    /** How many stored documents' passages use each word in lower case. */
    private final Map<String, Integer> lowerCase = new HashMap<>();
    private DirectoryReader reader;
    private DirectoryReader previousReader;
    private long writes;
    private final String version;
    private String units;

    private IndexStore(Path folder, FSDirectory directory, IndexWriter writer, CurrentAnalyzer analyzer, LanguageData language, String version,
                       List<String> warnings) {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        this.language = language;
        this.version = version;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Opens the store in the folder, creating it when there is none. A store written by another version of the
     * analysis ({@link AnalysisVersion}), or one that cannot be read, is emptied, with a warning: the caller
     * then builds it again from the documents.
     *
     * @throws IllegalStateException when another process has the store open
     */
    public static IndexStore open(Path folder, LanguageData language) {
        String version = AnalysisVersion.of(language);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the index store " + folder, e);
        }
        try {
            return open(folder, language, version, false, List.of());
        } catch (LockObtainFailedException e) {
            throw inUse(folder, e);
        } catch (IOException | RuntimeException e) {
            String warning = "the stored index in " + folder + " could not be read (" + e.getClass().getSimpleName() + "); it is built again";
            LOG.warn(warning, e);
            try {
                return open(folder, language, version, true, List.of(warning));
            } catch (LockObtainFailedException locked) {
                throw inUse(folder, locked);
            } catch (IOException again) {
                throw new UncheckedIOException("cannot create the index store " + folder, again);
            }
        }
    }

    private static IllegalStateException inUse(Path folder, LockObtainFailedException e) {
        return new IllegalStateException("the index store " + folder + " is in use by another process; give each replica its own --data folder", e);
    }

    private static IndexStore open(Path folder, LanguageData language, String version, boolean wipe, List<String> earlier) throws IOException {
        if (wipe) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    if (!f.getFileName().toString().equals("write.lock")) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
        FSDirectory directory = FSDirectory.open(folder);
        List<String> warnings = new ArrayList<>(earlier);
        boolean exists = DirectoryReader.indexExists(directory);
        boolean foreign = exists && !version.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(VERSION));
        if (foreign) {
            warnings.add("the stored index in " + folder + " was built by another version of the analysis or language data; it is built again");
        }
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setForceMergeDeletesPctAllowed(0);
        merges.setMaxMergedSegmentMB(MAX_SEGMENT_MB);
        CurrentAnalyzer analyzer = new CurrentAnalyzer(new KeywordAnalyzer());
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(16).setMaxBufferedDocs(MAX_SEGMENT_DOCS).setMergePolicy(merges)
                .setOpenMode(exists && !foreign ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        IndexStore store = new IndexStore(folder, directory, writer, analyzer, language, version, warnings);
        try {
            if (exists && !foreign) {
                store.units = SegmentInfos.readLatestCommit(directory).getUserData().get(UNITS);
            }
            store.commitData();
            store.reader = store.mergedAway();
            store.load();
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Reads every record: the documents with their fingerprints, and how many use each word. */
    private void load() throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            Bits live = r.getLiveDocs();
            StoredFields stored = r.storedFields();
            PostingsEnum records = postingsOfRecords(r);
            if (records == null) {
                continue;
            }
            for (int doc = records.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = records.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                org.apache.lucene.document.Document record = stored.document(doc, Set.of(RECORD, FINGERPRINT, DOCUMENT, ABBREVIATIONS, VOCABULARY, LOWER_CASE));
                documents.put(record.get(RECORD), new StoredDocument(record.get(FINGERPRINT), DocumentCodec.read(record.get(DOCUMENT)),
                        DocumentCodec.readAbbreviations(record.get(ABBREVIATIONS))));
                count(vocabulary, words(record.get(VOCABULARY)), 1);
                count(lowerCase, words(record.get(LOWER_CASE)), 1);
            }
        }
    }

    /** The records of a segment, in document order: those holding {@link #RECORD_MARK}. */
    private static PostingsEnum postingsOfRecords(LeafReader r) throws IOException {
        Terms marker = r.terms(RECORD_MARK);
        if (marker == null) {
            return null;
        }
        TermsEnum te = marker.iterator();
        return te.seekExact(new BytesRef(RECORD_MARK)) ? te.postings(null, PostingsEnum.NONE) : null;
    }

    private static void count(Map<String, Integer> counts, Set<String> words, int delta) {
        for (String w : words) {
            counts.merge(w, delta, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    private static Set<String> words(String joined) {
        return joined.isEmpty() ? Set.of() : Set.of(joined.split(" "));
    }

    /** The language data the store's analysis is built with. */
    public LanguageData language() {
        return language;
    }

    /** What opening found: a store rebuilt because it was unreadable or of another version. */
    public List<String> warnings() {
        return warnings;
    }

    /** The stored documents by path, in path order. */
    public SortedMap<String, StoredDocument> documents() {
        return Collections.unmodifiableSortedMap(documents);
    }

    /** The words the stored documents' texts use: what the analysis decompounds against. */
    public Set<String> vocabulary() {
        return Collections.unmodifiableSet(vocabulary.keySet());
    }

    /**
     * The words the stored texts would use with these documents written (their texts' words) and those removed:
     * the vocabulary the analysis of a write is fitted to.
     */
    public Set<String> vocabularyAfter(Map<String, Set<String>> written, Set<String> removed) throws IOException {
        Map<String, Integer> counts = new HashMap<>(vocabulary);
        Set<String> replaced = new HashSet<>(removed);
        replaced.addAll(written.keySet());
        vocabularies(replaced).values().forEach(words -> words.forEach(w -> counts.merge(w, -1, (a, b) -> a + b == 0 ? null : a + b)));
        written.values().forEach(words -> words.forEach(w -> counts.merge(w, 1, Integer::sum)));
        return counts.keySet();
    }

    /** The departments and units last kept with {@link #keepUnits} for the stored documents; empty after a write until then. */
    public Optional<Map.Entry<Map<String, String>, List<Unit>>> units() {
        if (units == null) {
            return Optional.empty();
        }
        UnitsCodec.StoredUnits stored = UnitsCodec.read(units);
        return Optional.of(Map.entry(stored.departments(), stored.units()));
    }

    /** Keeps the unit directory extracted from the stored documents as they are now, for the next restart. */
    public void keepUnits(Map<String, String> departments, List<Unit> extracted) throws IOException {
        units = UnitsCodec.write(departments, extracted);
        commitData();
        writer.commit();
    }

    private void commitData() {
        writer.setLiveCommitData(units == null ? Map.of(VERSION, version).entrySet() : Map.of(VERSION, version, UNITS, units).entrySet());
    }

    /** The words the stored documents' passages use in lower case. */
    public Set<String> lowerCaseWords() {
        return Collections.unmodifiableSet(lowerCase.keySet());
    }

    /** The reader of the index as last written; open until two writes later. */
    public DirectoryReader reader() {
        return reader;
    }

    /** The fingerprint a document would be stored with. */
    public static String fingerprint(FetchedDocument document) {
        return Fingerprint.of(document);
    }

    /** The stored texts of these documents (stored ones only), by path. */
    public Map<String, String> texts(Set<String> paths) throws IOException {
        return recordFields(paths, TEXT);
    }

    /** The stored texts' words of these documents, by path. */
    public Map<String, Set<String>> vocabularies(Set<String> paths) throws IOException {
        return wordSets(paths, VOCABULARY);
    }

    private Map<String, Set<String>> wordSets(Set<String> paths, String field) throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        recordFields(paths, field).forEach((path, joined) -> out.put(path, words(joined)));
        return out;
    }

    private Map<String, String> recordFields(Set<String> paths, String field) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            Terms records = r.terms(RECORD);
            if (records == null) {
                continue;
            }
            Bits live = r.getLiveDocs();
            StoredFields stored = r.storedFields();
            TermsEnum te = records.iterator();
            PostingsEnum postings = null;
            for (String path : paths) {
                if (te.seekExact(new BytesRef(path))) {
                    postings = te.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            out.put(path, stored.document(doc, Set.of(field)).get(field));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The stored documents whose passages use a word that holds one of these words ("ase" in "sagsbehandler"), or
     * one of those without its final -e followed by -s ("arbejde": "arbejdstid"): the words whose decompounding
     * can change when the corpus gains or loses them.
     */
    public Set<String> documentsWithWordsHolding(Set<String> parts, int shortestCompound) throws IOException {
        List<String> inside = new ArrayList<>(parts);
        parts.stream().filter(p -> p.endsWith("e") && p.length() > 1).forEach(p -> inside.add(p.substring(0, p.length() - 1) + "s"));
        Set<String> found = new HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            Terms terms = r.terms(WORDS);
            if (terms == null) {
                continue;
            }
            Bits live = r.getLiveDocs();
            StoredFields stored = r.storedFields();
            TermsEnum te = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                String word = t.utf8ToString();
                if (word.length() < shortestCompound || inside.stream().noneMatch(word::contains)) {
                    continue;
                }
                postings = te.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        found.add(stored.document(doc, Set.of(RECORD)).get(RECORD));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Writes documents (records and passages, or passages alone), removes others, merges the removed versions away
     * and commits; then {@link #reader()} reads the result.
     *
     * @param analysis the analysis the passages are indexed with: fitted to the vocabulary after this write
     */
    public void write(List<Write> writes, Set<String> removed, HrAnalyzer analysis, Consumer<String> progress) throws IOException {
        units = null; // extracted from the documents before this write
        commitData();
        Set<String> replaced = Stream.concat(removed.stream(), writes.stream().filter(w -> w.text() != null)
                .map(w -> w.document().document().path())).collect(Collectors.toSet());
        Map<String, Set<String>> oldVocabularies = vocabularies(replaced);
        Map<String, Set<String>> oldLowerCase = wordSets(replaced, LOWER_CASE);
        analyzer.use(analysis);
        for (String path : removed) {
            writer.deleteDocuments(new Term(RECORD, path), new Term(PassageIndex.PATH, path));
        }
        for (int i = 0; i < writes.size(); i++) {
            Write w = writes.get(i);
            String path = w.document().document().path();
            if (w.text() != null) {
                writer.updateDocument(new Term(RECORD, path), record(w));
            }
            writer.updateDocuments(new Term(PassageIndex.PATH, path), PassageIndex.luceneDocuments(w.passages()));
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.accept("analysed " + (i + 1) + " of " + writes.size() + " documents");
            }
        }
        DirectoryReader written = mergedAway();
        oldVocabularies.values().forEach(words -> count(vocabulary, words, -1));
        oldLowerCase.values().forEach(words -> count(lowerCase, words, -1));
        removed.forEach(documents::remove);
        for (Write w : writes) {
            if (w.text() != null) {
                documents.put(w.document().document().path(), w.document());
                count(vocabulary, w.vocabulary(), 1);
                count(lowerCase, w.lowerCase(), 1);
            }
        }
        if (previousReader != null) {
            previousReader.close();
        }
        previousReader = reader;
        reader = written;
        this.writes++;
    }

    /** How many writes this store has taken since it was opened: what was read from it is current while this stays. */
    public long writes() {
        return writes;
    }

    /**
     * Commits, merges the segments that hold deleted documents, commits again, and reads the result. The first commit
     * applies the deletes: before it, the merge policy sees none. A store left with deleted documents (a crash between
     * the commits) is merged when it is opened.
     */
    private DirectoryReader mergedAway() throws IOException {
        writer.commit();
        writer.forceMergeDeletes(true);
        writer.commit();
        DirectoryReader written = DirectoryReader.open(writer);
        if (written.numDeletedDocs() > 0) {
            written.close();
            throw new IllegalStateException("deleted documents stay in the index; its statistics would differ from a fresh build's");
        }
        return written;
    }

    private static org.apache.lucene.document.Document record(Write w) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(RECORD_MARK, RECORD_MARK, Field.Store.NO));
        d.add(new StringField(RECORD, w.document().document().path(), Field.Store.YES));
        d.add(new StoredField(FINGERPRINT, w.document().fingerprint()));
        d.add(new StoredField(DOCUMENT, DocumentCodec.write(w.document().document())));
        d.add(new StoredField(TEXT, w.text()));
        d.add(new StoredField(ABBREVIATIONS, DocumentCodec.writeAbbreviations(w.document().abbreviations())));
        d.add(new StoredField(VOCABULARY, String.join(" ", w.vocabulary().stream().sorted(Comparator.naturalOrder()).toList())));
        d.add(new StoredField(LOWER_CASE, String.join(" ", w.lowerCase().stream().sorted(Comparator.naturalOrder()).toList())));
        for (String word : w.words()) {
            d.add(new StringField(WORDS, word, Field.Store.NO));
        }
        return d;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() throws IOException {
        try {
            if (previousReader != null) {
                previousReader.close();
            }
            if (reader != null) {
                reader.close();
            }
            writer.close();
        } finally {
            directory.close();
        }
    }
}
