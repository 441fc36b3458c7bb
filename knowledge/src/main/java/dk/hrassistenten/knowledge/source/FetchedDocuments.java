package dk.hrassistenten.knowledge.source;

import java.util.List;

/** What one fetch of a source gave: the documents it holds now, and one warning per document it left out. */
public record FetchedDocuments(List<FetchedDocument> documents, List<String> warnings) {
    public FetchedDocuments {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
    }
}
