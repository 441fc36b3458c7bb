package dk.hrassistenten.knowledge.document;

import dk.hrassistenten.knowledge.ingest.CorpusFolder;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * An optional file beside a document, {@code <name>.meta.properties}, whose keys override what was read
 * from the text: title, kind, organization, committee, date, audience. A folder's
 * {@code _folder.meta.properties} applies to every document below it (the document's own file wins).
 */
public final class Sidecar {

    public static final String SUFFIX = ".meta.properties";
    public static final String FOLDER_FILE = "_folder" + SUFFIX;
    private static final Set<String> KEYS = Set.of("title", "kind", "organization", "committee", "date", "audience");

    private Sidecar() {
    }

    /**
     * The overrides for a document, from its folders outward-in and then its own sidecar. A sidecar whose real
     * path lies outside the corpus folder (a link to a secret, say) is not read.
     *
     * @param document the document's path relative to the corpus folder, as {@link dk.hrassistenten.knowledge.ingest.SourceText} has it
     */
    public static Map<String, String> forDocument(CorpusFolder corpus, String document) throws IOException {
        Map<String, String> values = new HashMap<>();
        Path file = corpus.root().resolve(document);
        java.util.Deque<Path> folders = new java.util.ArrayDeque<>();
        for (Path folder = file.getParent(); folder != null && folder.startsWith(corpus.root()); folder = folder.getParent()) {
            folders.push(folder);
        }
        for (Path f : folders) {
            read(corpus, f.resolve(FOLDER_FILE), values);
        }
        read(corpus, file.resolveSibling(file.getFileName() + SUFFIX), values);
        return values;
    }

    private static void read(CorpusFolder corpus, Path sidecar, Map<String, String> into) throws IOException {
        Path file = corpus.inside(sidecar).orElse(null);
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        for (String key : p.stringPropertyNames()) {
            String k = key.toLowerCase(Locale.ROOT).strip();
            if (KEYS.contains(k) && !p.getProperty(key).isBlank()) {
                into.put(k, p.getProperty(key).strip());
            }
        }
    }
}
