package dk.hrassistenten.knowledge.ingest;

import java.io.IOException;

/** Turns one file format into plain text. Implementations are stateless and thread-safe. */
interface FormatReader {

    /** Whether this reader handles the file, judged by its lower-cased name. */
    boolean accepts(String lowerCaseFileName);

    /**
     * The document's text, not yet cleaned, from its bytes (a file's, a web response's, a SharePoint download's).
     * Throws on content that is not of this format.
     */
    String read(byte[] content) throws IOException;
}
