package dk.hrassistenten.knowledge.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Single words with a label each, from a data file of {@code LABEL<TAB>word} lines. Immutable. */
public final class WordTable {

    private final Map<String, Set<String>> byLabel;

    private WordTable(Map<String, Set<String>> byLabel) {
        this.byLabel = Map.copyOf(byLabel);
    }

    public static WordTable load(Class<?> owner, String resource) {
        Map<String, Set<String>> byLabel = new HashMap<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 2);
                if (cols.length != 2) {
                    throw new IllegalStateException(resource + ": expected LABEL<TAB>word, got \"" + line + "\"");
                }
                byLabel.computeIfAbsent(cols[0].strip(), k -> new HashSet<>()).add(cols[1].strip().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byLabel.replaceAll((k, v) -> Set.copyOf(v));
        return new WordTable(byLabel);
    }

    /** Whether the lower-cased word has this label. */
    public boolean is(String label, String lowerCaseWord) {
        return byLabel.getOrDefault(label, Set.of()).contains(lowerCaseWord);
    }
}
