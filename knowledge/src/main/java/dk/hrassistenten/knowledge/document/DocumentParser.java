package dk.hrassistenten.knowledge.document;

import dk.hrassistenten.knowledge.ingest.SourceText;
import java.util.Map;

/** Turns a read corpus file into a {@link Document}: structure first, then metadata, then sidecar overrides. */
public final class DocumentParser {

    private DocumentParser() {
    }

    public static Document parse(SourceText source, Map<String, String> sidecar) {
        StructureParser.Parsed parsed = StructureParser.parse(source.text());
        DocumentMetadata metadata = MetadataExtractor.extract(source.path(), source.text(), parsed, sidecar);
        return new Document(source.path(), metadata, parsed.sections());
    }
}
