package dk.hrassistenten.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.hrassistenten.bot.config.YamlFile;
import dk.hrassistenten.knowledge.source.DocumentSource;
import dk.hrassistenten.knowledge.source.FolderSource;
import dk.hrassistenten.knowledge.source.Intervals;
import dk.hrassistenten.knowledge.source.SourceFactory;
import dk.hrassistenten.knowledge.source.SourceSet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sources file (contract.md, "The sources file"): where the documents come from, one entry per source, each
 * with exactly one of {@code folder:}, {@code web:} or {@code sharepoint:}, an optional {@code name} (by default the
 * folder's own name, the web site's host, or "sharepoint") unique in the file, and its schedule. A mistake stops the
 * start with the entry and what to fix.
 *
 * <p>A folder is {@code folder: PATH} (relative to the sources file's own folder) with an optional {@code rescan}
 * (default {@link FolderSource#DEFAULT_RESCAN}, at least {@link #SHORTEST_RESCAN}). When the file lists one folder,
 * its documents are cited by their path in it, as with {@code --corpus}; when it lists several, by the source's name
 * and that path ({@code personalehaandbog/ferie.md}), so that two folders' {@code ferie.md} stay apart.
 */
final class SourcesFile {

    /** A folder rescanned more often than this costs more than the minutes it saves; its file events come anyway. */
    static final Duration SHORTEST_RESCAN = Duration.ofSeconds(10);
    private static final Set<String> FOLDER_KEYS = Set.of("name", "folder", "rescan");
    /** A name is a path prefix, a metric label and a log word: no slashes, spaces or quotes. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SourcesFile() {
    }

    /** Reads a sources file; the message of the exception says what is wrong and where. */
    static List<SourceSet.Member> load(Path file, Map<String, SourceFactory> factories) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString(), file.toAbsolutePath().getParent(), factories);
        }
    }

    /**
     * @param base    the folder relative folder paths start from
     * @param factories the kinds this build makes besides folders ({@link SourceKinds#FACTORIES})
     */
    static List<SourceSet.Member> parse(InputStream in, String source, Path base, Map<String, SourceFactory> factories) throws IOException {
        JsonNode root = YamlFile.read(in, source);
        if (root == null || !root.path("sources").isArray() || root.path("sources").isEmpty()) {
            throw new IOException(source + ": expected a list of sources under \"sources:\"");
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        int number = 0;
        for (JsonNode node : root.path("sources")) {
            number++;
            Entry entry = entry(node, source + ", source " + number);
            Integer earlier = numbers.putIfAbsent(entry.name(), number);
            if (earlier != null) {
                throw new IOException(entry.where() + ": the name \"" + entry.name() + "\" is also source " + earlier
                        + "'s; give each source a \"name\" of its own");
            }
            entries.add(entry);
        }
        boolean severalFolders = entries.stream().filter(e -> e.kind().equals("folder")).count() > 1;
        List<SourceSet.Member> members = new ArrayList<>();
        for (Entry e : entries) {
            members.add(new SourceSet.Member(e.kind(), e.kind().equals("folder") ? folder(e, base, severalFolders) : other(e, factories)));
        }
        return members;
    }

    /** One entry, its kind found and its name given or made. */
    private record Entry(String where, String kind, String name, Map<String, Object> settings) {
    }

    private static Entry entry(JsonNode node, String where) throws IOException {
        if (!node.isObject()) {
            throw new IOException(where + ": expected settings such as \"folder: /srv/hr-dokumenter\", not \"" + node.asText() + "\"");
        }
        Map<String, Object> settings = MAPPER.convertValue(node, new TypeReference<LinkedHashMap<String, Object>>() { });
        String given = node.path("name").asText("").strip();
        String named = given.isEmpty() ? where : where + " (" + given + ")";
        List<String> kinds = SourceKinds.KEYS.stream().filter(settings::containsKey).toList();
        if (kinds.isEmpty()) {
            throw new IOException(named + ": say what the source is, with one of \"folder:\", \"web:\" or \"sharepoint:\"");
        }
        if (kinds.size() > 1) {
            throw new IOException(named + ": has both \"" + kinds.get(0) + ":\" and \"" + kinds.get(1)
                    + ":\"; an entry is one source, so make one entry for each");
        }
        String kind = kinds.get(0);
        String name = node.has("name") ? node.get("name").asText("").strip() : defaultName(kind, settings.get(kind));
        if (!NAME.matcher(name).matches()) {
            throw new IOException(where + (node.has("name") ? ": the name \"" + name + "\" " : ": the " + kind + " gives no usable name (\"" + name + "\"); ")
                    + (node.has("name") ? "may" : "give one with \"name:\"; a name may") + " hold letters, digits, '.', '-' and '_', starting with a letter or digit");
        }
        return new Entry(where + " (" + name + ")", kind, name, settings);
    }

    /** The name of an entry that gives none: the folder's own name, the web site's host, "sharepoint". */
    private static String defaultName(String kind, Object value) {
        String text = value instanceof String s ? s.strip() : "";
        return switch (kind) {
            case "folder" -> {
                Path name = text.isEmpty() ? null : Path.of(text).getFileName();
                yield name == null ? "" : name.toString();
            }
            case "web" -> {
                try {
                    String host = URI.create(text).getHost();
                    yield host == null ? "" : host;
                } catch (IllegalArgumentException e) {
                    yield "";
                }
            }
            default -> kind;
        };
    }

    private static DocumentSource folder(Entry e, Path base, boolean severalFolders) throws IOException {
        for (String key : e.settings().keySet()) {
            if (!FOLDER_KEYS.contains(key)) {
                throw new IOException(e.where() + ": \"" + key + "\" is not a folder setting; a folder takes \"folder\", \"name\" and \"rescan\""
                        + (key.equals("interval") ? " (how often it is read again)" : ""));
            }
        }
        if (!(e.settings().get("folder") instanceof String path) || path.isBlank()) {
            throw new IOException(e.where() + ": \"folder\" must be the path of a folder, such as /srv/hr-dokumenter");
        }
        Duration rescan = FolderSource.DEFAULT_RESCAN;
        if (e.settings().containsKey("rescan")) {
            try {
                rescan = Intervals.parse("rescan", e.settings().get("rescan"));
            } catch (IllegalArgumentException ex) {
                throw new IOException(e.where() + ": " + ex.getMessage());
            }
            if (rescan.compareTo(SHORTEST_RESCAN) < 0) {
                throw new IOException(e.where() + ": \"rescan\" must be at least " + SHORTEST_RESCAN.toSeconds()
                        + "s; file events find changes sooner anyway where the file system sends them");
            }
        }
        Path folder = base.resolve(path.strip());
        if (!Files.isDirectory(folder)) {
            // Once running, a folder that goes away is a failing source that keeps its documents; at start it is a typo.
            throw new IOException(e.where() + ": the folder " + folder + " does not exist; fix \"folder\"");
        }
        return new FolderSource(e.name(), folder, rescan, severalFolders ? e.name() : "");
    }

    private static DocumentSource other(Entry e, Map<String, SourceFactory> factories) throws IOException {
        SourceFactory factory = factories.get(e.kind());
        if (factory == null) {
            throw new IOException(e.where() + ": \"" + e.kind() + ":\" sources are not supported in this build; use a build that has them,"
                    + " or remove the entry");
        }
        try {
            return factory.create(e.name(), e.settings());
        } catch (IllegalArgumentException ex) {
            throw new IOException(e.where() + ": " + ex.getMessage());
        }
    }
}
