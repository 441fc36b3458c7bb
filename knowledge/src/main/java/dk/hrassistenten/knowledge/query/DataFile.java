package dk.hrassistenten.knowledge.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a shipped data file (cue words, synonyms, endings): UTF-8, one entry a line, blank lines and
 * lines starting with "#" left out. A missing file is a packaging error and fails at once.
 */
public final class DataFile {

    private DataFile() {
    }

    /** The entry lines of a class-path resource beside the given class, as written (not stripped). */
    public static List<String> lines(Class<?> owner, String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }

    /**
     * The entries of a {@code LABEL<TAB>text} file by label, the texts stripped, as written, in file order.
     * A line without a label and a text is a packaging error.
     */
    public static java.util.Map<String, List<String>> labelled(Class<?> owner, String resource) {
        java.util.Map<String, List<String>> byLabel = new java.util.LinkedHashMap<>();
        for (String line : lines(owner, resource)) {
            String[] cols = line.split("\t", 2);
            if (cols.length != 2 || cols[1].isBlank()) {
                throw new IllegalStateException(resource + ": expected LABEL<TAB>text, got \"" + line + "\"");
            }
            byLabel.computeIfAbsent(cols[0].strip(), k -> new ArrayList<>()).add(cols[1].strip());
        }
        byLabel.replaceAll((k, v) -> List.copyOf(v));
        return byLabel;
    }
}
