package dk.hrassistenten.knowledge.source;

import dk.hrassistenten.knowledge.ingest.SourceText;
import java.util.Map;
import java.util.Objects;

/**
 * One document of a source, as text. {@code text.path()} is how answers cite it and must be unique across all
 * sources: a folder's documents by their path relative to the folder, a web page by its URL, a SharePoint file
 * as {@code sharepoint:<site>/<library>/<path>}. {@code metadata} holds the same keys a sidecar file may set
 * (title, kind, organization, committee, date, audience), from the source's own knowledge of the document
 * (a sidecar beside the file, a SharePoint file's permissions mapped to audiences); empty when it knows none.
 */
public record FetchedDocument(SourceText text, Map<String, String> metadata) {
    public FetchedDocument {
        Objects.requireNonNull(text, "text");
        metadata = Map.copyOf(metadata);
    }
}
