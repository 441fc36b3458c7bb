package dk.hrassistenten.knowledge.query;

import java.util.HashMap;
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
        Map<String, java.util.List<String>> original = DataFile.labelled(owner, resource);
        Map<String, Set<String>> byLabel = new HashMap<>();
        original.forEach((label, words) -> byLabel.put(label, Set.copyOf(words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList())));
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
