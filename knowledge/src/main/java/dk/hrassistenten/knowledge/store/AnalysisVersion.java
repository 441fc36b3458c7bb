package dk.hrassistenten.knowledge.store;

import dk.hrassistenten.knowledge.analysis.LanguageData;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.lucene.util.Version;

/**
 * What a stored index depends on besides the documents: the code and data files that read, parse, cut, analyse
 * them and extract their units (every class and data file of those packages, nested classes included, hashed, so
 * that no one has to remember to bump a number), Lucene's version and the language data. A store written under
 * another version is rebuilt, never read with other code. A change of search-time code (the planner, the ranking)
 * rebuilds it too: slower once, never wrong.
 */
final class AnalysisVersion {

    /** The packages whose classes and data files decide what the store holds. */
    private static final List<String> PACKAGES = List.of("analysis", "document", "ingest", "index", "units", "store").stream()
            .map(p -> "dk/hrassistenten/knowledge/" + p + "/").toList();

    private AnalysisVersion() {
    }

    static String of(LanguageData language) {
        MessageDigest digest = sha256();
        digest.update(Version.LATEST.toString().getBytes(StandardCharsets.UTF_8));
        try {
            for (Map.Entry<String, byte[]> part : parts().entrySet()) {
                digest.update(part.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update(part.getValue());
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the knowledge module's own classes", e);
        }
        digest.update(languageSignature(language).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The files of {@link #PACKAGES} by name, in name order, from the folder or jar this class was loaded from. */
    private static SortedMap<String, byte[]> parts() throws IOException, URISyntaxException {
        SortedMap<String, byte[]> parts = new TreeMap<>();
        Path location = Path.of(AnalysisVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = location.relativize(f).toString().replace('\\', '/');
                    if (PACKAGES.stream().anyMatch(name::startsWith)) {
                        parts.put(name, Files.readAllBytes(f));
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                    if (!entry.isDirectory() && PACKAGES.stream().anyMatch(entry.getName()::startsWith)) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            parts.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalStateException("none of the knowledge module's classes found at " + location);
        }
        return parts;
    }

    /** The language data, summarised without sorting its words: which files were there, and how many entries of what. */
    private static String languageSignature(LanguageData language) {
        long words = 0;
        for (String w : language.dictionaryWords()) {
            words += w.hashCode();
        }
        long thesaurus = 0;
        for (Map.Entry<String, List<String>> e : language.thesaurus().entrySet()) {
            thesaurus += e.hashCode();
        }
        return language.hunspell().isPresent() + ":" + language.dictionaryWords().size() + ":" + words + ":"
                + language.thesaurus().size() + ":" + thesaurus + ":" + language.englishToDanish().size();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
