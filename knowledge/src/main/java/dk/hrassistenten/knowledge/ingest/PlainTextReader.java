package dk.hrassistenten.knowledge.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads .txt and .md files: UTF-8, falling back to Windows-1252, which Danish offices still produce. */
final class PlainTextReader implements FormatReader {

    @Override
    public boolean accepts(String name) {
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown");
    }

    @Override
    public String read(byte[] bytes) throws IOException {
        if (looksBinary(bytes)) {
            throw new IOException("binary content");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    /** A NUL byte in the first few kilobytes means this is not text, whatever its name says. */
    private static boolean looksBinary(byte[] bytes) {
        int end = Math.min(bytes.length, 8192);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
