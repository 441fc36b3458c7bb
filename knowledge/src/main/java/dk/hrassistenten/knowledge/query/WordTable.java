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
    private final Map<String, java.util.List<String>> original;

    private WordTable(Map<String, Set<String>> byLabel, Map<String, java.util.List<String>> original) {
        this.byLabel = Map.copyOf(byLabel);
        this.original = Map.copyOf(original);
    }

    public static WordTable load(Class<?> owner, String resource) {
        Map<String, Set<String>> byLabel = new HashMap<>();
        Map<String, java.util.List<String>> original = new HashMap<>();
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
                original.computeIfAbsent(cols[0].strip(), k -> new java.util.ArrayList<>()).add(cols[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byLabel.replaceAll((k, v) -> Set.copyOf(v));
        original.replaceAll((k, v) -> java.util.List.copyOf(v));
        return new WordTable(byLabel, original);
    }

    /** The words with this label, as written in the file. */
    public java.util.List<String> words(String label) {
        return java.util.List.copyOf(original.getOrDefault(label, java.util.List.of()));
    }

    /** Whether the lower-cased word has this label. */
    public boolean is(String label, String lowerCaseWord) {
        return byLabel.getOrDefault(label, Set.of()).contains(lowerCaseWord);
    }
}
