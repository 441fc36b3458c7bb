package dk.hrassistenten.knowledge.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Turns one file format into plain text. Implementations are stateless and thread-safe. */
interface FormatReader {

    /** Whether this reader handles the file, judged by its lower-cased name. */
    boolean accepts(String lowerCaseFileName);

    /** The file's text, not yet cleaned. Throws on a file that is not of this format. */
    String read(Path file) throws IOException;
}
