package dk.hrassistenten.knowledge.document;

import java.util.List;
import java.util.Objects;

/** A parsed corpus document: where it is (relative to the corpus), what it is, and its sections in order. */
public record Document(String path, DocumentMetadata metadata, List<Section> sections) {
    public Document {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(metadata, "metadata");
        sections = List.copyOf(sections);
    }

    public String title() {
        return metadata.title();
    }
}
