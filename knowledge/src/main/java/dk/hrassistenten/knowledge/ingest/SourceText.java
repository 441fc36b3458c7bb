package dk.hrassistenten.knowledge.ingest;

import java.util.Objects;

/**
 * One readable document of the corpus: its path relative to the corpus folder (with '/' separators,
 * as sources cite it), its cleaned text, and its last modification time.
 */
public record SourceText(String path, String text, long lastModifiedMillis) {
    public SourceText {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }
}
