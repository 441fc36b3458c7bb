package dk.hrassistenten.knowledge.source.sharepoint;

import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.knowledge.ingest.CorpusReader;
import dk.hrassistenten.knowledge.ingest.SourceText;
import dk.hrassistenten.knowledge.source.DocumentSource;
import dk.hrassistenten.knowledge.source.FetchedDocument;
import dk.hrassistenten.knowledge.source.FetchedDocuments;
import dk.hrassistenten.knowledge.source.sharepoint.PermissionAudiences.Audience;
import java.io.IOException;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SharePoint document library (or one folder of it) read through Microsoft Graph as the app itself
 * (client credentials; the app needs {@code Sites.Read.All}, or {@code Sites.Selected} granted on the site).
 *
 * <p><b>Changes.</b> The first fetch enumerates the library with a delta query and downloads every file of a
 * supported format (as a folder's: .txt, .md, .html, .pdf, .docx); later fetches ask Graph's delta link for what changed since, download
 * only files whose content tag moved, and drop deleted files (and files moved out of the folder). The whole
 * library's delta is read even for one folder, because SharePoint offers delta on a library's root only. When Graph
 * answers a delta link with 410 (the link expired), the library is enumerated again; unchanged files are still not
 * downloaded again. Throttling (429, 503) is waited out as Graph's Retry-After says, a few times.
 *
 * <p><b>Who may see a document.</b> Without an {@code audiences:} mapping every document is shown to everyone who
 * asks, as a folder's documents are. With one, each file's permissions are read and mapped to the document's
 * {@code audience} (the same mechanism as a sidecar's {@code audience=}; several comma-separated):
 * <ul>
 *   <li>a file everyone in the organisation may open (an organisation-wide or anonymous link, SharePoint's
 *       "Everyone" / "Everyone except external users", a group mapped to {@code "*"}) has no restriction;</li>
 *   <li>otherwise it is restricted to the audiences its granted groups and users map to;</li>
 *   <li>a file granted to no group or user the mapping names is left out with a warning: the assistant never shows a
 *       document to people SharePoint would not.</li>
 * </ul>
 * A file's permissions are read again whenever it appears in a delta (Graph is asked to report sharing changes).
 *
 * <p><b>Citations.</b> {@code sharepoint:<site>/<library>/<path>}, e.g.
 * {@code sharepoint:region.sharepoint.com/sites/HR/Dokumenter/Ferie/politik.docx}: the chat's source links open the
 * passage in the assistant itself, and the citation names the file where a person finds it in SharePoint.
 *
 * <p>A 401 or 403, an unreachable Graph, or a library or folder that cannot be found fails the fetch with an
 * {@link IOException} naming the source; the last good documents are kept by the caller and this source's own
 * memory is left as it was, so the next fetch asks again from the same point. Used from one thread at a time.
 */
public final class SharePointSource implements DocumentSource {

    private static final Logger LOG = LoggerFactory.getLogger(SharePointSource.class);
    private static final int PROGRESS_EVERY = 50;

    /** A file's text as of one content version; {@code problem} says why it has none (empty, unreadable, too large). */
    private record Content(String version, String text, String problem) {
    }

    /** What the last good fetch left: the tree, each file's content and audience by item id, and where the next delta starts. */
    private record State(DriveTree tree, Map<String, Content> contents, Map<String, Audience> audiences, String deltaLink) {
        static final State EMPTY = new State(DriveTree.empty(), Map.of(), Map.of(), null);
    }

    private final String name;
    private final SharePointSettings settings;
    private final GraphClient graph;
    private final PermissionAudiences permissions;
    private final CorpusReader reader = new CorpusReader();
    private DriveLocation location;
    private State state = State.EMPTY;

    SharePointSource(String name, SharePointSettings settings, String clientSecret, SSLContext tls) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a SharePoint source needs a name");
        }
        this.name = name;
        this.settings = Objects.requireNonNull(settings, "settings");
        // Sharing changes do not move a file's tags; asked for, Graph lists such files in the delta too.
        Map<String, String> prefer = settings.mapsPermissions() ? Map.of("Prefer", "deltashowsharingchanges") : Map.of();
        this.graph = new GraphClient(settings.graphUrl(), new GraphTokens(settings, clientSecret, tls, Clock.systemUTC()), tls, prefer);
        this.permissions = new PermissionAudiences(settings.audiences());
    }

    /** The source of one {@code sharepoint:} entry of the sources file, its secret read from the environment. */
    public static SharePointSource fromEntry(String name, Map<String, Object> entry) {
        return fromEntry(name, entry, System::getenv);
    }

    /**
     * As {@link #fromEntry(String, Map)}, reading the environment through {@code environment}.
     *
     * @throws IllegalArgumentException naming the source and the field when the entry is incomplete or the secret's
     *                                  variable is not set
     */
    public static SharePointSource fromEntry(String name, Map<String, Object> entry, Function<String, String> environment) {
        SharePointSettings settings = SharePointSettings.parse(name, entry);
        String secret = environment.apply(settings.clientSecretEnv());
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("source \"" + name + "\": the environment variable " + settings.clientSecretEnv()
                    + " (sharepoint.client-secret-env) is not set; it must hold the app registration's client secret");
        }
        try {
            return new SharePointSource(name, settings, secret, SSLContext.getDefault());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no TLS", e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration interval() {
        return settings.interval();
    }

    @Override
    public FetchedDocuments fetch(Consumer<String> progress) throws IOException {
        try {
            if (location == null) {
                location = DriveLocation.resolve(graph, settings);
            }
            return fetchChanges(progress);
        } catch (IOException e) {
            throw new IOException("SharePoint source \"" + name + "\": " + e.getMessage(), e);
        }
    }

    private FetchedDocuments fetchChanges(Consumer<String> progress) throws IOException {
        String initial = "/drives/" + DriveLocation.segment(location.driveId()) + "/root/delta";
        boolean enumeration = state.deltaLink() == null;
        GraphClient.Pages delta;
        try {
            delta = graph.all(enumeration ? initial : state.deltaLink());
        } catch (GraphStatusException e) {
            if (e.status() != 410) {
                throw e;
            }
            LOG.info("SharePoint source {}: Graph expired the delta link (410), enumerating the library again", name);
            enumeration = true;
            delta = graph.all(initial);
        }
        if (delta.deltaLink() == null) {
            throw new IOException("Graph's delta ended without a delta link");
        }
        DriveTree tree = enumeration ? DriveTree.empty() : state.tree().copy();
        Set<String> reported = new HashSet<>();
        for (JsonNode item : delta.items()) {
            tree.apply(item);
            reported.add(item.path("id").asText());
        }
        Fetch fetch = new Fetch(tree, reported, progress);
        FetchedDocuments documents = fetch.documents();
        state = new State(tree, fetch.contents, fetch.audiences, delta.deltaLink());
        LOG.info("SharePoint source {}: {} documents, {} changes reported, {} files downloaded", name, documents.documents().size(),
                delta.items().size(), fetch.downloads);
        return documents;
    }

    /** One fetch's work on the files of the tree: what it reads, keeps and warns about. */
    private final class Fetch {

        private record Located(DriveTree.Item file, String path) {
        }

        private final DriveTree tree;
        private final Set<String> reported;
        private final Consumer<String> progress;
        private final Map<String, Content> contents = new HashMap<>();
        private final Map<String, Audience> audiences = new HashMap<>();
        private final List<String> warnings = new ArrayList<>();
        private int downloads;

        Fetch(DriveTree tree, Set<String> reported, Consumer<String> progress) {
            this.tree = tree;
            this.reported = reported;
            this.progress = progress;
        }

        FetchedDocuments documents() throws IOException {
            String scope = location.folderId() != null ? location.folderId() : location.rootId();
            List<Located> files = new ArrayList<>();
            for (DriveTree.Item file : tree.files()) {
                if (reader.supports(Path.of(file.name()))) {
                    tree.pathOf(file, location.rootId(), scope).ifPresent(path -> files.add(new Located(file, path)));
                }
            }
            files.sort(Comparator.comparing(Located::path));
            List<FetchedDocument> documents = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                document(files.get(i)).ifPresent(documents::add);
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    progress.accept("read " + (i + 1) + " of " + files.size() + " SharePoint files");
                }
            }
            warnings.forEach(w -> LOG.warn("SharePoint source {}: {}", name, w));
            return new FetchedDocuments(documents, warnings);
        }

        private Optional<FetchedDocument> document(Located located) throws IOException {
            String citation = location.citation(located.path());
            Content content = content(located.file(), citation);
            if (content == null) {
                return Optional.empty();
            }
            if (content.text() == null) {
                warnings.add(citation + ": " + content.problem());
                return Optional.empty();
            }
            Audience audience = audience(located.file(), citation);
            if (audience == null) {
                return Optional.empty();
            }
            if (!audience.mapped()) {
                warnings.add(citation + ": shared with no group or user the audiences mapping names, left out");
                return Optional.empty();
            }
            Map<String, String> metadata = audience.restriction() == null ? Map.of() : Map.of("audience", audience.restriction());
            return Optional.of(new FetchedDocument(new SourceText(citation, content.text(), located.file().lastModifiedMillis()), metadata));
        }

        /**
         * The file's text, downloaded only when its content version differs from what was read before; null when a
         * download failed in passing and nothing was read before (the next fetch tries again).
         */
        private Content content(DriveTree.Item file, String citation) throws IOException {
            Content known = state.contents().get(file.id());
            if (known != null && file.version() != null && file.version().equals(known.version())) {
                contents.put(file.id(), known);
                return known;
            }
            Content read = file.size() > CorpusReader.MAX_FILE_BYTES
                    ? new Content(file.version(), null, "larger than " + (CorpusReader.MAX_FILE_BYTES >> 20) + " MiB, skipped")
                    : download(file, citation, known);
            if (read != null) {
                contents.put(file.id(), read);
            }
            return read;
        }

        private Content download(DriveTree.Item file, String citation, Content known) throws IOException {
            byte[] bytes;
            try {
                bytes = graph.download(itemPath(file) + "/content");
                downloads++;
            } catch (GraphStatusException e) {
                if (e.refused()) {
                    throw e;
                }
                warnings.add(citation + ": not downloaded (" + e.getMessage() + ")" + (known != null ? ", the version read before kept" : ", skipped"));
                return known;
            }
            try {
                return reader.readContent(file.name(), bytes, citation, file.lastModifiedMillis())
                        .map(text -> new Content(file.version(), text.text(), null))
                        .orElseGet(() -> new Content(file.version(), null, "empty, skipped"));
            } catch (IOException | RuntimeException e) { // a broken file stays broken until it changes: not downloaded again
                return new Content(file.version(), null, (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ", skipped");
            }
        }

        /** The file's audience, its permissions read again when the delta reported it; null when they could not be read. */
        private Audience audience(DriveTree.Item file, String citation) throws IOException {
            if (!settings.mapsPermissions()) {
                return Audience.EVERYONE;
            }
            Audience known = state.audiences().get(file.id());
            Audience audience = known;
            if (known == null || reported.contains(file.id())) {
                try {
                    audience = permissions.of(graph.all(itemPath(file) + "/permissions").items());
                } catch (GraphStatusException e) {
                    if (e.refused()) {
                        throw e;
                    }
                    warnings.add(citation + ": permissions not read (" + e.getMessage() + ")" + (known != null ? ", those read before kept" : ", skipped"));
                }
            }
            if (audience != null) {
                audiences.put(file.id(), audience);
            }
            return audience;
        }

        private String itemPath(DriveTree.Item file) {
            return "/drives/" + DriveLocation.segment(location.driveId()) + "/items/" + DriveLocation.segment(file.id());
        }
    }
}
